// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;

/**
 * What changed between two versions of one language's text, as segments the UI colours. Chinese is compared
 * character by character (it has no spaces, and a changed character is the natural unit); Russian word by word,
 * where the tokens are words, runs of whitespace and single punctuation marks, so a changed word shows as the
 * whole word deleted and its replacement inserted.
 */
public record TextDiff(RecordLanguage language, List<Segment> segments) {

    public enum Kind {
        EQUAL,
        INSERTED,
        DELETED
    }

    public record Segment(Kind kind, String text) {

        public Segment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    public TextDiff {
        Objects.requireNonNull(language, "language");
        segments = List.copyOf(segments);
    }

    public static TextDiff between(RecordLanguage language, String before, String after) {
        List<String> from = tokens(language, before);
        List<String> to = tokens(language, after);
        // Edits are local: leave the common head and tail out of the diff so a long clause stays cheap to compare.
        int head = 0;
        while (head < from.size() && head < to.size() && from.get(head).equals(to.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < from.size() - head && tail < to.size() - head
                && from.get(from.size() - 1 - tail).equals(to.get(to.size() - 1 - tail))) {
            tail++;
        }
        List<String> fromMiddle = from.subList(head, from.size() - tail);
        List<String> toMiddle = to.subList(head, to.size() - tail);

        SegmentsBuilder builder = new SegmentsBuilder();
        builder.add(Kind.EQUAL, from.subList(0, head));
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(fromMiddle, toMiddle,
                new MyersDiffWithLinearSpace<String>()).getDeltas()) {
            builder.add(Kind.EQUAL, fromMiddle.subList(position, delta.getSource().getPosition()));
            builder.add(Kind.DELETED, delta.getSource().getLines());
            builder.add(Kind.INSERTED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        builder.add(Kind.EQUAL, fromMiddle.subList(position, fromMiddle.size()));
        builder.add(Kind.EQUAL, from.subList(from.size() - tail, from.size()));
        return new TextDiff(language, builder.segments());
    }

    public boolean hasChanges() {
        return segments.stream().anyMatch(segment -> segment.kind() != Kind.EQUAL);
    }

    /** The earlier text: what was equal and what was deleted. */
    public String before() {
        return join(Kind.DELETED);
    }

    /** The current text: what is equal and what was inserted. */
    public String after() {
        return join(Kind.INSERTED);
    }

    private String join(Kind change) {
        StringBuilder text = new StringBuilder();
        segments.stream().filter(s -> s.kind() == Kind.EQUAL || s.kind() == change)
                .forEach(s -> text.append(s.text()));
        return text.toString();
    }

    static List<String> tokens(RecordLanguage language, String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (language == RecordLanguage.RU) {
                if (Words.isWordChar(cp)) {
                    end = runEnd(text, end, true);
                } else if (Character.isWhitespace(cp)) {
                    end = runEnd(text, end, false);
                }
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    /** The end of a run of word characters, or of whitespace, starting before {@code from}. */
    private static int runEnd(String text, int from, boolean words) {
        int end = from;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (words ? !Words.isWordChar(cp) : !Character.isWhitespace(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    /**
     * Joins neighbouring tokens of the same kind into one segment, and puts what was deleted before what was inserted
     * in its place, whatever order the diff reported them in, so a replaced word always reads old → new.
     */
    private static final class SegmentsBuilder {
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder equal = new StringBuilder();
        private final StringBuilder deleted = new StringBuilder();
        private final StringBuilder inserted = new StringBuilder();

        void add(Kind kind, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            if (kind == Kind.EQUAL) {
                flush(Kind.DELETED, deleted);
                flush(Kind.INSERTED, inserted);
            } else {
                flush(Kind.EQUAL, equal);
            }
            StringBuilder target = switch (kind) {
                case EQUAL -> equal;
                case DELETED -> deleted;
                case INSERTED -> inserted;
            };
            tokens.forEach(target::append);
        }

        List<Segment> segments() {
            flush(Kind.EQUAL, equal);
            flush(Kind.DELETED, deleted);
            flush(Kind.INSERTED, inserted);
            return segments;
        }

        private void flush(Kind kind, StringBuilder text) {
            if (!text.isEmpty()) {
                segments.add(new Segment(kind, text.toString()));
                text.setLength(0);
            }
        }
    }
}
