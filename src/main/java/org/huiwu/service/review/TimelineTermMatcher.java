// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.review;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import org.huiwu.domain.common.Bilingual;

/**
 * How a timeline for a search term decides what is about the term. The plain {@link #containsIgnoringCase()} scan
 * stands in until the archive's search index (Lucene, with Chinese and Russian analysis) takes its place: that one
 * runs the query once in {@link #forTerm} and answers by the hits' UUIDs.
 */
@FunctionalInterface
public interface TimelineTermMatcher {

    /** A record a timeline may list: an agenda item, pair or decision by UUID, with its two texts. */
    record Candidate(UUID uuid, Bilingual text) {
    }

    /** The test for one term; called once per timeline, the result once per candidate. */
    Predicate<Candidate> forTerm(String term);

    /** A case-insensitive substring of the Chinese or the Russian text: no inflection, but any Chinese word. */
    static TimelineTermMatcher containsIgnoringCase() {
        return term -> {
            String wanted = term.strip().toLowerCase(Locale.ROOT);
            return candidate -> candidate.text().zh().toLowerCase(Locale.ROOT).contains(wanted)
                    || candidate.text().ru().toLowerCase(Locale.ROOT).contains(wanted);
        };
    }
}
