// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.place.Place;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;

/** Turns meetings into rows in the UI language; shared by the schedule and the meetings area. */
public final class MeetingRows {

    private final Messages messages;
    private final Formats formats;

    public MeetingRows(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public List<MeetingRow> rows(List<Meeting> meetings, List<Place> places, Instant now) {
        Map<Long, Place> byId = places.stream().collect(Collectors.toMap(Place::id, Function.identity()));
        return meetings.stream().map(meeting -> row(meeting, byId.get(meeting.placeId()), now)).toList();
    }

    public MeetingRow row(Meeting meeting, Place place, Instant now) {
        return new MeetingRow(meeting,
                messages.of(meeting.level()),
                meeting.title().joined(),
                meeting.title().zh(),
                meeting.title().ru(),
                place == null ? "" : place.name().joined(),
                meeting.localStart().toLocalDate(),
                formats.dateTime(meeting.localStart()),
                messages.get("time.inZone", formats.dateTime(meeting.startIn(Side.CHINA)), messages.get("time.china")),
                messages.get("time.inZone", formats.dateTime(meeting.startIn(Side.KYRGYZSTAN)),
                        messages.get("time.kyrgyzstan")),
                messages.of(meeting.hostSide()),
                messages.of(meeting.status()),
                meeting.isOverdue(now));
    }
}
