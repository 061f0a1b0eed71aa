// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.Objects;

/**
 * What a user searches for: words in either language (every word must occur, Chinese words inside sentences,
 * Russian in any inflection), the filters, the order and how many hits to fetch.
 */
public record SearchQuery(String text, SearchFilter filter, Order order, int limit) {

    /** The hits fetched per search by the UI: enough for a screen and more, cheap at a million pairs. */
    public static final int PAGE = 50;

    public enum Order {
        /** Newest meeting first; within a meeting, in the order of the record. */
        NEWEST,
        /** Best match first. */
        RELEVANCE
    }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(filter);
        Objects.requireNonNull(order);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, SearchFilter.NONE, Order.NEWEST, PAGE);
    }

    public SearchQuery with(SearchFilter newFilter) {
        return new SearchQuery(text, newFilter, order, limit);
    }

    public SearchQuery with(Order newOrder) {
        return new SearchQuery(text, filter, newOrder, limit);
    }
}
