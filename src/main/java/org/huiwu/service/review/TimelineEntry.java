// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.review;

import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.meeting.Meeting;

/**
 * One line of a timeline: an agenda item, a clause of the minutes (newest version) or a decision of one meeting,
 * with both texts.
 *
 * @param uuid     the item's, pair's or decision's UUID, which review mode can focus
 * @param position the clause number or the 1-based position in the agenda or among the decisions
 * @param status   the decision's status now, null for agenda items and clauses
 */
public record TimelineEntry(Meeting meeting, Kind kind, UUID uuid, int position, Bilingual text,
                            DecisionStatus status) {

    /** In the order a meeting's record is read: its agenda, its minutes, its decisions. */
    public enum Kind {
        AGENDA_ITEM,
        CLAUSE,
        DECISION
    }
}
