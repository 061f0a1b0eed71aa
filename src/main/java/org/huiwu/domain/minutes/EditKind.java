// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

/** What an undo step does, so the UI can say "Undo split" in the user's language. */
public enum EditKind {
    TYPING,
    AGREEMENT,
    INSERT,
    SPLIT,
    MERGE,
    DELETE,
    MOVE
}
