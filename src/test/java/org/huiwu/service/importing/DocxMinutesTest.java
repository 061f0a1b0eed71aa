// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.service.importing.WordFiles.ACROSS;
import static org.huiwu.service.importing.WordFiles.CONTINUED;
import static org.huiwu.service.importing.WordFiles.MERGED_BELOW;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Word tables of past minutes as users bring them, made with POI in the test, read through {@link MinutesImport}. */
class DocxMinutesTest {

    private static final String ZH1 = "双方同意加强边境管理合作。";
    private static final String RU1 = "Стороны согласились усилить сотрудничество в области пограничного режима.";
    private static final String ZH2 = "下次会谈于2027年3月在吐尔尕特举行。";
    private static final String RU2 = "Следующая встреча состоится в марте 2027 года на КПП Торугарт.";

    @TempDir
    Path folder;

    private ImportPreview read(byte[] docx) throws ImportException {
        return MinutesImport.read(WordFiles.write(folder.resolve("minutes.docx"), docx), progress -> { });
    }

    @Test
    void chineseAndRussianColumnsBecomePairsInOrderAndTheHeaderRowIsSkipped() throws ImportException {
        ImportPreview preview = read(WordFiles.docx(List.of(
                List.of("中文", "Русский"), List.of(ZH1, RU1), List.of(ZH2, RU2))));

        assertThat(preview.fileName()).isEqualTo("minutes.docx");
        assertThat(preview.clauses()).containsExactly(
                new ImportedClause(ZH1, RU1, Set.of()), new ImportedClause(ZH2, RU2, Set.of()));
        assertThat(preview.flagged()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"中文本 / Китайский текст", "俄文（Русский текст）", "№ п/п"})
    void headerRowsOfManyWordingsAreSkipped(String header) throws ImportException {
        ImportPreview preview = read(WordFiles.docx(List.of(List.of(header, "Текст на русском языке"),
                List.of(ZH1, RU1))));

        assertThat(preview.clauses()).extracting(ImportedClause::zh).containsExactly(ZH1);
    }

    @Test
    void russianInTheFirstColumnIsStillRussian() throws ImportException {
        ImportPreview preview = read(WordFiles.docx(List.of(
                List.of("Русский текст", "中文"), List.of(RU1, ZH1), List.of(RU2, ZH2))));

        assertThat(preview.clauses()).containsExactly(
                new ImportedClause(ZH1, RU1, Set.of()), new ImportedClause(ZH2, RU2, Set.of()));
    }

    @Test
    void aNumberColumnIsLeftOutAndARowWrittenTheOtherWayRoundIsPutRightAndFlagged() throws ImportException {
        ImportPreview preview = read(WordFiles.docx(List.of(
                List.of("1.", ZH1, RU1), List.of("2.", RU2, ZH2), List.of("3.", "第三条", "Статья третья"))));

        assertThat(preview.clauses()).containsExactly(
                new ImportedClause(ZH1, RU1, Set.of()),
                new ImportedClause(ZH2, RU2, Set.of(ImportWarning.SWAPPED)),
                new ImportedClause("第三条", "Статья третья", Set.of()));
    }

    @Test
    void paragraphsOfOneCellKeepTheirLineBreaks() throws ImportException {
        ImportPreview preview = read(WordFiles.docx(List.of(
                List.of("一、边境管理\n（一）巡逻", "I. Пограничный режим\n1) Патрулирование"))));

        assertThat(preview.clauses()).containsExactly(new ImportedClause("一、边境管理\n（一）巡逻",
                "I. Пограничный режим\n1) Патрулирование", Set.of()));
    }

    @Test
    void aLineBreakInsideAParagraphIsKept() throws IOException, ImportException {
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(1, 2);
            org.apache.poi.xwpf.usermodel.XWPFRun zh = table.getRow(0).getCell(0).getParagraphs().get(0).createRun();
            zh.setText("第一行");
            zh.addBreak();
            zh.setText("第二行");
            table.getRow(0).getCell(1).setText("Первая строка");
            document.write(out);
            docx = out.toByteArray();
        }

