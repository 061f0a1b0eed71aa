// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.common.Violation;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;
import org.huiwu.service.register.InMemoryRegisters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistersViewModelTest {

    private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    private final Messages english = Messages.of(Language.ENGLISH);
    private InMemoryRegisters store;
    private Person wang;
    private Person askar;
    private Place torugart;

    @BeforeEach
    void fillRegisters() {
        store = new InMemoryRegisters();
        wang = store.people().save(Person.create(Side.CHINA, Bilingual.of("王伟", "Ван Вэй"),
                Bilingual.of("大校", "старший полковник"), Bilingual.of("边界代表", "пограничный представитель")));
        askar = store.people().save(Person.create(Side.KYRGYZSTAN, Bilingual.of("阿斯卡尔", "Аскар Токтогулов"),
                Bilingual.of("上校", "полковник"), Bilingual.of("副代表", "заместитель")));
        torugart = store.places().save(Place.create(PlaceKind.MEETING_STATION, Side.KYRGYZSTAN,
                Bilingual.of("吐尔尕特会晤站", "Пункт встреч Торугарт"), BISHKEK));
    }

    private RegistersViewModel loaded(Messages messages) {
        RegistersViewModel registers = new RegistersViewModel(store.service(), messages);
        registers.load();
        return registers;
    }

    @Test
    void peopleShowTheirSideInTheUsersLanguageAndTheNameInBothScripts() {
        RegistersViewModel registers = loaded(Messages.of(Language.RUSSIAN));

        assertThat(registers.people()).extracting(PersonRow::side, PersonRow::nameZh, PersonRow::nameRu)
                .containsExactly(
                        Tuple.tuple("Китайская сторона", "王伟", "Ван Вэй"),
                        Tuple.tuple("Кыргызская сторона", "阿斯卡尔", "Аскар Токтогулов"));
    }

    @Test
    void rankAndPostShowBothLanguagesTogether() {
        PersonRow row = loaded(english).people().get(0);

        assertThat(row.rank()).isEqualTo("大校 · старший полковник");
        assertThat(row.post()).isEqualTo("边界代表 · пограничный представитель");
    }

    @ParameterizedTest
    @ValueSource(strings = {"阿斯卡尔", "аскар", "АСКАР", "токтогулов", "上校", "заместитель", "kyrgyz",
        "  Аскар  "})
    void filterFindsAPersonByAnyOfTheTextsIgnoringCase(String filter) {
        RegistersViewModel registers = loaded(english);

        registers.peopleFilterProperty().set(filter);

        assertThat(registers.people()).extracting(row -> row.person().uuid()).containsExactly(askar.uuid());
    }

    @Test
    void filterOfSeveralWordsNeedsEachOfThem() {
        RegistersViewModel registers = loaded(english);

        registers.peopleFilterProperty().set("полковник ван");
        assertThat(registers.people()).extracting(PersonRow::nameZh).containsExactly("王伟");

        registers.peopleFilterProperty().set("полковник");
        assertThat(registers.people()).hasSize(2);
    }

    @Test
    void clearingTheFilterShowsEveryoneAgain() {
        RegistersViewModel registers = loaded(english);
        registers.peopleFilterProperty().set("nobody");
        assertThat(registers.people()).isEmpty();

        registers.peopleFilterProperty().set("");

        assertThat(registers.people()).hasSize(2);
    }

    @Test
    void emptyTableSaysWhetherTheRegisterIsEmptyOrTheFilterTooNarrow() {
        RegistersViewModel empty = new RegistersViewModel(new InMemoryRegisters().service(), english);
        empty.load();
        assertThat(empty.peoplePlaceholder().get()).isEqualTo(english.get("registers.people.empty"));

        RegistersViewModel registers = loaded(english);
        registers.peopleFilterProperty().set("nobody");
        assertThat(registers.peoplePlaceholder().get()).isEqualTo(english.get("registers.people.noMatch"));
    }

    @Test
    void placesShowKindSideBothNamesAndTheZoneWithItsOffset() {
        PlaceRow row = loaded(english).places().get(0);

        assertThat(row.kind()).isEqualTo("Meeting station");
        assertThat(row.side()).isEqualTo("Kyrgyzstan");
        assertThat(row.nameZh()).isEqualTo("吐尔尕特会晤站");
        assertThat(row.nameRu()).isEqualTo("Пункт встреч Торугарт");
        assertThat(row.zone()).isEqualTo("Asia/Bishkek (UTC+06:00)");
    }

    @Test
    void savedNewPersonAppearsSelected() {
        RegistersViewModel registers = loaded(english);
        PersonEditorViewModel form = registers.addPerson();
        form.nameZhProperty().set("李明");
        form.nameRuProperty().set("Ли Мин");

        assertThat(form.save()).isTrue();

        assertThat(registers.people()).hasSize(3);
        assertThat(registers.selectedPersonProperty().get().person()).isEqualTo(form.savedProperty().get());
    }

    @Test
    void savedPersonHiddenByTheFilterIsShownByClearingIt() {
        RegistersViewModel registers = loaded(english);
        registers.peopleFilterProperty().set("Аскар");
        PersonEditorViewModel form = registers.addPerson();
        form.nameZhProperty().set("李明");
        form.nameRuProperty().set("Ли Мин");

        form.save();

        assertThat(registers.peopleFilterProperty().get()).isEmpty();
        assertThat(registers.people()).contains(registers.selectedPersonProperty().get());
    }

    @Test
    void savedPersonStillMatchingTheFilterKeepsIt() {
        RegistersViewModel registers = loaded(english);
        registers.peopleFilterProperty().set("полковник");
        PersonEditorViewModel form = registers.addPerson();
        form.nameZhProperty().set("李明");
        form.nameRuProperty().set("Ли Мин");
        form.rankRuProperty().set("подполковник");

        form.save();

        assertThat(registers.peopleFilterProperty().get()).isEqualTo("полковник");
        assertThat(registers.selectedPersonProperty().get().nameRu()).isEqualTo("Ли Мин");
    }

    @Test
    void editedPersonIsChangedInPlaceAndStaysSelected() {
        RegistersViewModel registers = loaded(english);
        registers.selectedPersonProperty().set(registers.people().get(1));
        PersonEditorViewModel form = registers.editSelectedPerson().orElseThrow();
        form.rankRuProperty().set("генерал-майор");
        form.rankZhProperty().set("少将");

        form.save();

        assertThat(registers.people()).hasSize(2);
        PersonRow selected = registers.selectedPersonProperty().get();
        assertThat(selected.person().uuid()).isEqualTo(askar.uuid());
        assertThat(selected.rank()).isEqualTo("少将 · генерал-майор");
    }

    @Test
    void nothingToEditWithoutASelection() {
        RegistersViewModel registers = loaded(english);

        assertThat(registers.personSelected().get()).isFalse();
        assertThat(registers.editSelectedPerson()).isEmpty();
        assertThat(registers.placeSelected().get()).isFalse();
        assertThat(registers.editSelectedPlace()).isEmpty();
    }

    @Test
    void newPersonBelongsToTheSideOfTheSelectedOne() {
        RegistersViewModel registers = loaded(english);
        assertThat(registers.addPerson().sideProperty().get()).isEqualTo(Side.CHINA);

        registers.selectedPersonProperty().set(registers.people().get(1));

        assertThat(registers.addPerson().sideProperty().get()).isEqualTo(Side.KYRGYZSTAN);
    }

    @Test
    void refusedSaveLeavesTheRegisterAndTheSelectionAsTheyWere() {
        RegistersViewModel registers = loaded(english);
        registers.selectedPersonProperty().set(registers.people().get(0));
        PersonEditorViewModel form = registers.addPerson();
        form.nameZhProperty().set("李明");
        form.nameRuProperty().set("Ли Мин");
        store.failNextSaveWith(
                new ValidationException(List.of(new Violation("name", "register.validation.bothNames"))));

        assertThat(form.save()).isFalse();

        assertThat(form.problems()).containsExactly(english.get("register.validation.bothNames"));
        assertThat(registers.people()).hasSize(2);
        assertThat(registers.selectedPersonProperty().get().person()).isEqualTo(wang);
    }

    @Test
    void reloadingKeepsTheSelectedEntriesSelected() {
        RegistersViewModel registers = loaded(english);
        registers.selectedPersonProperty().set(registers.people().get(1));
        registers.selectedPlaceProperty().set(registers.places().get(0));

        registers.load();

        assertThat(registers.selectedPersonProperty().get().person().uuid()).isEqualTo(askar.uuid());
        assertThat(registers.selectedPlaceProperty().get().place().uuid()).isEqualTo(torugart.uuid());
    }

    @Test
    void newPlaceFormOffersTheZonesAlreadyUsed() {
        ZoneId almaty = ZoneId.of("Asia/Almaty");
        store.places().save(Place.create(PlaceKind.OTHER, Side.KYRGYZSTAN, Bilingual.of("阿拉木图", "Алматы"),
                almaty));
        RegistersViewModel registers = loaded(english);

        PlaceEditorViewModel form = registers.addPlace();

        assertThat(form.zones()).containsExactly(ZoneId.of("Asia/Shanghai"), URUMQI, BISHKEK, almaty);
        assertThat(form.kindProperty().get()).isEqualTo(PlaceKind.MEETING_STATION);
    }

    @Test
    void savedPlaceAppearsSelected() {
        RegistersViewModel registers = loaded(english);
        PlaceEditorViewModel form = registers.addPlace();
        form.nameZhProperty().set("伊尔克什坦会晤站");
        form.nameRuProperty().set("Пункт встреч Иркештам");
        form.zoneProperty().set(URUMQI);

        assertThat(form.save()).isTrue();

        assertThat(registers.places()).hasSize(2);
        PlaceRow selected = registers.selectedPlaceProperty().get();
        assertThat(selected.nameRu()).isEqualTo("Пункт встреч Иркештам");
        assertThat(selected.zone()).isEqualTo("Asia/Urumqi (UTC+06:00)");
    }

    @Test
    void editedPlaceIsChangedAndStaysSelected() {
        RegistersViewModel registers = loaded(english);
        registers.selectedPlaceProperty().set(registers.places().get(0));
        PlaceEditorViewModel form = registers.editSelectedPlace().orElseThrow();
        form.kindProperty().set(PlaceKind.BORDER_CITY);

        form.save();

        assertThat(registers.places()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("Border city");
            assertThat(row.place().uuid()).isEqualTo(torugart.uuid());
        });
        assertThat(registers.selectedPlaceProperty().get().place().kind()).isEqualTo(PlaceKind.BORDER_CITY);
    }

    @Test
    void archiveThatCannotBeReadIsExplainedInTheUsersLanguage() {
        Messages chinese = Messages.of(Language.CHINESE);
        RegistersViewModel registers = new RegistersViewModel(store.service(), chinese);
        store.failNextReadWith(new ArchiveException(ArchiveException.Reason.IO, "/data/huiwu"));

        registers.load();

        assertThat(registers.problemProperty().get()).isEqualTo(chinese.get("archive.error.io", "/data/huiwu"));

        registers.load();

        assertThat(registers.problemProperty().get()).isEmpty();
        assertThat(registers.people()).hasSize(2);
    }
}
