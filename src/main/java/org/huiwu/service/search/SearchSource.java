// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.function.Consumer;

import org.huiwu.domain.meeting.Meeting;

/**
 * One kind of searchable text of a meeting (titles, agenda items, minutes, decisions, later private notes). The
 * index asks every source for the entries of a meeting whenever the meeting may have changed; adding a kind of text
 * to the search is one more source handed to {@link SearchService}.
 */
@FunctionalInterface
public interface SearchSource {

    /** Hands over every entry of the meeting this source knows; called from the index's background thread. */
    void entries(Meeting meeting, Consumer<SearchEntry> out);
}
