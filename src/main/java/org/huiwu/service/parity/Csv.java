// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.huiwu.domain.parity.TermbaseEntry;

/**
 * The termbase as CSV (RFC 4180): a header {@code zh,ru,note}, one term per row, the forms of a language joined by
 * ';'. Written in UTF-8 with a byte order mark and CRLF, as spreadsheet programs expect; read with or without the
 * mark, CRLF or LF, columns found by their header names in any order.
 */
final class Csv {

    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    static byte[] write(List<TermbaseEntry> entries) {
        StringBuilder out = new StringBuilder(BOM).append("zh,ru,note\r\n");
        for (TermbaseEntry entry : entries) {
            out.append(field(TermForms.join(entry.term().zh()))).append(',')
                    .append(field(TermForms.join(entry.term().ru()))).append(',')
                    .append(field(entry.term().note())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static List<TermFile.Imported> read(byte[] bytes) {
        List<List<String>> rows = rows(TermFile.utf8(bytes));
        if (rows.isEmpty()) {
            throw new TermFileException("terms.file.csvHeader");
        }
        List<String> header = rows.get(0).stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        int zh = header.indexOf("zh");
        int ru = header.indexOf("ru");
        int note = header.indexOf("note");
        if (zh < 0 || ru < 0) {
            throw new TermFileException("terms.file.csvHeader");
        }
        List<TermFile.Imported> terms = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue; // an empty line
            }
            terms.add(new TermFile.Imported(null, TermForms.parse(cell(row, zh)), TermForms.parse(cell(row, ru)),
                    cell(row, note)));
        }
        return terms;
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index) : "";
    }

    /** Rows of fields; a quoted field may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = text.length();
        boolean rowStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                int openedOn = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new TermFileException("terms.file.csvQuote", openedOn);
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                rowStarted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                rowStarted = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                rowStarted = false;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
            } else {
                field.append(c);
                rowStarted = true;
                i++;
            }
        }
        if (rowStarted || !field.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
