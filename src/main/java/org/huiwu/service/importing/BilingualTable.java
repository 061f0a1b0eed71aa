// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.regex.Pattern;

/**
 * Pairs the rows of a table (from a Word file or a TSV) into clauses: finds the Chinese and the Russian column by
 * their letters, skips header rows, joins rows merged into one cell, and flags what the user should look at. The
 * same rules for both formats, so a TSV with a number column or Russian first reads like the Word table would.
 */
final class BilingualTable {

    /** One cell at one grid column; a cell spanning several columns stands at each of them (the same object). */
    record Cell(String text, boolean continuesAbove) {
        static Cell of(String text) {
            return new Cell(text, false);
        }
    }

    /** Header words users put above the columns ("中文", "Русский текст", "№ п/п"), compared lower-case. */
    private static final Set<String> HEADER_WORDS = Set.of(
            "中文", "汉语", "汉文", "中文文本", "中文本", "中方", "中国", "俄文", "俄语", "俄文文本", "俄文本", "俄方",
            "序号", "编号", "条款", "内容",
            "китайский", "китайский язык", "на китайском языке", "китайский текст", "текст на китайском языке",
            "русский", "русский язык", "на русском языке", "русский текст", "текст на русском языке",
            "номер", "п/п", "№ п/п", "№", "пункт", "содержание",
            "chinese", "russian", "zh", "ru", "no", "#", "n");
    /** Separators between two header words in one cell: "中文 / Китайский", "中文（Китайский）". */
    private static final Pattern HEADER_PARTS = Pattern.compile("[/|()（）、,，]+");

    private BilingualTable() {
    }

    /** The result of one table: the clauses and how many of its rows had both languages (to pick among tables). */
    record Pairing(List<ImportedClause> clauses, int bilingualRows) {
    }

