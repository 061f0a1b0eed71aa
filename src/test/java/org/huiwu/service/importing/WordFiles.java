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
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
