// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.review;

import java.util.Objects;

import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;

/** What a timeline follows through the meetings. */
public sealed interface TimelineSubject {

    /** Meetings held at a place, and clauses and decisions elsewhere that name it in either language. */
    record AtPlace(long placeId) implements TimelineSubject {
    }

    /** An area of cooperation of Art. 2. */
    record InArea(CooperationArea area) implements TimelineSubject {
        public InArea {
            Objects.requireNonNull(area, "area");
        }
    }

    /** A category of information of Art. 4. */
    record InCategory(InformationCategory category) implements TimelineSubject {
        public InCategory {
            Objects.requireNonNull(category, "category");
        }
    }

    /** Anything whose Chinese or Russian text matches a search term. */
    record Term(String term) implements TimelineSubject {
        public Term {
            term = Objects.requireNonNull(term, "term").strip();
            if (term.isEmpty()) {
                throw new IllegalArgumentException("A timeline needs a term");
            }
        }
    }
}
