// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.service.minutes.InMemoryMinutes;
import org.huiwu.service.parity.InMemoryTerms;
import org.huiwu.service.parity.TermbaseService;
import org.huiwu.service.parity.TranslationMemory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Term suggestions and similar clauses for the side being written, in both directions. */
class WritingAssistTest {

    private static final Provenance CN = Provenance.of(Side.CHINA, 1, Instant.parse("2026-11-27T06:00:00Z"));

    private final InMemoryMinutes archive = new InMemoryMinutes();
    private final TranslationMemory memory = new TranslationMemory(archive, archive);
    private final WritingAssist assist;

    WritingAssistTest() {
        TermbaseService terms = new TermbaseService(new InMemoryTerms(), archive.clock());
        terms.seedIfEmpty();
        assist = new WritingAssist(terms, memory);
        // An earlier meeting's minutes, saved as the editor does after each save.
        assist.saved(new Minutes(UUID.randomUUID(), 1, 1, MinutesState.DRAFT, List.of(
                pair("双方边界代表交换了边境地区形势的信息。",
                        "Пограничные представители обменялись информацией об обстановке в приграничном районе."))));
    }

    private static AlignedPair pair(String zh, String ru) {
        return AlignedPair.empty().withText(RecordLanguage.ZH, zh, CN).withText(RecordLanguage.RU, ru, CN);
    }

    @Test
    void writingChineseSuggestsTheRussianTermsAndShowsSimilarEarlierClauses() {
        AlignedPair writing = pair("双方边界代表交换了边境地区形势的情况。", "Пограничные представители обменялись");

        WritingAssist.Help help = assist.help(writing, RecordLanguage.ZH);

        assertThat(help.terms()).extracting(WritingAssist.TermSuggestion::found).contains("边界代表");
        WritingAssist.TermSuggestion representative = help.terms().stream()
                .filter(t -> t.found().equals("边界代表")).findFirst().orElseThrow();
        assertThat(representative.counterparts()).first().isEqualTo("пограничный представитель");
        assertThat(representative.presentOnOtherSide()).as("the Russian side has it already").isTrue();
        assertThat(help.terms()).filteredOn(t -> !t.presentOnOtherSide()).isNotEmpty();
        assertThat(help.similar()).singleElement()
                .satisfies(match -> assertThat(match.ru()).startsWith("Пограничные представители обменялись"));
    }

    @Test
    void writingRussianInAnotherInflectionFindsTheChineseTermsAndTheClause() {
        AlignedPair writing = pair("", "Пограничными представителями была обсуждена обстановка в приграничном районе.");

        WritingAssist.Help help = assist.help(writing, RecordLanguage.RU);

        assertThat(help.terms()).extracting(t -> t.counterparts().get(0)).contains("边界代表");
        assertThat(help.terms()).noneMatch(WritingAssist.TermSuggestion::presentOnOtherSide);
        assertThat(help.similar()).extracting(TranslationMemory.Match::zh)
                .containsExactly("双方边界代表交换了边境地区形势的信息。");
        assertThat(assist.help(pair("", "  "), RecordLanguage.RU).isEmpty()).isTrue();
    }
}
