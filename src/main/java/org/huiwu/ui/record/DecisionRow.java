// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.UUID;

import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionStatus;

/**
 * A decision or action item as the record lists show it, texts ready in the UI language and the decision's own
 * Chinese and Russian texts side by side.
 *
 * @param due     the due date as the UI language writes it, or that none was set
 * @param overdue open and due before today (in the zone of the meeting it is looked at from)
 * @param meeting the meeting that recorded it
 */
public record DecisionRow(Decision decision, String kind, String textZh, String textRu, String responsible,
                          String due, String status, boolean overdue, MeetingRef meeting) {

    public UUID uuid() {
        return decision.uuid();
    }

    public DecisionStatus statusValue() {
        return decision.status();
    }
}
