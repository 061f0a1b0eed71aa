// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;

/**
 * A meeting at one of the three levels. Its time is an instant together with the zone of its place, so it reads the
 * same in Beijing and in Bishkek.
 */
public record Meeting(
        Long id,
        UUID uuid,
        MeetingLevel level,
        Bilingual title,
        Instant start,
        Instant end,
        ZoneId zone,
        long placeId,
        Side hostSide,
        MeetingStatus status,
        List<DelegationMember> delegation) {

    public Meeting {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(hostSide, "hostSide");
        Objects.requireNonNull(status, "status");
        delegation = List.copyOf(delegation);
    }

    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }

    public ZonedDateTime startIn(Side side) {
        return start.atZone(side.homeZone());
    }

    /** The members of one side's delegation, representative first. */
    public List<DelegationMember> delegationOf(Side side) {
        return delegation.stream()
                .filter(member -> member.side() == side)
                .sorted(Comparator.comparing(DelegationMember::role))
                .toList();
    }

    /** Planned or postponed, yet its end lies in the past: someone has to record what happened. */
    public boolean isOverdue(Instant now) {
        return status.isOpen() && end.isBefore(now);
    }

    public Meeting withId(long newId) {
        return new Meeting(newId, uuid, level, title, start, end, zone, placeId, hostSide, status, delegation);
    }

    public Meeting withStatus(MeetingStatus newStatus) {
        return new Meeting(id, uuid, level, title, start, end, zone, placeId, hostSide, newStatus, delegation);
    }

    public Meeting rescheduled(Instant newStart, Instant newEnd) {
        return new Meeting(id, uuid, level, title, newStart, newEnd, zone, placeId, hostSide, status, delegation);
    }
}
