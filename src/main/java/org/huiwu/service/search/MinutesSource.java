// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.List;
import java.util.function.Consumer;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.MinutesRepository;

/** The aligned pairs of the meeting's newest minutes, one text per pair, numbered as clauses from 1. */
final class MinutesSource implements SearchSource {

    private final MinutesRepository minutes;

    MinutesSource(MinutesRepository minutes) {
        this.minutes = minutes;
    }

    @Override
    public void entries(Meeting meeting, Consumer<SearchEntry> out) {
        minutes.latest(meeting.id()).ifPresent(version -> {
            List<AlignedPair> pairs = version.pairs();
            for (int i = 0; i < pairs.size(); i++) {
                AlignedPair pair = pairs.get(i);
                if (!pair.zh().text().isBlank() || !pair.ru().text().isBlank()) {
                    out.accept(new SearchEntry(HitKind.PAIR, pair.uuid(), i + 1,
                            Bilingual.of(pair.zh().text(), pair.ru().text())));
                }
            }
        });
    }
}
