// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.service.search.MarkedText;

/** A stretch of a hit's text, matched by the query or not: what the view draws plain or highlighted. */
public record TextRun(String text, boolean match) {

    static List<TextRun> of(MarkedText marked) {
        List<TextRun> runs = new ArrayList<>();
        String text = marked.text();
        int at = 0;
        for (MarkedText.Span span : marked.marks()) {
            if (span.start() > at) {
                runs.add(new TextRun(text.substring(at, span.start()), false));
            }
            runs.add(new TextRun(text.substring(span.start(), span.end()), true));
            at = span.end();
        }
        if (at < text.length()) {
            runs.add(new TextRun(text.substring(at), false));
        }
        return List.copyOf(runs);
    }
}
