// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.time.LocalDate;

import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.meeting.MeetingLevel;

/**
 * Which meetings a search looks in; null means any. The date range is inclusive and in the meeting's local dates.
 */
public record SearchFilter(MeetingLevel level, Long placeId, LocalDate from, LocalDate to, CooperationArea area,
                           InformationCategory category, RecordState state) {

    public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null, null);

    public SearchFilter withLevel(MeetingLevel value) {
        return new SearchFilter(value, placeId, from, to, area, category, state);
    }

    public SearchFilter withPlace(Long value) {
        return new SearchFilter(level, value, from, to, area, category, state);
    }

    public SearchFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchFilter(level, placeId, newFrom, newTo, area, category, state);
    }

    public SearchFilter withArea(CooperationArea value) {
        return new SearchFilter(level, placeId, from, to, value, category, state);
    }

    public SearchFilter withCategory(InformationCategory value) {
        return new SearchFilter(level, placeId, from, to, area, value, state);
    }

    public SearchFilter withState(RecordState value) {
        return new SearchFilter(level, placeId, from, to, area, category, value);
    }
}
