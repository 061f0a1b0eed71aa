// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.common.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MeetingRulesTest {

    private static final Instant START = Instant.parse("2026-12-15T04:00:00Z");
    private static final Violation TITLE_MISSING = new Violation("title", "meeting.validation.titleMissing");
    private static final Violation END_BEFORE_START = new Violation("end", "meeting.validation.endBeforeStart");
    private static final Violation TOO_LONG = new Violation("end", "meeting.validation.tooLong");
    private static final Violation PERSON_TWICE = new Violation("delegation", "meeting.validation.personTwice");
    private static final Violation TWO_HEADS = new Violation("delegation", "meeting.validation.twoHeads");

    private static final List<DelegationMember> BOTH_SIDES = List.of(
            DelegationMember.of(1, Side.CHINA, DelegationRole.REPRESENTATIVE),
            DelegationMember.of(2, Side.CHINA, DelegationRole.DEPUTY),
            DelegationMember.of(11, Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE),
            DelegationMember.of(12, Side.KYRGYZSTAN, DelegationRole.INTERPRETER));

    @Test
    void wellFormedMeetingBreaksNoRule() {
        assertThat(MeetingRules.check(meeting(Bilingual.of("会谈", "Переговоры"), START, START.plus(Duration.ofHours(4)),
                BOTH_SIDES))).isEmpty();
    }

    @ParameterizedTest(name = "zh=''{0}'' ru=''{1}''")
    @CsvSource({"'', ''", "'   ', ''", "'', '  \t '"})
    void meetingWithoutTitleInEitherLanguageIsRefused(String zh, String ru) {
        assertThat(MeetingRules.check(meeting(Bilingual.of(zh, ru), START, START.plus(Duration.ofHours(4)),
                BOTH_SIDES))).containsExactly(TITLE_MISSING);
    }

    @ParameterizedTest(name = "zh=''{0}'' ru=''{1}''")
    @CsvSource({"2026年第四季度会谈, ''", "'', Переговоры IV квартала", "'', Жолугушуу Өзгөн Үч-Коргон Ңа"})
    void titleInOneLanguageIsEnoughWhileTheOtherIsStillBeingWritten(String zh, String ru) {
        assertThat(MeetingRules.check(meeting(Bilingual.of(zh, ru), START, START.plus(Duration.ofHours(4)),
                BOTH_SIDES))).isEmpty();
    }

    @Test
    void meetingEndingBeforeItStartsIsRefused() {
        assertThat(MeetingRules.check(meeting(Bilingual.of("会谈", ""), START, START.minus(Duration.ofMinutes(1)),
                BOTH_SIDES))).containsExactly(END_BEFORE_START);
    }

    @Test
    void meetingEndingWhenItStartsIsAccepted() {
        assertThat(MeetingRules.check(meeting(Bilingual.of("会谈", ""), START, START, BOTH_SIDES))).isEmpty();
    }

    @ParameterizedTest(name = "{0} → too long {1}")
    @CsvSource({"PT4H, false", "P7D, false", "P14D, false", "PT336H1M, true", "P15D, true", "P365D, true"})
    void meetingLongerThanFourteenDaysIsTakenForATypingError(Duration length, boolean tooLong) {
        List<Violation> violations = MeetingRules.check(meeting(Bilingual.of("会晤", "Встреча"), START,
                START.plus(length), BOTH_SIDES));

        if (tooLong) {
            assertThat(violations).containsExactly(TOO_LONG);
        } else {
            assertThat(violations).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DelegationRole.class, names = "REPRESENTATIVE", mode = EnumSource.Mode.EXCLUDE)
    void samePersonTwiceInTheDelegationIsRefused(DelegationRole secondRole) {
        List<DelegationMember> delegation = List.of(
                DelegationMember.of(1, Side.CHINA, DelegationRole.REPRESENTATIVE),
                DelegationMember.of(11, Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE),
                DelegationMember.of(2, Side.CHINA, DelegationRole.DEPUTY),
                DelegationMember.of(2, Side.CHINA, secondRole));

        assertThat(MeetingRules.check(meeting(Bilingual.of("会谈", ""), START, START.plus(Duration.ofHours(4)),
                delegation))).containsExactly(PERSON_TWICE);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void twoRepresentativesOfOneSideAreRefused(Side side) {
        List<DelegationMember> delegation = List.of(
                DelegationMember.of(1, Side.CHINA, DelegationRole.REPRESENTATIVE),
                DelegationMember.of(11, Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE),
                DelegationMember.of(99, side, DelegationRole.REPRESENTATIVE));

        assertThat(MeetingRules.check(meeting(Bilingual.of("会谈", ""), START, START.plus(Duration.ofHours(4)),
                delegation))).containsExactly(TWO_HEADS);
    }

    @Test
    void oneRepresentativeOnEachSideIsNotTwoHeads() {
        List<DelegationMember> delegation = List.of(
                DelegationMember.of(1, Side.CHINA, DelegationRole.REPRESENTATIVE),
                DelegationMember.of(11, Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE));

        assertThat(MeetingRules.check(meeting(Bilingual.of("会谈", ""), START, START.plus(Duration.ofHours(4)),
                delegation))).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        List<DelegationMember> delegation = List.of(
                DelegationMember.of(1, Side.CHINA, DelegationRole.REPRESENTATIVE),
                DelegationMember.of(1, Side.CHINA, DelegationRole.REPRESENTATIVE));

        assertThat(MeetingRules.check(meeting(Bilingual.EMPTY, START, START.minus(Duration.ofHours(1)), delegation)))
                .containsExactlyInAnyOrder(TITLE_MISSING, END_BEFORE_START, PERSON_TWICE, TWO_HEADS);
    }

    private static Meeting meeting(Bilingual title, Instant start, Instant end, List<DelegationMember> delegation) {
        return new Meeting(null, UUID.randomUUID(), MeetingLevel.TALKS, title, start, end, ZoneId.of("Asia/Bishkek"),
                1L, Side.KYRGYZSTAN, MeetingStatus.PLANNED, delegation);
    }
}