        assertThat(read(docx).clauses()).containsExactly(
                new ImportedClause("第一行\n第二行", "Первая строка", Set.of()));
    }

    @Test
    void aRowWithOneLanguageIsKeptWithAnEmptySideAndFlagged() throws ImportException {
        ImportPreview preview = read(WordFiles.docx(List.of(
                List.of(ZH1, RU1), List.of(ZH2, ""), List.of("", RU2), List.of("", ""))));

        assertThat(preview.clauses()).containsExactly(
                new ImportedClause(ZH1, RU1, Set.of()),
                new ImportedClause(ZH2, "", Set.of(ImportWarning.NO_RUSSIAN)),
                new ImportedClause("", RU2, Set.of(ImportWarning.NO_CHINESE)));
        assertThat(preview.flagged()).isEqualTo(2);
    }

    @Test
    void aCellMergedOverTwoRowsMakesOneClauseOfThem() throws ImportException {
        ImportPreview preview = read(WordFiles.docx(List.of(
                List.of(MERGED_BELOW + ZH1, "Стороны согласились:"),
                List.of(CONTINUED, "усилить сотрудничество."),
                List.of(ZH2, RU2))));

        assertThat(preview.clauses()).containsExactly(
                new ImportedClause(ZH1, "Стороны согласились:\nусилить сотрудничество.",
                        Set.of(ImportWarning.MERGED)),
                new ImportedClause(ZH2, RU2, Set.of()));
    }

    @Test
    void aCellAcrossBothColumnsIsSplitByLanguage() throws ImportException {
        ImportPreview preview = read(WordFiles.docx(List.of(
                List.of(ACROSS + "一、边境管理\nI. Пограничный режим"), List.of(ZH1, RU1))));

        assertThat(preview.clauses()).containsExactly(
                new ImportedClause("一、边境管理", "I. Пограничный режим", Set.of()),
                new ImportedClause(ZH1, RU1, Set.of()));
    }

    @Test
    void ofSeveralTablesTheOneWithBothLanguagesIsTaken() throws ImportException {
        ImportPreview preview = read(WordFiles.docx(
                List.of(List.of("会谈纪要", "2019年5月"), List.of("中方代表", "张伟")),
                List.of(List.of(ZH1, RU1), List.of(ZH2, RU2)),
                List.of(List.of("Подписи", "Бишкек"))));

        assertThat(preview.clauses()).extracting(ImportedClause::ru).containsExactly(RU1, RU2);
    }

    @Test
    void aTableWhoseRowsEachHaveOneLanguageIsStillTakenWithEveryRowFlagged() throws ImportException {
        ImportPreview preview = read(WordFiles.docx(List.of(List.of(ZH1, ""), List.of("", RU1))));

        assertThat(preview.clauses()).containsExactly(
                new ImportedClause(ZH1, "", Set.of(ImportWarning.NO_RUSSIAN)),
                new ImportedClause("", RU1, Set.of(ImportWarning.NO_CHINESE)));
    }

    @Test
    void aTableWithoutBothLanguagesIsRefused() {
        assertThatThrownBy(() -> read(WordFiles.docx(List.of(List.of("会谈纪要", "2019年5月")))))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportException.Reason.NO_BILINGUAL_TABLE);
                    assertThat(e.arguments()).containsExactly("minutes.docx");
                });
    }

    @Test
    void aDocumentWithoutTablesIsRefused() {
        assertThatThrownBy(() -> read(WordFiles.docx()))
                .hasFieldOrPropertyWithValue("reason", ImportException.Reason.NO_BILINGUAL_TABLE);
    }

    @Test
    void aTextFileNamedDocxIsNotAWordFile() {
        assertThatThrownBy(() -> read("双方同意\tСтороны".getBytes(StandardCharsets.UTF_8)))
                .hasFieldOrPropertyWithValue("reason", ImportException.Reason.NOT_DOCX);
    }

    @Test
    void aZipThatIsNoWordFileIsNotAWordFile() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> read(bytes.toByteArray()))
                .hasFieldOrPropertyWithValue("reason", ImportException.Reason.NOT_DOCX);
    }

    @Test
    void aPasswordProtectedDocxIsRefusedAsEncrypted() {
        byte[] locked = WordFiles.encrypted(WordFiles.docx(List.of(List.of(ZH1, RU1))), "secret");

        assertThatThrownBy(() -> read(locked))
                .hasFieldOrPropertyWithValue("reason", ImportException.Reason.ENCRYPTED);
    }

    @Test
    void aWord97DocIsRefusedWithTheAdviceToSaveAsDocx() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem doc =
                     new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            doc.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            doc.writeFilesystem(bytes);
        }
        assertThatThrownBy(() -> read(bytes.toByteArray()))
                .hasFieldOrPropertyWithValue("reason", ImportException.Reason.OLD_DOC);
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = folder.resolve("huge.docx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(MinutesImport.LARGEST_FILE + 1);
        }
        assertThatThrownBy(() -> MinutesImport.read(huge, progress -> { }))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportException.Reason.TOO_LARGE);
                    assertThat(e.arguments()).containsExactly("huge.docx", 50L);
                });
    }

    @Test
    void progressRunsFromOpeningToDone() throws ImportException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(List.of("第" + i + "条", "Статья " + i));
        }
        List<Double> reported = new ArrayList<>();
        ImportPreview preview = MinutesImport.read(WordFiles.write(folder.resolve("long.docx"), WordFiles.docx(rows)),
                reported::add);

        assertThat(preview.clauses()).hasSize(1000);
        assertThat(reported.get(0)).isEqualTo(-1.0);
        assertThat(reported.get(reported.size() - 1)).isEqualTo(1.0);
        assertThat(reported.subList(1, reported.size())).isSorted();
    }

    @Test
    void aWordFileNamedOtherwiseIsStillReadAsWord() throws ImportException {
        Path misnamed = WordFiles.write(folder.resolve("minutes.txt"), WordFiles.docx(List.of(List.of(ZH1, RU1))));

        assertThat(MinutesImport.read(misnamed, progress -> { }).clauses()).hasSize(1);
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertThatThrownBy(() -> MinutesImport.read(folder.resolve("gone.docx"), progress -> { }))
                .hasFieldOrPropertyWithValue("reason", ImportException.Reason.UNREADABLE);
    }

}
