// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.parity.Dismissal;
import org.huiwu.domain.parity.ParityCheck;
import org.huiwu.domain.parity.ParityChecker;
import org.huiwu.domain.parity.SeedTerms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParityReviewTest {

    private static final Instant NOW = Instant.parse("2026-03-05T04:00:00Z");
    private static final long MEETING = 7;

    private final InMemoryDismissals store = new InMemoryDismissals();
    private final ParityReview review = new ParityReview(new ParityChecker(SeedTerms.load()), store, Side.CHINA,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Provenance wang = Provenance.of(Side.CHINA, 3L, NOW);

    @Test
    void aDismissedFindingStaysDismissedWithItsReasonUntilEitherTextChanges() {
        AlignedPair pair = pair("双方共移交23名非法越界人员。", "Стороны передали друг другу 32 нарушителя границы.");
        List<ParityReview.PairFinding> before = review.review(pair, store.ofMeeting(MEETING));
        assertThat(before).extracting(f -> f.finding().check()).contains(ParityCheck.NUMBERS);
        assertThat(before).allMatch(ParityReview.PairFinding::open);
        var numbers = before.stream().filter(f -> f.finding().check() == ParityCheck.NUMBERS).findFirst()
                .orElseThrow().finding();

        Dismissal dismissal = review.dismiss(MEETING, pair, numbers, "  исправлено в оригинале  ", wang);

        assertThat(dismissal.reason()).isEqualTo("исправлено в оригинале");
        assertThat(dismissal.personId()).isEqualTo(3L);
        assertThat(dismissal.at()).isEqualTo(NOW);
        var after = review.review(pair, store.ofMeeting(MEETING));
        assertThat(after).filteredOn(f -> f.finding().check() == ParityCheck.NUMBERS).singleElement()
                .satisfies(f -> assertThat(f.dismissal()).isEqualTo(dismissal));
        assertThat(review.openFindings(pair, store.ofMeeting(MEETING)))
                .noneMatch(f -> f.check() == ParityCheck.NUMBERS);

        // One letter more on the Chinese side: the texts are no longer those dismissed, the finding is open again.
        AlignedPair edited = pair.withText(RecordLanguage.ZH, "双方共移交23名非法越界人员", wang);
        assertThat(review.openFindings(edited, store.ofMeeting(MEETING)))
                .anyMatch(f -> f.check() == ParityCheck.NUMBERS);
        // And the same finding of another pair is not covered by it.
        AlignedPair other = pair(pair.zh().text(), pair.ru().text());
        assertThat(review.openFindings(other, store.ofMeeting(MEETING)))
                .anyMatch(f -> f.check() == ParityCheck.NUMBERS);
    }

    @Test
    void takingADismissalBackOpensTheFindingAgain() {
        AlignedPair pair = pair("2008年12月16日签订。", "Подписано 16 ноября 2008 года.");
        var finding = review.openFindings(pair, store.ofMeeting(MEETING)).get(0);
        review.dismiss(MEETING, pair, finding, "причина", wang);
        assertThat(review.openFindings(pair, store.ofMeeting(MEETING))).doesNotContain(finding);

        review.undoDismissal(MEETING, pair.uuid(), finding);

        assertThat(review.openFindings(pair, store.ofMeeting(MEETING))).contains(finding);
    }

    @Test
    void aDismissalNeedsAReasonAndMatchingTextsHaveNoFindings() {
        AlignedPair pair = pair("双方共移交23名非法越界人员。", "Стороны передали друг другу 32 нарушителя границы.");
        var finding = review.openFindings(pair, store.ofMeeting(MEETING)).get(0);
        assertThatThrownBy(() -> review.dismiss(MEETING, pair, finding, "   ", wang))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.ofMeeting(MEETING)).isEmpty();
        assertThat(review.review(pair("双方共移交23名非法越界人员。", "Стороны передали друг другу 23 нарушителя границы."),
                List.of())).isEmpty();
    }

    private AlignedPair pair(String zh, String ru) {
        return AlignedPair.empty().withText(RecordLanguage.ZH, zh, wang).withText(RecordLanguage.RU, ru, wang);
    }
}
