// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word files for tests, made with POI as Word would save them. A table is given as rows of cells; a cell's lines
 * become paragraphs. Markers in a cell's text shape the table: {@link #MERGED_BELOW} starts a cell merged with the
 * one below, {@link #CONTINUED} is that cell's continuation, {@link #ACROSS} spans the row's remaining columns.
 */
public final class WordFiles {

    public static final String MERGED_BELOW = "⇣";
    public static final String CONTINUED = "⇡";
    public static final String ACROSS = "⇹";

    private WordFiles() {
    }

    /** A document with a paragraph, then the tables in order. */
    @SafeVarargs
    public static byte[] docx(List<List<String>>... tables) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("会谈纪要 · Протокол");
            for (List<List<String>> rows : tables) {
                table(document, rows);
                document.createParagraph();
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sample users can try (src/test/resources/org/huiwu/importing/past-minutes-sample.docx): a letterhead table,
     * then the minutes with a number column, a header row, several paragraphs in a cell, a cell merged over two rows,
     * a row with Chinese only and a row written Russian first.
     */
    public static byte[] sampleMinutes() {
        return docx(
                List.of(List.of("中吉边界代表会谈纪要", "Протокол встречи пограничных представителей")),
                List.of(
                        List.of("№", "中文", "Русский"),
                        List.of("1", "一、双方回顾了上次会谈商定事项的落实情况。",
                                "1. Стороны рассмотрели ход выполнения договорённостей, достигнутых на предыдущей "
                                        + "встрече."),
                        List.of("2", "二、关于边境管理：\n（一）加强边境巡逻；\n（二）及时通报越境事件。",
                                "2. О пограничном режиме:\n1) усилить патрулирование границы;\n2) своевременно "
                                        + "информировать о случаях пересечения границы."),
                        List.of("3", MERGED_BELOW + "三、双方同意于2019年9月在吐尔尕特口岸举行下次会谈。",
                                "3. Стороны договорились провести следующую встречу"),
                        List.of("", CONTINUED, "в сентябре 2019 года на КПП Торугарт."),
                        List.of("4", "四、本纪要用中文和俄文写成，两种文本同等作准。", ""),
                        List.of("5", "5. Настоящий протокол составлен в двух экземплярах.", "五、本纪要一式两份。")));
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = document.createTable(rows.size(), width);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                fill(table.getRow(r).getCell(c), cells.get(c));
            }
            for (int c = cells.size(); c < width; c++) {
                if (cells.get(cells.size() - 1).startsWith(ACROSS)) {
                    table.getRow(r).removeCell(cells.size());
                }
            }
        }
    }

    private static void fill(XWPFTableCell cell, String text) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (text.startsWith(MERGED_BELOW)) {
            properties.addNewVMerge().setVal(STMerge.RESTART);
            text = text.substring(MERGED_BELOW.length());
        } else if (text.startsWith(CONTINUED)) {
            properties.addNewVMerge();
            text = text.substring(CONTINUED.length());
        } else if (text.startsWith(ACROSS)) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(2));
            text = text.substring(ACROSS.length());
        }
        String[] lines = text.split("\n", -1);
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    /** The DOCX protected with a password, as Word saves it (agile encryption in an OLE2 container). */
    public static byte[] encrypted(byte[] docx, String password) {
        try (POIFSFileSystem container = new POIFSFileSystem();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(container)) {
                data.write(docx);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
