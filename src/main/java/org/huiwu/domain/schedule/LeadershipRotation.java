// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.schedule;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.place.Place;

/**
 * Art. 3 (1): leadership meetings take place once every two years, alternating between the two capitals.
 * From the last one held, proposes the next: two years later, in the other capital, hosted by the other side.
 */
public final class LeadershipRotation {

    public static final Period INTERVAL = Period.ofYears(2);

    /** The usual title of a leadership meeting, in both languages of the agreement. */
    public static final Bilingual TITLE = Bilingual.of("中华人民共和国国防部与吉尔吉斯共和国边防总局领导会晤",
            "Встреча руководства Министерства обороны Китайской Народной Республики и Пограничной службы "
                    + "Кыргызской Республики");

    private LeadershipRotation() {
    }

    /**
     * @param meetings all meetings of the archive
     * @param capitals the capital of each side, from the register of places
     * @param today    the date the proposal is made on
     * @return the proposal, or empty when no leadership meeting was held yet or the next one is already planned
     */
    public static Optional<LeadershipProposal> propose(List<Meeting> meetings, Map<Side, Place> capitals,
                                                       LocalDate today) {
        Optional<Meeting> lastHeld = meetings.stream()
                .filter(m -> m.level() == MeetingLevel.LEADERSHIP && m.status() == MeetingStatus.HELD)
                .max(Comparator.comparing(Meeting::start));
        if (lastHeld.isEmpty()) {
            return Optional.empty();
        }
        Meeting last = lastHeld.get();
        boolean nextAlreadyPlanned = meetings.stream()
                .anyMatch(m -> m.level() == MeetingLevel.LEADERSHIP && m.status().isOpen()
                        && m.start().isAfter(last.start()));
        if (nextAlreadyPlanned) {
            return Optional.empty();
        }
        Side nextHost = last.hostSide().other();
        LocalDate due = last.localStart().toLocalDate().plus(INTERVAL);
        Place place = capitals.get(nextHost);
        return Optional.of(new LeadershipProposal(due, nextHost, place, last, today.isAfter(due)));
    }

    /**
     * The next leadership meeting as the rotation expects it.
     *
     * @param place   the host side's capital, or null when the register has none
     * @param overdue the due date has passed without a meeting being planned
     */
    public record LeadershipProposal(LocalDate dueDate, Side hostSide, Place place, Meeting previous,
                                     boolean overdue) {
    }
}
