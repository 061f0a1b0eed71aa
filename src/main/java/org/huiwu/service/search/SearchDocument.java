// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

/** A text of a meeting as the index stores it: the entry with the facts of its meeting for filtering. */
public record SearchDocument(MeetingFacts meeting, SearchEntry entry) {

    /** Unique in the index: a record may be found once. */
    public String key() {
        return entry.kind().name() + ':' + entry.record();
    }
}
