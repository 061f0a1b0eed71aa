// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.List;
import java.util.UUID;

import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.decision.Decision;

/**
 * One agenda item as the agenda list shows it, texts ready in the UI language; the titles are the record's own,
 * Chinese and Russian side by side.
 *
 * @param number      the item's number on the agenda, from 1
 * @param planned     the planned duration, e.g. "30 min"
 * @param tags        the Art. 2 areas and Art. 4 categories the item is tagged with
 * @param state       "open" or "closed" in the UI language
 * @param carriedOver whether the item continues an item of an earlier meeting
 * @param reviewed    for the item reviewing earlier decisions: those decisions with their status; else empty
 */
public record AgendaRow(AgendaItem item, int number, String titleZh, String titleRu, String planned,
                        String proposedBy, List<String> tags, boolean open, String state, boolean carriedOver,
                        List<ReviewedDecision> reviewed) {

    public AgendaRow {
        tags = List.copyOf(tags);
        reviewed = List.copyOf(reviewed);
    }

    public UUID uuid() {
        return item.uuid();
    }

    /** A decision of an earlier meeting reviewed under an item, with its status (and whether it is overdue). */
    public record ReviewedDecision(Decision decision, String textZh, String textRu, String status, boolean overdue) {
    }
}
