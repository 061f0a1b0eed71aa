// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.review;

import java.util.List;

import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.meeting.Meeting;

/**
 * What became of a decision after the meeting that took it: its status as it stands now, and the later meetings whose
 * agenda reviewed it (the item "implementation of the decisions of the previous meeting"), earliest first.
 */
public record DecisionFate(Decision decision, List<Review> reviews) {

    /** A later meeting's agenda item that reviewed the decision. */
    public record Review(Meeting meeting, AgendaItem item) {
    }

    public DecisionFate {
        reviews = List.copyOf(reviews);
    }

    /** Reviewed by no later meeting yet. */
    public boolean unreviewed() {
        return reviews.isEmpty();
    }
}
