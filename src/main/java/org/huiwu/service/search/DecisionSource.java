// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.List;
import java.util.function.Consumer;

import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionRepository;
import org.huiwu.domain.meeting.Meeting;

/** The meeting's decisions and action items. */
final class DecisionSource implements SearchSource {

    private final DecisionRepository decisions;

    DecisionSource(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public void entries(Meeting meeting, Consumer<SearchEntry> out) {
        List<Decision> list = decisions.ofMeeting(meeting.id());
        for (int i = 0; i < list.size(); i++) {
            out.accept(new SearchEntry(HitKind.DECISION, list.get(i).uuid(), i + 1, list.get(i).text()));
        }
    }
}
