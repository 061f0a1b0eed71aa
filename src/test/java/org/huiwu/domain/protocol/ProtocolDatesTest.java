// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.protocol;

import java.time.LocalDate;

import org.huiwu.domain.meeting.MeetingLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProtocolDatesTest {

    @Test
    void headersAndTheTreatyStyleOfTheClosingFormula() {
        LocalDate march = LocalDate.of(2026, 3, 5);
        assertThat(ProtocolDates.chineseHeader(march)).isEqualTo("2026年3月5日");
        assertThat(ProtocolDates.russianHeader(march)).isEqualTo("05.03.2026");
        assertThat(ProtocolDates.chineseTreaty(march)).isEqualTo("二〇二六年三月五日");
        assertThat(ProtocolDates.russianTreaty(march)).isEqualTo("«5 марта 2026 года»");
        LocalDate signed = LocalDate.of(2008, 12, 16);
        assertThat(ProtocolDates.chineseTreaty(signed)).isEqualTo("二〇〇八年十二月十六日");
        assertThat(ProtocolDates.russianTreaty(signed)).isEqualTo("«16 декабря 2008 года»");
        assertThat(ProtocolDates.chineseTreaty(LocalDate.of(2030, 10, 31))).isEqualTo("二〇三〇年十月三十一日");
        assertThat(ProtocolDates.chineseTreaty(LocalDate.of(2025, 1, 20))).isEqualTo("二〇二五年一月二十日");
    }

    @Test
    void protocolNumbersHaveYearLevelAndThreeDigits() {
        assertThat(new ProtocolNumber(2026, MeetingLevel.TALKS, 7).text()).isEqualTo("2026-T-007");
        assertThat(new ProtocolNumber(2027, MeetingLevel.LEADERSHIP, 12).text()).isEqualTo("2027-L-012");
        assertThatThrownBy(() -> new ProtocolNumber(2026, MeetingLevel.WORKING, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
