// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.List;

/**
 * The answer to a search: how many texts match, and the first hits in the order asked for. Past a limit (ten
 * thousand) the index stops counting: {@code atLeast} says the total is a lower bound.
 */
public record SearchPage(long total, boolean atLeast, List<SearchHit> hits) {

    public static final SearchPage EMPTY = new SearchPage(0, false, List.of());

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