    /**
     * Pairs one table's rows, or empty when the table has no Chinese and no Russian column. Progress goes from 0 to
     * 1 over the rows.
     */
    static Optional<Pairing> pair(List<List<Cell>> rows, DoubleConsumer progress) {
        int[] columns = languageColumns(rows);
        if (columns == null) {
            return Optional.empty();
        }
        int zhColumn = columns[0];
        int ruColumn = columns[1];
        List<Draft> drafts = new ArrayList<>();
        int bilingual = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (r % 200 == 0) {
                progress.accept((double) r / rows.size());
            }
            List<Cell> row = rows.get(r);
            if (isHeader(row)) {
                continue;
            }
            Cell zhCell = at(row, zhColumn);
            Cell ruCell = at(row, ruColumn);
            if (zhCell != null && zhCell == ruCell) {
                // One cell across both language columns: its paragraphs go to the language they are written in.
                drafts.add(Draft.split(zhCell.text()));
                continue;
            }
            boolean zhContinues = zhCell != null && zhCell.continuesAbove();
            boolean ruContinues = ruCell != null && ruCell.continuesAbove();
            String zh = zhCell == null || zhContinues ? "" : zhCell.text().strip();
            String ru = ruCell == null || ruContinues ? "" : ruCell.text().strip();
            if (zh.isEmpty() && ru.isEmpty()) {
                continue;
            }
            if ((zhContinues || ruContinues) && !drafts.isEmpty()) {
                // The other column's cell spans this row too: this row's text belongs to the clause above.
                drafts.get(drafts.size() - 1).append(zh, ru);
                continue;
            }
            Draft draft = new Draft(zh, ru);
            draft.putRight();
            if (!draft.zh.isEmpty() && !draft.ru.isEmpty()) {
                bilingual++;
            }
            drafts.add(draft);
        }
        progress.accept(1);
        List<ImportedClause> clauses = drafts.stream().filter(Draft::hasText).map(Draft::clause).toList();
        return Optional.of(new Pairing(clauses, bilingual));
    }

    /**
     * The Chinese and the Russian column: the column with the most Chinese cells and the one with the most Russian
     * cells, each mostly of its own language. Null when either is missing.
     */
    private static int[] languageColumns(List<List<Cell>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] han = new int[width];
        int[] cyrillic = new int[width];
        for (List<Cell> row : rows) {
            if (isHeader(row)) {
                // "中文本 / Китайский текст" is mostly Cyrillic and would blur the Chinese column.
                continue;
            }
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                // A cell across several columns says nothing about which column is which.
                if (cell == null || cell.continuesAbove() || (c > 0 && row.get(c - 1) == cell)
                        || (c + 1 < row.size() && row.get(c + 1) == cell)) {
                    continue;
                }
                switch (Script.of(cell.text())) {
                    case HAN -> han[c]++;
                    case CYRILLIC -> cyrillic[c]++;
                    default -> { }
                }
            }
        }
        int zh = best(han, cyrillic, -1);
        int ru = best(cyrillic, han, zh);
        return zh < 0 || ru < 0 ? null : new int[] {zh, ru};
    }

    private static int best(int[] mine, int[] other, int except) {
        int best = -1;
        for (int c = 0; c < mine.length; c++) {
            if (c != except && mine[c] > other[c] && (best < 0 || mine[c] > mine[best])) {
                best = c;
            }
        }
        return best;
    }

    private static Cell at(List<Cell> row, int column) {
        return column < row.size() ? row.get(column) : null;
    }

    /** A row whose every filled cell is a column title ("中文", "Русский", "№"). */
    static boolean isHeader(List<Cell> row) {
        boolean any = false;
        for (Cell cell : row) {
            if (cell == null || cell.text().isBlank()) {
                continue;
            }
            any = true;
            String text = cell.text().strip().toLowerCase(Locale.ROOT);
            if (isHeaderWord(text)) {
                continue;
            }
            for (String part : HEADER_PARTS.split(text)) {
                if (!part.isBlank() && !isHeaderWord(part)) {
                    return false;
                }
            }
        }
        return any;
    }

    private static boolean isHeaderWord(String text) {
        return HEADER_WORDS.contains(text.strip().replaceAll("[.:：。]+$", "").strip());
    }

    /** A clause while rows are read: texts may still grow by merged rows. */
    private static final class Draft {
        private String zh;
        private String ru;
        private final Set<ImportWarning> warnings = EnumSet.noneOf(ImportWarning.class);

        Draft(String zh, String ru) {
            this.zh = zh;
            this.ru = ru;
        }

        static Draft split(String text) {
            List<String> zh = new ArrayList<>();
            List<String> ru = new ArrayList<>();
            for (String line : text.strip().split("\n")) {
                (Script.of(line) == Script.CYRILLIC ? ru : zh).add(line.strip());
            }
            return new Draft(String.join("\n", zh).strip(), String.join("\n", ru).strip());
        }

        /** A row written the other way round than the columns (or in the wrong column alone) is put right. */
        void putRight() {
            Script zhScript = Script.of(zh);
            Script ruScript = Script.of(ru);
            boolean wrongWay = (zhScript == Script.CYRILLIC && (ruScript == Script.HAN || ru.isEmpty()))
                    || (ruScript == Script.HAN && zh.isEmpty());
            if (wrongWay) {
                String was = zh;
                zh = ru;
                ru = was;
                if (!zh.isEmpty() && !ru.isEmpty()) {
                    warnings.add(ImportWarning.SWAPPED);
                }
            }
        }

        void append(String moreZh, String moreRu) {
            zh = joined(zh, moreZh);
            ru = joined(ru, moreRu);
            warnings.add(ImportWarning.MERGED);
        }

        private static String joined(String a, String b) {
            return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
        }

        boolean hasText() {
            return !zh.isEmpty() || !ru.isEmpty();
        }

        ImportedClause clause() {
            return ImportedClause.of(zh, ru, warnings);
        }
    }
}
