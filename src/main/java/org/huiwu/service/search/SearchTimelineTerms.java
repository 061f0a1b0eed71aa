// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.huiwu.service.review.TimelineTermMatcher;

/**
 * A timeline's term decided by the archive's search: one query per timeline, then membership by UUID. So a
 * timeline of 边境 or of граница lists what the search field finds, inflections and words inside sentences included.
 */
public final class SearchTimelineTerms implements TimelineTermMatcher {

    /** A timeline lists at most this many records of a term; the search counts further but fetches no more. */
    static final int LIMIT = 10_000;

    private final SearchService search;

    public SearchTimelineTerms(SearchService search) {
        this.search = search;
    }

    @Override
    public Predicate<Candidate> forTerm(String term) {
        SearchPage page = search.search(new SearchQuery(term, SearchFilter.NONE, SearchQuery.Order.NEWEST, LIMIT));
        Set<UUID> found = new HashSet<>();
        for (SearchHit hit : page.hits()) {
            if (hit.kind() != HitKind.NOTE) {
                found.add(hit.record());
            }
        }
        return candidate -> found.contains(candidate.uuid());
    }
}
