// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Reads clauses from a TSV of pairs: one clause per line, Chinese, a tab, Russian. What spreadsheets and scripts
 * write is accepted too: UTF-8 with or without a byte order mark, UTF-16 with one (Excel's "Unicode text"), CRLF or
 * LF; a field in double quotes may hold tabs, line breaks and doubled quotes (""), as Excel writes multi-line cells;
 * an unquoted field may use the escapes \t, \n and \\ (linear TSV; \r is dropped). Extra columns, a number column,
 * a header line or Russian first are handled like in a Word table ({@link BilingualTable}).
 */
final class TsvMinutes {

    private TsvMinutes() {
    }

    static ImportPreview read(String fileName, byte[] bytes, DoubleConsumer progress) throws ImportException {
        List<List<BilingualTable.Cell>> rows = rows(fileName, decode(fileName, bytes));
        // Columns are only found from cells with text, so a pairing found has clauses.
        BilingualTable.Pairing pairing = BilingualTable.pair(rows, progress)
                .orElseThrow(() -> new ImportException(ImportException.Reason.NO_BILINGUAL_TABLE, fileName));
        return new ImportPreview(fileName, pairing.clauses());
    }

    /** The text, by its byte order mark, else strict UTF-8: a file in a legacy code page is refused, not garbled. */
    static String decode(String fileName, byte[] bytes) throws ImportException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            if (text.indexOf('\0') >= 0) {
                // UTF-16 without a mark, or a binary file that happens to decode.
                throw new ImportException(ImportException.Reason.NOT_TEXT, fileName);
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ImportException(ImportException.Reason.NOT_TEXT, e, fileName);
        }
    }

    /** Splits the text into rows of fields; blank lines are dropped. */
    static List<List<BilingualTable.Cell>> rows(String fileName, String text) throws ImportException {
        List<List<BilingualTable.Cell>> rows = new ArrayList<>();
        List<BilingualTable.Cell> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = text.length();
        boolean fieldStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (fieldStart && c == '"') {
                int opened = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new ImportException(ImportException.Reason.UNCLOSED_QUOTE, fileName, opened);
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
                    if (q == '\r') {
                        // CRLF or a lone CR inside a quoted cell is one line break.
                        field.append('\n');
                        line++;
                        i += i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                        continue;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            if (c == '\t') {
                row.add(BilingualTable.Cell.of(field.toString()));
                field.setLength(0);
                fieldStart = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                row.add(BilingualTable.Cell.of(field.toString()));
                field.setLength(0);
                if (row.stream().anyMatch(cell -> !cell.text().isBlank())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
                fieldStart = true;
                line++;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c == '\\' && i + 1 < n && "tnr\\".indexOf(text.charAt(i + 1)) >= 0) {
                char escaped = text.charAt(i + 1);
                // \r\n from Windows tools is one line break: the \r is dropped.
                field.append(switch (escaped) {
                    case 't' -> "\t";
                    case 'n' -> "\n";
                    case 'r' -> "";
                    default -> "\\";
                });
                i += 2;
            } else {
                field.append(c);
                i++;
            }
        }
        row.add(BilingualTable.Cell.of(field.toString()));
        if (row.stream().anyMatch(cell -> !cell.text().isBlank())) {
            rows.add(row);
        }
        return rows;
    }
}
