// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.Instant;

/**
 * Whether everything the user sees is saved. The editor shows it at all times ("saved 2 s ago"), because a user
 * who cannot see it does not trust the editor with a morning's minutes.
 *
 * @param savedAt   when the last save was confirmed (durable), or null before the first
 * @param problemKey a message key when the last save failed, else null
 */
public record SaveStatus(State state, Instant savedAt, String problemKey, String problemDetail) {

    public enum State {
        /** Everything shown is durable. */
        SAVED,
        /** Changes made since the last confirmed save; the next autosave takes them. */
        UNSAVED,
        /** A save is running. */
        SAVING,
        /** The last save failed; the text stays in the editor and the next autosave tries again. */
        FAILED
    }

    static SaveStatus saved(Instant at) {
        return new SaveStatus(State.SAVED, at, null, null);
    }

    SaveStatus with(State newState) {
        return new SaveStatus(newState, savedAt, null, null);
    }

    SaveStatus failed(String key, String detail) {
        return new SaveStatus(State.FAILED, savedAt, key, detail);
    }
}
