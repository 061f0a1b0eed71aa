// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.search;

import java.util.List;

/** A text with the stretches that matched the query, as character ranges [start, end) in order, not overlapping. */
public record MarkedText(String text, List<Span> marks) {

    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
            }
        }
    }

    public MarkedText {
        marks = List.copyOf(marks);
    }

    /** The text with each match in the given brackets, e.g. for the command line. */
    public String bracketed(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
        int at = 0;
        for (Span span : marks) {
            out.append(text, at, span.start()).append(open).append(text, span.start(), span.end()).append(close);
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
