// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import javafx.scene.Node;

/**
 * One tab of a meeting's record (minutes, agenda, decisions, attendance, versions). The record area builds each tab
 * once and tells it which meeting to show whenever the user picks another.
 */
public interface RecordTab {

    /** The tab's content. */
    Node root();

    /** Shows the meeting with this id; called on the FX thread, also to reload after another tab changed data. */
    void show(long meetingId);

    /**
     * Called before the user leaves the meeting or the area: a tab with unsaved work saves it now. Returns false
     * when it could not, so the caller stays.
     */
    default boolean leave() {
        return true;
    }
}
