// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.List;
import java.util.UUID;

/** What an information item can be linked to: the meetings, and each meeting's agenda items and clauses. */
public interface Art4Links {

    /** A meeting to pick, with the title shown. */
    record MeetingChoice(long id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** An agenda item or clause to tick, by UUID, with a short text. */
    record LinkChoice(UUID uuid, String text) {
    }

    List<MeetingChoice> meetings();

    List<LinkChoice> agendaItems(long meetingId);

    /** The clauses of the meeting's newest minutes. */
    List<LinkChoice> clauses(long meetingId);
}
