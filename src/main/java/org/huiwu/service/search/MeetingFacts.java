// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.meeting.MeetingLevel;

/**
 * What the filters know of a meeting, stored with each of its documents: its level, place, local date, the Art. 2
 * areas and Art. 4 categories of its agenda, and the state of its record.
 */
public record MeetingFacts(long meetingId, UUID meetingUuid, MeetingLevel level, long placeId, LocalDate date,
                           Set<CooperationArea> areas, Set<InformationCategory> categories, RecordState state) {

    public MeetingFacts {
        areas = Set.copyOf(areas);
        categories = Set.copyOf(categories);
    }
}
