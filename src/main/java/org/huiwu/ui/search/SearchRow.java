// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.search;

import java.util.List;

import org.huiwu.service.search.SearchHit;

/** A hit as the results list shows it: where it is (date, meeting, clause) and both texts in plain and matched runs. */
public record SearchRow(SearchHit hit, String heading, List<TextRun> zh, List<TextRun> ru) {

    public SearchRow {
        zh = List.copyOf(zh);
        ru = List.copyOf(ru);
    }

    /** The whole Chinese text. */
    public String zhText() {
        return String.join("", zh.stream().map(TextRun::text).toList());
    }

    /** The whole Russian text. */
    public String ruText() {
        return String.join("", ru.stream().map(TextRun::text).toList());
    }
}
