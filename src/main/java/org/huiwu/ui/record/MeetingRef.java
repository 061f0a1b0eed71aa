// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import org.huiwu.domain.meeting.Meeting;
import org.huiwu.i18n.Formats;

/**
 * A meeting as a line of a list names it: its local date in the UI language and its title in both languages, as
 * equals.
 */
public record MeetingRef(long meetingId, String date, String titleZh, String titleRu) {

    public static MeetingRef of(Meeting meeting, Formats formats) {
        return new MeetingRef(meeting.id(), formats.date(meeting.localStart().toLocalDate()), meeting.title().zh(),
                meeting.title().ru());
    }

    /** A meeting the archive no longer knows (should not happen; shown rather than failing). */
    public static MeetingRef unknown(long meetingId) {
        return new MeetingRef(meetingId, "", "?", "?");
    }

    /** Date, then both titles. */
    public String text() {
        return date + " · " + join(titleZh, titleRu);
    }

    private static String join(String zh, String ru) {
        if (zh.isEmpty()) {
            return ru;
        }
        return ru.isEmpty() ? zh : zh + " · " + ru;
    }
}
