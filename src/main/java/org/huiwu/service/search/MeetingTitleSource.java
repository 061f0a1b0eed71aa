// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.function.Consumer;

import org.huiwu.domain.meeting.Meeting;

/** The meeting's title in both languages. */
final class MeetingTitleSource implements SearchSource {

    @Override
    public void entries(Meeting meeting, Consumer<SearchEntry> out) {
        out.accept(new SearchEntry(HitKind.MEETING, meeting.uuid(), 0, meeting.title()));
    }
}
