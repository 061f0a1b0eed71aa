// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.common.Violation;
import org.huiwu.domain.person.Person;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonEditorViewModelTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private final List<Person> stored = new ArrayList<>();
    private final Function<Person, Person> store = person -> {
        Person saved = person.id() == null ? person.withId(stored.size() + 1L) : person;
        stored.add(saved);
        return saved;
    };

    @Test
    void newFormCannotBeSavedUntilTheNameIsGivenInBothScripts() {
        PersonEditorViewModel form = PersonEditorViewModel.forNew(Side.CHINA, store, english);
        assertThat(form.valid().get()).isFalse();

        form.nameZhProperty().set("王伟");
        assertThat(form.valid().get()).isFalse();

        form.nameRuProperty().set("Ван Вэй");
        assertThat(form.valid().get()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t  "})
    void blankNameCountsAsMissing(String blank) {
        PersonEditorViewModel form = PersonEditorViewModel.forNew(Side.CHINA, store, english);
        form.nameZhProperty().set("王伟");
        form.nameRuProperty().set(blank);

        assertThat(form.valid().get()).isFalse();
        assertThat(form.nameRuError().get()).isEqualTo(english.get("person.validation.nameRuMissing"));
    }

    @Test
    void freshFormOpensWithoutErrorsUntilTheUserStartsOnAName() {
        PersonEditorViewModel form = PersonEditorViewModel.forNew(Side.KYRGYZSTAN, store, english);
        assertThat(form.nameZhError().get()).isEmpty();
        assertThat(form.nameRuError().get()).isEmpty();

        form.nameRuProperty().set("Аскар Токтогулов");

        assertThat(form.nameZhError().get()).isEqualTo("Give the name in Chinese characters.");
        assertThat(form.nameRuError().get()).isEmpty();
    }

    @Test
    void leavingAnEmptyNameFieldShowsWhyTheFormCannotBeSaved() {
        PersonEditorViewModel form = PersonEditorViewModel.forNew(Side.CHINA, store, english);

        form.revealFieldErrors();

        assertThat(form.nameZhError().get()).isNotEmpty();
        assertThat(form.nameRuError().get()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void fieldErrorIsWrittenInTheUsersLanguage(Language language) {
        Messages messages = Messages.of(language);
        PersonEditorViewModel form = PersonEditorViewModel.forNew(Side.CHINA, store, messages);

        form.nameZhProperty().set("王伟");

        assertThat(form.nameRuError().get())
                .isEqualTo(messages.bundle().getString("person.validation.nameRuMissing"));
    }

    @Test
    void savingANewPersonStoresEveryFieldInBothLanguages() {
        PersonEditorViewModel form = PersonEditorViewModel.forNew(Side.KYRGYZSTAN, store, english);
        form.nameZhProperty().set("阿斯卡尔·托克托古洛夫");
        form.nameRuProperty().set("Аскар Токтогулов");
        form.rankZhProperty().set("上校");
        form.rankRuProperty().set("полковник");
        form.postZhProperty().set("边界代表");
        form.postRuProperty().set("пограничный представитель");

        assertThat(form.save()).isTrue();

        Person saved = form.savedProperty().get();
        assertThat(stored).containsExactly(saved);
        assertThat(saved.side()).isEqualTo(Side.KYRGYZSTAN);
        assertThat(saved.name()).isEqualTo(Bilingual.of("阿斯卡尔·托克托古洛夫", "Аскар Токтогулов"));
        assertThat(saved.rank()).isEqualTo(Bilingual.of("上校", "полковник"));
        assertThat(saved.post()).isEqualTo(Bilingual.of("边界代表", "пограничный представитель"));
    }

    @Test
    void editingKeepsThePersonsIdentityAndShowsTheStoredValues() {
        Person person = new Person(7L, UUID.randomUUID(), Side.CHINA, Bilingual.of("王伟", "Ван Вэй"),
                Bilingual.of("大校", "старший полковник"), Bilingual.EMPTY);
        PersonEditorViewModel form = PersonEditorViewModel.forEdit(person, store, english);
        assertThat(form.title()).isEqualTo(english.get("person.dialog.editTitle"));
        assertThat(form.rankRuProperty().get()).isEqualTo("старший полковник");

        form.sideProperty().set(Side.KYRGYZSTAN);
        form.postRuProperty().set("переводчик");
        form.save();

        assertThat(form.savedProperty().get()).satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(7L);
            assertThat(saved.uuid()).isEqualTo(person.uuid());
            assertThat(saved.side()).isEqualTo(Side.KYRGYZSTAN);
            assertThat(saved.post()).isEqualTo(Bilingual.of("", "переводчик"));
        });
    }

    @Test
    void incompleteFormIsNotSentToTheArchive() {
        PersonEditorViewModel form = PersonEditorViewModel.forNew(Side.CHINA, store, english);
        form.nameZhProperty().set("王伟");

        assertThat(form.save()).isFalse();
        assertThat(stored).isEmpty();
        assertThat(form.nameRuError().get()).isNotEmpty();
    }

    @Test
    void refusalIsShownInTheUsersLanguageAndEverythingTypedStays() {
        Messages russian = Messages.of(Language.RUSSIAN);
        PersonEditorViewModel form = PersonEditorViewModel.forNew(Side.CHINA, person -> {
            throw new ValidationException(List.of(new Violation("name", "register.validation.bothNames")));
        }, russian);
        form.nameZhProperty().set("王伟");
        form.nameRuProperty().set("Ван Вэй");
        form.rankZhProperty().set("上校");

        assertThat(form.save()).isFalse();

        assertThat(form.problems()).containsExactly(russian.get("register.validation.bothNames"));
        assertThat(form.problemText().get()).contains("китайском");
        assertThat(form.savedProperty().get()).isNull();
        assertThat(form.nameZhProperty().get()).isEqualTo("王伟");
        assertThat(form.nameRuProperty().get()).isEqualTo("Ван Вэй");
        assertThat(form.rankZhProperty().get()).isEqualTo("上校");
    }

    @Test
    void archiveFailureIsExplainedAndTheFormStays() {
        PersonEditorViewModel form = PersonEditorViewModel.forNew(Side.CHINA, person -> {
            throw new ArchiveException(ArchiveException.Reason.IO, "/data/huiwu");
        }, english);
        form.nameZhProperty().set("王伟");
        form.nameRuProperty().set("Ван Вэй");

        assertThat(form.save()).isFalse();

        assertThat(form.problems()).containsExactly(english.get("archive.error.io", "/data/huiwu"));
        assertThat(form.nameRuProperty().get()).isEqualTo("Ван Вэй");
    }

    @Test
    void successfulRetryClearsTheEarlierProblem() {
        boolean[] refuse = {true};
        PersonEditorViewModel form = PersonEditorViewModel.forNew(Side.CHINA, person -> {
            if (refuse[0]) {
                throw new ArchiveException(ArchiveException.Reason.IN_USE, "/data/huiwu");
            }
            return store.apply(person);
        }, english);
        form.nameZhProperty().set("王伟");
        form.nameRuProperty().set("Ван Вэй");
        form.save();

        refuse[0] = false;

        assertThat(form.save()).isTrue();
        assertThat(form.problems()).isEmpty();
        assertThat(form.problemText().get()).isEmpty();
    }

    @Test
    void newFormIsTitledAsAnAddition() {
        PersonEditorViewModel form = PersonEditorViewModel.forNew(Side.CHINA, store, english);

        assertThat(form.title()).isEqualTo("Add person");
        assertThat(form.sides()).containsExactly(Side.CHINA, Side.KYRGYZSTAN);
        assertThat(form.sideText(Side.KYRGYZSTAN)).isEqualTo(english.of(Side.KYRGYZSTAN));
    }
}
