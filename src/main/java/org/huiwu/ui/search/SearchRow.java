// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.search;

import org.huiwu.service.search.MarkedText;
import org.huiwu.service.search.SearchHit;

/** A hit as the results list shows it: where it is (date, meeting, clause) and both texts with the marks. */
public record SearchRow(SearchHit hit, String heading, MarkedText zh, MarkedText ru) {
}
