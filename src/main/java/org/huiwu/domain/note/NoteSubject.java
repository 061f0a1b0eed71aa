// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.note;

/** What a private note is written on; the note keeps the UUID of that record, which stays across versions. */
public enum NoteSubject {
    /** The meeting as a whole. */
    MEETING,
    /** An aligned pair (a clause) of the minutes. */
    PAIR,
    AGENDA_ITEM,
    DECISION
}
