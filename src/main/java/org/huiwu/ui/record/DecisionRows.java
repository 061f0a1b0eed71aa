// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.LocalDate;

import org.huiwu.domain.decision.Decision;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;

/** Turns decisions into {@link DecisionRow}s in the UI language; shared by the decisions and open items panes. */
final class DecisionRows {

    private final Messages messages;
    private final Formats formats;

    DecisionRows(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    DecisionRow row(Decision decision, LocalDate today, MeetingRef meeting) {
        return new DecisionRow(decision, messages.of(decision.kind()), decision.text().zh(), decision.text().ru(),
                messages.of(decision.responsible()),
                decision.due() == null ? messages.get("decisions.row.noDue")
                        : messages.get("decisions.row.due", formats.shortDate(decision.due())),
                messages.of(decision.status()), decision.isOverdue(today), meeting);
    }
}
