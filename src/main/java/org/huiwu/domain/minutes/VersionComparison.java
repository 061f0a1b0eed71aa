// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two versions of the same minutes side by side, clause by clause. Clauses are matched by their UUID, which a
 * reopened version keeps, so a moved clause is still the same clause; the rows follow the newer version's order,
 * with clauses only the older one had placed where they stood.
 */
public record VersionComparison(int olderVersion, int newerVersion, List<Row> rows) {

    public enum Change {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }

    /**
     * One clause in both versions. A number is 0 where the clause is absent from that version; diffs are from the
     * older to the newer text and empty where there is nothing to compare.
     */
    public record Row(Change change, int olderNumber, int newerNumber, AlignedPair older, AlignedPair newer,
                      TextDiff zh, TextDiff ru) {

        public Row {
            Objects.requireNonNull(change, "change");
        }
    }

    public VersionComparison {
        rows = List.copyOf(rows);
    }

    public static VersionComparison between(Minutes older, Minutes newer) {
        Map<java.util.UUID, Integer> olderIndex = new HashMap<>();
        for (int i = 0; i < older.pairs().size(); i++) {
            olderIndex.put(older.pairs().get(i).uuid(), i);
        }
        Map<java.util.UUID, Integer> newerIndex = new HashMap<>();
        for (int i = 0; i < newer.pairs().size(); i++) {
            newerIndex.put(newer.pairs().get(i).uuid(), i);
        }
        List<Row> rows = new ArrayList<>();
        int nextOlder = 0;
        for (int i = 0; i < newer.pairs().size(); i++) {
            AlignedPair now = newer.pairs().get(i);
            Integer was = olderIndex.get(now.uuid());
            if (was != null) {
                // Removed clauses that stood before this one in the older version come first.
                for (; nextOlder < was; nextOlder++) {
                    addIfRemoved(rows, older, nextOlder, newerIndex);
                }
                nextOlder = Math.max(nextOlder, was + 1);
                rows.add(compared(older.pairs().get(was), was + 1, now, i + 1));
            } else {
                rows.add(new Row(Change.ADDED, 0, i + 1, null, now, null, null));
            }
        }
        for (; nextOlder < older.pairs().size(); nextOlder++) {
            addIfRemoved(rows, older, nextOlder, newerIndex);
        }
        return new VersionComparison(older.version(), newer.version(), rows);
    }

    public long count(Change change) {
        return rows.stream().filter(row -> row.change() == change).count();
    }

    private static void addIfRemoved(List<Row> rows, Minutes older, int index, Map<java.util.UUID, Integer> newer) {
        AlignedPair gone = older.pairs().get(index);
        if (!newer.containsKey(gone.uuid())) {
            rows.add(new Row(Change.REMOVED, index + 1, 0, gone, null, null, null));
        }
    }

    private static Row compared(AlignedPair was, int olderNumber, AlignedPair now, int newerNumber) {
        TextDiff zh = TextDiff.between(RecordLanguage.ZH, was.zh().text(), now.zh().text());
        TextDiff ru = TextDiff.between(RecordLanguage.RU, was.ru().text(), now.ru().text());
        Change change = zh.hasChanges() || ru.hasChanges() ? Change.CHANGED : Change.SAME;
        return new Row(change, olderNumber, newerNumber, was, now, zh, ru);
    }
}
