// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.List;

/** The answer to a search: how many texts match in all, and the first hits in the order asked for. */
public record SearchPage(long total, List<SearchHit> hits) {

    public static final SearchPage EMPTY = new SearchPage(0, List.of());

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
