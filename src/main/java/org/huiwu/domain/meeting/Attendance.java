// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

import java.util.Comparator;
import java.util.List;

import org.huiwu.domain.common.Side;

/**
 * Who of each delegation actually took part. Agreement to a text of the minutes is given by a member of the owning
 * side who attended, so this is what the minutes check an agreement against.
 */
public record Attendance(List<Attendee> attendees) {

    public static final Attendance NONE = new Attendance(List.of());

    public Attendance {
        attendees = List.copyOf(attendees);
        if (attendees.stream().map(Attendee::personId).distinct().count() != attendees.size()) {
            throw new IllegalArgumentException("a person attends once");
        }
    }

    /** Until the attendance is recorded, the planned delegation is the best guess of who was there. */
    public static Attendance planned(Meeting meeting) {
        return new Attendance(meeting.delegation().stream()
                .map(member -> new Attendee(member.personId(), member.side(), member.role())).toList());
    }

    public List<Attendee> of(Side side) {
        return attendees.stream().filter(a -> a.side() == side).sorted(Comparator.comparing(Attendee::role)).toList();
    }

    public boolean attended(long personId, Side side) {
        return attendees.stream().anyMatch(a -> a.personId() == personId && a.side() == side);
    }

    public boolean isEmpty() {
        return attendees.isEmpty();
    }
}
