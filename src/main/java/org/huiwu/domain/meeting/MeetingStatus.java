// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

public enum MeetingStatus {
    PLANNED,
    HELD,
    POSTPONED,
    CANCELLED;

    /** A meeting that still has to take place. */
    public boolean isOpen() {
        return this == PLANNED || this == POSTPONED;
    }
}
