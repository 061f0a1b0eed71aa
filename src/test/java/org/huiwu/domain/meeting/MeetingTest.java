// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MeetingTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final Instant TEN_IN_BISHKEK = LocalDateTime.of(2026, 10, 13, 10, 0).atZone(BISHKEK).toInstant();

    @Test
    void meetingAtTenInBishkekReadsNoonInBeijing() {
        Meeting meeting = meetingAt(TEN_IN_BISHKEK, BISHKEK, MeetingStatus.PLANNED, List.of());

        assertThat(meeting.startIn(Side.CHINA).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 13, 12, 0));
        assertThat(meeting.startIn(Side.CHINA).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(meeting.startIn(Side.KYRGYZSTAN).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 10, 13, 10, 0));
        assertThat(meeting.localStart().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 13, 10, 0));
        assertThat(meeting.startIn(Side.CHINA).toInstant()).isEqualTo(TEN_IN_BISHKEK);
    }

    @Test
    void localStartIsReadInTheZoneOfThePlace() {
        ZoneId urumqi = ZoneId.of("Asia/Urumqi"); // UTC+6, where the Chinese meeting stations' local time is kept
        Meeting meeting = meetingAt(Instant.parse("2026-03-11T04:00:00Z"), urumqi, MeetingStatus.PLANNED, List.of());

        assertThat(meeting.localStart().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 11, 10, 0));
        assertThat(meeting.startIn(Side.CHINA).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 11, 12, 0));
    }

    @ParameterizedTest(name = "{0}: overdue {1}")
    @CsvSource({"PLANNED, true", "POSTPONED, true", "HELD, false", "CANCELLED, false"})
    void onlyOpenMeetingsWhoseTimeHasPassedAreOverdue(MeetingStatus status, boolean overdue) {
        Meeting meeting = meetingAt(TEN_IN_BISHKEK, BISHKEK, status, List.of());

        assertThat(meeting.isOverdue(TEN_IN_BISHKEK.plus(Duration.ofDays(3)))).isEqualTo(overdue);
    }

    @ParameterizedTest
    @EnumSource(MeetingStatus.class)
    void aMeetingStillAheadIsNeverOverdue(MeetingStatus status) {
        Meeting meeting = meetingAt(TEN_IN_BISHKEK, BISHKEK, status, List.of());

        assertThat(meeting.isOverdue(TEN_IN_BISHKEK.minus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void delegationOfOneSideListsTheRepresentativeFirstAndLeavesTheOtherSideOut() {
        DelegationMember cnInterpreter = DelegationMember.of(3, Side.CHINA, DelegationRole.INTERPRETER);
        DelegationMember kgRepresentative = DelegationMember.of(11, Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE);
        DelegationMember cnDeputy = DelegationMember.of(2, Side.CHINA, DelegationRole.DEPUTY);
        DelegationMember cnRepresentative = DelegationMember.of(1, Side.CHINA, DelegationRole.REPRESENTATIVE);
        Meeting meeting = meetingAt(TEN_IN_BISHKEK, BISHKEK, MeetingStatus.PLANNED,
                List.of(cnInterpreter, kgRepresentative, cnDeputy, cnRepresentative));

        assertThat(meeting.delegationOf(Side.CHINA)).containsExactly(cnRepresentative, cnDeputy, cnInterpreter);
        assertThat(meeting.delegationOf(Side.KYRGYZSTAN)).containsExactly(kgRepresentative);
        assertThat(meeting.delegation()).as("the stored order is kept")
                .containsExactly(cnInterpreter, kgRepresentative, cnDeputy, cnRepresentative);
    }

    @Test
    void postponingKeepsIdentityAndChangesOnlyTimeAndStatus() {
        Meeting meeting = meetingAt(TEN_IN_BISHKEK, BISHKEK, MeetingStatus.PLANNED, List.of()).withId(7);
        Instant newStart = TEN_IN_BISHKEK.plus(Duration.ofDays(30));

        Meeting moved = meeting.rescheduled(newStart, newStart.plus(Duration.ofHours(4)))
                .withStatus(MeetingStatus.POSTPONED);

        assertThat(moved.id()).isEqualTo(7L);
        assertThat(moved.uuid()).isEqualTo(meeting.uuid());
        assertThat(moved.start()).isEqualTo(newStart);
        assertThat(moved.status()).isEqualTo(MeetingStatus.POSTPONED);
        assertThat(moved.zone()).isEqualTo(BISHKEK);
        assertThat(meeting.status()).as("records are values").isEqualTo(MeetingStatus.PLANNED);
    }

    static Meeting meetingAt(Instant start, ZoneId zone, MeetingStatus status, List<DelegationMember> delegation) {
        return new Meeting(null, UUID.randomUUID(), MeetingLevel.TALKS, Bilingual.of("会谈", "Переговоры"), start,
                start.plus(Duration.ofHours(4)), zone, 1L, Side.KYRGYZSTAN, status, delegation);
    }
}
