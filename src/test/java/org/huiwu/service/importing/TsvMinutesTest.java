// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** TSV files of pairs as spreadsheets, scripts and editors write them. */
class TsvMinutesTest {

    private static ImportPreview read(byte[] bytes) throws ImportException {
        return TsvMinutes.read("pairs.tsv", bytes, progress -> { });
    }

    private static ImportPreview read(String text) throws ImportException {
        return read(text.getBytes(UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    @Test
    void eachLineIsAPairChineseThenRussian() throws ImportException {
        assertThat(read("双方同意。\tСтороны согласились.\n第二条\tСтатья вторая\n").clauses()).containsExactly(
                new ImportedClause("双方同意。", "Стороны согласились.", Set.of()),
                new ImportedClause("第二条", "Статья вторая", Set.of()));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsLeaveNoTrace() throws ImportException {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        ImportPreview preview = read(concat(bom, "中文\tРусский\r\n双方同意。\tСтороны согласились.\r\n\r\n"
                .getBytes(UTF_8)));

        assertThat(preview.clauses()).containsExactly(
                new ImportedClause("双方同意。", "Стороны согласились.", Set.of()));
    }

    @Test
    void excelsUnicodeTextInUtf16IsRead() throws ImportException {
        byte[] bom = {(byte) 0xff, (byte) 0xfe};
        byte[] text = "双方同意。\tСтороны согласились.\r\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(read(concat(bom, text)).clauses()).extracting(ImportedClause::ru)
                .containsExactly("Стороны согласились.");
    }

    @Test
    void aQuotedCellMayHoldTabsLineBreaksAndDoubledQuotes() throws ImportException {
        ImportPreview preview = read("\"一、边境管理\r\n（一）\"\"巡逻\"\"\"\t\"I. Режим\n1) «Патрулирование»\tи охрана\"\n");

        assertThat(preview.clauses()).containsExactly(new ImportedClause("一、边境管理\n（一）\"巡逻\"",
                "I. Режим\n1) «Патрулирование»\tи охрана", Set.of()));
    }

    @Test
    void backslashEscapesOfLinearTsvAreUnderstood() throws ImportException {
        assertThat(read("第一行\\n第二行\tПервая\\r\\nвторая \\\\ строка\n").clauses()).containsExactly(
                new ImportedClause("第一行\n第二行", "Первая\nвторая \\ строка", Set.of()));
    }

    @Test
    void quotesInsideAnUnquotedCellAreText() throws ImportException {
        assertThat(read("称为“会晤”\tназываемые \"встречами\"\n").clauses()).extracting(ImportedClause::ru)
                .containsExactly("называемые \"встречами\"");
    }

    @Test
    void russianFirstAndANumberColumnAreRecognised() throws ImportException {
        assertThat(read("1\tСтороны согласились.\t双方同意。\n2\tСтатья вторая\t第二条\n").clauses()).containsExactly(
                new ImportedClause("双方同意。", "Стороны согласились.", Set.of()),
                new ImportedClause("第二条", "Статья вторая", Set.of()));
    }

    @Test
    void aLineWithOneLanguageIsKeptAndFlagged() throws ImportException {
        assertThat(read("双方同意。\tСтороны согласились.\n第二条\n\tТолько по-русски\n").clauses()).containsExactly(
                new ImportedClause("双方同意。", "Стороны согласились.", Set.of()),
                new ImportedClause("第二条", "", Set.of(ImportWarning.NO_RUSSIAN)),
                new ImportedClause("", "Только по-русски", Set.of(ImportWarning.NO_CHINESE)));
    }

    @Test
    void anUnclosedQuoteIsRefusedWithTheLineWhereItOpened() {
        assertThatThrownBy(() -> read("双方同意。\tСтороны согласились.\n\"第二条\tСтатья вторая\n第三条\n"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportException.Reason.UNCLOSED_QUOTE);
                    assertThat(e.arguments()).containsExactly("pairs.tsv", 2);
                });
    }

    @Test
    void aLegacyCodePageIsRefusedRatherThanGarbled() {
        byte[] cp1251 = "Стороны\tсогласились".getBytes(Charset.forName("windows-1251"));

        assertThatThrownBy(() -> read(cp1251))
                .hasFieldOrPropertyWithValue("reason", ImportException.Reason.NOT_TEXT);
    }

    @Test
    void aFileWithoutChineseIsNoBilingualTable() {
        assertThatThrownBy(() -> read("one\ttwo\nСтороны\tсогласились\n"))
                .hasFieldOrPropertyWithValue("reason", ImportException.Reason.NO_BILINGUAL_TABLE);
    }

    @Test
    void anEmptyFileIsNoBilingualTable() {
        assertThatThrownBy(() -> read(new byte[0]))
                .hasFieldOrPropertyWithValue("reason", ImportException.Reason.NO_BILINGUAL_TABLE);
    }
}
