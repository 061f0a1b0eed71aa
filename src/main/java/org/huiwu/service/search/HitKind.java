// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

/** What a hit is: the part of the record its two texts come from. */
public enum HitKind {
    MEETING,
    AGENDA_ITEM,
    PAIR,
    DECISION,
    /** A deputy's private note (indexed once the notes have a source). */
    NOTE
}
