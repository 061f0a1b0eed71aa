// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.domain.schedule.LeadershipRotation.LeadershipProposal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LeadershipRotationTest {

    private static final Place BEIJING = new Place(1L, UUID.randomUUID(), PlaceKind.CAPITAL, Side.CHINA,
            Bilingual.of("北京", "Пекин"), Side.CHINA.homeZone());
    private static final Place BISHKEK = new Place(2L, UUID.randomUUID(), PlaceKind.CAPITAL, Side.KYRGYZSTAN,
            Bilingual.of("比什凯克", "Бишкек"), Side.KYRGYZSTAN.homeZone());
    private static final Map<Side, Place> CAPITALS = Map.of(Side.CHINA, BEIJING, Side.KYRGYZSTAN, BISHKEK);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void nextLeadershipMeetingIsTwoYearsLaterInTheOtherCapital() {
        Meeting held = leadership(LocalDateTime.of(2025, 9, 16, 10, 0), BEIJING, MeetingStatus.HELD);

        LeadershipProposal proposal = LeadershipRotation.propose(List.of(held), CAPITALS, TODAY).orElseThrow();

        assertThat(proposal.dueDate()).isEqualTo(LocalDate.of(2027, 9, 16));
        assertThat(proposal.hostSide()).isEqualTo(Side.KYRGYZSTAN);
        assertThat(proposal.place()).isEqualTo(BISHKEK);
        assertThat(proposal.previous()).isEqualTo(held);
        assertThat(proposal.overdue()).isFalse();
    }

    @ParameterizedTest(name = "held in {0} → next hosted by {1}")
    @CsvSource({"CHINA, KYRGYZSTAN", "KYRGYZSTAN, CHINA"})
    void theOtherSideHostsInItsOwnCapital(Side lastHost, Side nextHost) {
        Place lastPlace = CAPITALS.get(lastHost);
        Meeting held = leadership(LocalDateTime.of(2023, 9, 19, 10, 0), lastPlace, MeetingStatus.HELD);

        LeadershipProposal proposal = LeadershipRotation.propose(List.of(held), CAPITALS, TODAY).orElseThrow();

        assertThat(proposal.hostSide()).isEqualTo(nextHost);
        assertThat(proposal.place()).isEqualTo(CAPITALS.get(nextHost));
    }

    /** Shortly after midnight in Beijing it is still the previous day in UTC: the local date of the place counts. */
    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
            "CHINA,      2025-09-16T01:00, 2027-09-16",
            "KYRGYZSTAN, 2023-09-19T00:30, 2025-09-19",
            "CHINA,      2024-02-29T10:00, 2026-02-28"})
    void dueDateIsCountedFromTheLocalDateAtThePlace(Side host, LocalDateTime localStart, LocalDate due) {
        Meeting held = leadership(localStart, CAPITALS.get(host), MeetingStatus.HELD);

        LeadershipProposal proposal = LeadershipRotation.propose(List.of(held), CAPITALS, TODAY).orElseThrow();

        assertThat(proposal.dueDate()).isEqualTo(due);
    }

    @Test
    void theLastHeldMeetingCountsNotTheFirstInTheList() {
        Meeting later = leadership(LocalDateTime.of(2023, 9, 19, 10, 0), BISHKEK, MeetingStatus.HELD);
        Meeting earlier = leadership(LocalDateTime.of(2021, 9, 14, 10, 0), BEIJING, MeetingStatus.HELD);

        LeadershipProposal proposal = LeadershipRotation.propose(List.of(later, earlier), CAPITALS, TODAY)
                .orElseThrow();

        assertThat(proposal.previous()).isEqualTo(later);
        assertThat(proposal.dueDate()).isEqualTo(LocalDate.of(2025, 9, 19));
        assertThat(proposal.hostSide()).isEqualTo(Side.CHINA);
    }

    @Test
    void cancelledLeadershipMeetingsAreIgnored() {
        Meeting held = leadership(LocalDateTime.of(2021, 9, 14, 10, 0), BEIJING, MeetingStatus.HELD);
        Meeting cancelled = leadership(LocalDateTime.of(2023, 9, 19, 10, 0), BISHKEK, MeetingStatus.CANCELLED);

        LeadershipProposal proposal = LeadershipRotation.propose(List.of(held, cancelled), CAPITALS,
                LocalDate.of(2023, 1, 10)).orElseThrow();

        assertThat(proposal.previous()).isEqualTo(held);
        assertThat(proposal.dueDate()).isEqualTo(LocalDate.of(2023, 9, 14));
        assertThat(proposal.hostSide()).isEqualTo(Side.KYRGYZSTAN);
    }

    @Test
    void meetingsOfOtherLevelsDoNotMoveTheRotation() {
        Meeting held = leadership(LocalDateTime.of(2021, 9, 14, 10, 0), BEIJING, MeetingStatus.HELD);
        Meeting working = meeting(MeetingLevel.WORKING, LocalDateTime.of(2024, 4, 23, 9, 30), BISHKEK,
                MeetingStatus.HELD);
        Meeting plannedTalks = meeting(MeetingLevel.TALKS, LocalDateTime.of(2027, 3, 16, 10, 0), BISHKEK,
                MeetingStatus.PLANNED);

        LeadershipProposal proposal = LeadershipRotation.propose(List.of(held, working, plannedTalks), CAPITALS,
                TODAY).orElseThrow();

        assertThat(proposal.previous()).isEqualTo(held);
    }

    @ParameterizedTest
    @EnumSource(value = MeetingStatus.class, names = {"PLANNED", "POSTPONED"})
    void noProposalWhenTheNextIsAlreadyPlanned(MeetingStatus open) {
        Meeting held = leadership(LocalDateTime.of(2025, 9, 16, 10, 0), BEIJING, MeetingStatus.HELD);
        Meeting next = leadership(LocalDateTime.of(2027, 9, 14, 10, 0), BISHKEK, open);

        assertThat(LeadershipRotation.propose(List.of(held, next), CAPITALS, TODAY)).isEmpty();
    }

    @Test
    void anOpenMeetingBeforeTheLastHeldOneDoesNotCountAsTheNext() {
        Meeting forgotten = leadership(LocalDateTime.of(2023, 9, 19, 10, 0), BISHKEK, MeetingStatus.PLANNED);
        Meeting held = leadership(LocalDateTime.of(2025, 9, 16, 10, 0), BEIJING, MeetingStatus.HELD);

        assertThat(LeadershipRotation.propose(List.of(forgotten, held), CAPITALS, TODAY)).isPresent();
    }

    @Test
    void aCancelledMeetingAfterTheLastHeldDoesNotCountAsPlanned() {
        Meeting held = leadership(LocalDateTime.of(2025, 9, 16, 10, 0), BEIJING, MeetingStatus.HELD);
        Meeting cancelled = leadership(LocalDateTime.of(2027, 9, 14, 10, 0), BISHKEK, MeetingStatus.CANCELLED);

        assertThat(LeadershipRotation.propose(List.of(held, cancelled), CAPITALS, TODAY))
                .hasValueSatisfying(proposal -> assertThat(proposal.previous()).isEqualTo(held));
    }

    @ParameterizedTest(name = "today {0} → overdue {1}")
    @CsvSource({"2027-09-15, false", "2027-09-16, false", "2027-09-17, true", "2028-01-01, true"})
    void overdueOnlyOnceTheDueDateHasPassed(LocalDate today, boolean overdue) {
        Meeting held = leadership(LocalDateTime.of(2025, 9, 16, 10, 0), BEIJING, MeetingStatus.HELD);

        LeadershipProposal proposal = LeadershipRotation.propose(List.of(held), CAPITALS, today).orElseThrow();

        assertThat(proposal.overdue()).isEqualTo(overdue);
    }

    @Test
    void noProposalWhenNoLeadershipMeetingWasHeld() {
        assertThat(LeadershipRotation.propose(List.of(), CAPITALS, TODAY)).isEmpty();

        List<Meeting> noneHeld = List.of(
                leadership(LocalDateTime.of(2020, 11, 10, 10, 0), BEIJING, MeetingStatus.CANCELLED),
                leadership(LocalDateTime.of(2027, 9, 14, 10, 0), BISHKEK, MeetingStatus.PLANNED),
                meeting(MeetingLevel.WORKING, LocalDateTime.of(2024, 4, 23, 9, 30), BISHKEK, MeetingStatus.HELD));
        assertThat(LeadershipRotation.propose(noneHeld, CAPITALS, TODAY)).isEmpty();
    }

    @Test
    void proposalWithoutPlaceWhenTheRegisterHasNoCapitalOfTheHost() {
        Meeting held = leadership(LocalDateTime.of(2025, 9, 16, 10, 0), BEIJING, MeetingStatus.HELD);

        LeadershipProposal proposal = LeadershipRotation.propose(List.of(held), Map.of(Side.CHINA, BEIJING), TODAY)
                .orElseThrow();

        assertThat(proposal.hostSide()).isEqualTo(Side.KYRGYZSTAN);
        assertThat(proposal.place()).isNull();
    }

    private static Meeting leadership(LocalDateTime localStart, Place place, MeetingStatus status) {
        return meeting(MeetingLevel.LEADERSHIP, localStart, place, status);
    }

    private static Meeting meeting(MeetingLevel level, LocalDateTime localStart, Place place, MeetingStatus status) {
        ZoneId zone = place.zone();
        var start = localStart.atZone(zone).toInstant();
        return new Meeting(null, UUID.randomUUID(), level, LeadershipRotation.TITLE, start,
                start.plusSeconds(6 * 3600), zone, place.id(), place.side(), status, List.of());
    }
}
