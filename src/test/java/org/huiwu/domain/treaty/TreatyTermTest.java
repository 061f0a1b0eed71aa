// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.huiwu.domain.treaty.TreatyTerm.TermStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreatyTermTest {

    @ParameterizedTest(name = "{0} lies in period {1}: {2} to {3}")
    @CsvSource({
            "2008-12-16, 1, 2008-12-16, 2013-12-16",
            "2013-12-15, 1, 2008-12-16, 2013-12-16",
            "2013-12-16, 2, 2013-12-16, 2018-12-16",
            "2018-12-16, 3, 2018-12-16, 2023-12-16",
            "2023-12-16, 4, 2023-12-16, 2028-12-16",
            "2026-11-27, 4, 2023-12-16, 2028-12-16",
            "2028-12-15, 4, 2023-12-16, 2028-12-16",
            "2028-12-16, 5, 2028-12-16, 2033-12-16",
    })
    void fiveYearPeriodsFollowEachOtherFromSignature(LocalDate day, int period, LocalDate start, LocalDate expiry) {
        TermStatus term = TreatyTerm.on(day);

        assertThat(term.period()).isEqualTo(period);
        assertThat(term.periodStart()).isEqualTo(start);
        assertThat(term.expiry()).isEqualTo(expiry);
    }

    @ParameterizedTest(name = "period ending {0}: notice by {1}")
    @CsvSource({
            "2010-01-01, 2013-06-16",
            "2015-05-05, 2018-06-16",
            "2026-11-27, 2028-06-16",
            "2030-01-01, 2033-06-16",
    })
    void noticeDeadlineIsSixMonthsBeforeExpiry(LocalDate day, LocalDate deadline) {
        TermStatus term = TreatyTerm.on(day);

        assertThat(term.noticeDeadline()).isEqualTo(deadline).isEqualTo(term.expiry().minusMonths(6));
    }

    @Test
    void onTheDayOfWritingNoticeCanStillEndTheAgreementAtThisExpiry() {
        TermStatus term = TreatyTerm.on(LocalDate.of(2026, 11, 27));

        assertThat(term.noticeOpen()).isTrue();
        assertThat(term.earliestEnd()).isEqualTo(LocalDate.of(2028, 12, 16));
        assertThat(term.nextNoticeDeadline()).isEqualTo(LocalDate.of(2028, 6, 16));
        assertThat(term.daysToNoticeDeadline()).isEqualTo(567);
    }

    @Test
    void onTheDeadlineDayNoticeIsStillInTime() {
        TermStatus term = TreatyTerm.on(LocalDate.of(2028, 6, 16));

        assertThat(term.noticeOpen()).isTrue();
        assertThat(term.earliestEnd()).isEqualTo(LocalDate.of(2028, 12, 16));
        assertThat(term.daysToNoticeDeadline()).isZero();
    }

    @Test
    void theDayAfterTheDeadlineNoticeCanOnlyEndTheFollowingPeriod() {
        TermStatus term = TreatyTerm.on(LocalDate.of(2028, 6, 17));

        assertThat(term.noticeOpen()).isFalse();
        assertThat(term.noticeDeadline()).isEqualTo(LocalDate.of(2028, 6, 16));
        assertThat(term.expiry()).isEqualTo(LocalDate.of(2028, 12, 16));
        assertThat(term.earliestEnd()).isEqualTo(LocalDate.of(2033, 12, 16));
        assertThat(term.nextNoticeDeadline()).isEqualTo(LocalDate.of(2033, 6, 16));
        assertThat(term.daysToNoticeDeadline()).isEqualTo(1825);
    }

    @ParameterizedTest
    @CsvSource({"2008-12-15", "2000-01-01"})
    void beforeSignatureTheAgreementIsNotInForce(LocalDate day) {
        assertThatIllegalArgumentException().isThrownBy(() -> TreatyTerm.on(day)).withMessageContaining("2008-12-16");
    }
}
