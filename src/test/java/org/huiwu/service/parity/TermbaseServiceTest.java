// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.parity.Term;
import org.huiwu.domain.parity.TermOrigin;
import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.service.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermbaseServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);

    private final InMemoryTerms store = new InMemoryTerms();
    private final TermbaseService terms = new TermbaseService(store, CLOCK);

    private TermbaseEntry find(String preferredZh) {
        return terms.list().stream().filter(e -> e.term().zh().get(0).equals(preferredZh)).findFirst().orElseThrow();
    }

    @Test
    void aNewTermbaseIsSeededWithTheGlossaryAndTheTermsOfArticlesTwoAndFour() {
        assertThat(terms.seedIfEmpty()).isTrue();

        TermbaseEntry representative = find("边界代表");
        assertThat(representative.origin()).isEqualTo(TermOrigin.GLOSSARY);
        assertThat(representative.term().ru()).first().isEqualTo("пограничный представитель");
        assertThat(representative.term().ru()).contains("пограничного представителя", "пограничными представителями");
        assertThat(find("国界").term().ru()).contains("граница", "границы", "границе", "границу", "границей");
        assertThat(find("纪要").term().note()).contains("议定书");
        assertThat(find("恐怖主义").origin()).isEqualTo(TermOrigin.ART2);
        assertThat(find("飞行器").origin()).isEqualTo(TermOrigin.ART4);
        assertThat(terms.list()).filteredOn(e -> e.origin() == TermOrigin.ART2).hasSizeGreaterThanOrEqualTo(10);
        assertThat(terms.list()).filteredOn(e -> e.origin() == TermOrigin.ART4).hasSizeGreaterThanOrEqualTo(8);
        assertThat(terms.list()).filteredOn(e -> e.origin() == TermOrigin.GLOSSARY).hasSizeGreaterThanOrEqualTo(19);
        assertThat(terms.list()).extracting(TermbaseEntry::uuid).doesNotHaveDuplicates();
    }

    @Test
    void aTermbaseIsSeededOnceEvenWhenItsUsersDeletedEveryTerm() {
        terms.seedIfEmpty();
        terms.list().forEach(entry -> terms.delete(entry.uuid()));

        assertThat(terms.seedIfEmpty()).isFalse();
        assertThat(terms.list()).isEmpty();
    }

    @Test
    void formsAreCleanedAndBothLanguagesAreRequired() {
        UUID uuid = UUID.randomUUID();
        TermbaseEntry saved = terms.save(new Term(uuid, List.of(" 会晤站 ；会晤站", "工作  站"),
                List.of("пункт встреч;пункта встреч", "пункт встреч"), " note "));

        assertThat(saved.term().zh()).containsExactly("会晤站", "工作 站");
        assertThat(saved.term().ru()).containsExactly("пункт встреч", "пункта встреч");
        assertThat(saved.term().note()).isEqualTo("note");
        assertThat(saved.origin()).isEqualTo(TermOrigin.USER);
        assertThatThrownBy(() -> terms.save(new Term(UUID.randomUUID(), List.of(";"), List.of("x"), "")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(v -> v.messageKey())
                        .containsExactly("terms.validation.zhRequired"));
    }

    @Test
    void anEditedSeedTermKeepsItsOrigin() {
        terms.seedIfEmpty();
        Term military = find("军区").term();
        TermbaseEntry saved = terms.save(new Term(military.uuid(), military.zh(), List.of("военный округ",
                "военном округе", "в военном округе"), military.note()));

        assertThat(saved.origin()).isEqualTo(TermOrigin.GLOSSARY);
        assertThat(find("军区").term().ru()).contains("в военном округе");
    }

    @Test
    void termsAreFoundInChineseTextPreferringTheLongestForm() {
        terms.seedIfEmpty();

        List<Term> found = terms.termsIn(RecordLanguage.ZH, "双方边界代表在会晤站举行工作会晤，讨论了议程。");

        assertThat(found).extracting(t -> t.zh().get(0)).containsExactly("边界代表", "会晤站", "工作会晤", "议程");
    }

    @Test
    void termsAreFoundInRussianTextInAnyListedFormIgnoringCaseAndOnlyAsWholeWords() {
        terms.seedIfEmpty();

        List<Term> found = terms.termsIn(RecordLanguage.RU, "Пограничные представители обсудили обстановку "
                + "на границе и повестку дня. Пограничник не термин.");

        assertThat(found).extracting(t -> t.zh().get(0)).containsExactly("边界代表", "国界", "议程");
        assertThat(terms.hits(RecordLanguage.RU, "Переговоры о границе")).extracting(TermMatcher.Hit::form)
                .containsExactly("переговоры", "границе");
    }

    @Test
    void theMatcherFollowsEditsOfTheTermbase() {
        assertThat(terms.termsIn(RecordLanguage.ZH, "口岸")).isEmpty();
        terms.save(new Term(UUID.randomUUID(), List.of("口岸"), List.of("пункт пропуска"), ""));

        assertThat(terms.termsIn(RecordLanguage.ZH, "口岸")).hasSize(1);
        assertThat(terms.termsIn(RecordLanguage.RU, "через пункт пропуска")).hasSize(1);
    }
}
