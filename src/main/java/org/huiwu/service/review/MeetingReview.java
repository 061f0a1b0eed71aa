// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.review;

import java.util.List;
import java.util.Optional;

import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.place.Place;

/**
 * A meeting's record as review mode reads it: every stored version of its minutes (oldest first), its agenda and
 * its decisions with their later fate. A snapshot: nothing here writes back.
 *
 * @param place the meeting's place, or null when the register no longer has it
 */
public record MeetingReview(Meeting meeting, Place place, List<Minutes> versions, Agenda agenda,
                            List<DecisionFate> decisions) {

    public MeetingReview {
        versions = List.copyOf(versions);
        decisions = List.copyOf(decisions);
    }

    /** The newest version, which review mode shows first; empty while the meeting has no minutes. */
    public Optional<Minutes> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
