// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The meeting whose record the user works on, shared by the areas of one window: "Open record" in the meetings
 * area picks it and brings the record area forward.
 */
public final class MeetingFocus {

    private final ObjectProperty<Long> meeting = new SimpleObjectProperty<>();
    private Runnable bringForward = () -> { };

    public ObjectProperty<Long> meetingProperty() {
        return meeting;
    }

    /** What opening a record does besides picking the meeting: the main window shows the record area. */
    public void onOpen(Runnable action) {
        this.bringForward = action;
    }

    public void open(long meetingId) {
        meeting.set(meetingId);
        bringForward.run();
    }
}
