// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.meetings;

import java.time.LocalDate;

import org.huiwu.domain.meeting.Meeting;

/**
 * A meeting as lists and the calendar show it: every text already in the UI language, both record languages
 * together.
 *
 * @param localDate   the day of the meeting at its place
 * @param startLocal  date and time at the place
 * @param startChina  the start as read in Beijing
 * @param startKyrgyz the start as read in Bishkek
 */
public record MeetingRow(Meeting meeting, String level, String title, String titleZh, String titleRu, String place,
                         LocalDate localDate, String startLocal, String startChina, String startKyrgyz,
                         String hostSide, String status, boolean overdue) {

    public long id() {
        return meeting.id();
    }
}
