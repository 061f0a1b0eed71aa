// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the clauses of past minutes from the tables of a Word file (DOCX): every table is read, the one with the
 * most rows in both languages is taken. The only class that knows Apache POI.
 */
final class DocxMinutes {

    private DocxMinutes() {
    }

    static ImportPreview read(Path file, DoubleConsumer progress) throws ImportException {
        String name = file.getFileName().toString();
        List<List<List<BilingualTable.Cell>>> tables;
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, e, name, String.valueOf(e.getMessage()));
        }
        try (InputStream in = new BufferedInputStream(raw)) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                throw new ImportException(isEncrypted(in) ? ImportException.Reason.ENCRYPTED
                        : ImportException.Reason.OLD_DOC, name);
            }
            if (magic != FileMagic.OOXML) {
                throw new ImportException(ImportException.Reason.NOT_DOCX, name);
            }
            progress.accept(-1);
            try (XWPFDocument document = new XWPFDocument(in)) {
                tables = document.getTables().stream().map(DocxMinutes::rows).toList();
            }
        } catch (EncryptedDocumentException e) {
            throw new ImportException(ImportException.Reason.ENCRYPTED, e, name);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign package (an .xlsx, a plain zip, a zip bomb) with assorted exceptions.
            throw new ImportException(ImportException.Reason.NOT_DOCX, e, name);
        }
        int total = Math.max(1, tables.stream().mapToInt(List::size).sum());
        int[] done = {0};
        Optional<BilingualTable.Pairing> best = tables.stream()
                .map(rows -> {
                    int before = done[0];
                    done[0] += rows.size();
                    return BilingualTable.pair(rows,
                            part -> progress.accept((before + part * rows.size()) / total));
                })
                .flatMap(Optional::stream)
                .filter(pairing -> !pairing.clauses().isEmpty())
                .max(Comparator.comparingInt(BilingualTable.Pairing::bilingualRows));
        if (best.isEmpty()) {
            throw new ImportException(ImportException.Reason.NO_BILINGUAL_TABLE, name);
        }
        return new ImportPreview(name, best.get().clauses());
    }

    /** A password-protected DOCX is an OLE2 container holding the encrypted package; a .doc holds a WordDocument. */
    private static boolean isEncrypted(InputStream in) throws IOException {
        try (POIFSFileSystem container = new POIFSFileSystem(in)) {
            return container.getRoot().hasEntry("EncryptionInfo") || container.getRoot().hasEntry("EncryptedPackage");
        }
    }

    /** The rows of a table, cells placed at their grid columns (a cell spanning two columns stands at both). */
    private static List<List<BilingualTable.Cell>> rows(XWPFTable table) {
        List<List<BilingualTable.Cell>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<BilingualTable.Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan()
                        ? Math.max(1, properties.getGridSpan().getVal().intValue()) : 1;
                // A vertical merge without "restart" continues the cell above: Word shows the text there.
                boolean continues = properties != null && properties.isSetVMerge()
                        && properties.getVMerge().getVal() != STMerge.RESTART;
                BilingualTable.Cell read = new BilingualTable.Cell(text(cell), continues);
                for (int i = 0; i < span; i++) {
                    cells.add(read);
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The cell's paragraphs, one per line (line breaks inside a paragraph are kept too); trailing blanks dropped. */
    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            lines.add(paragraph.getText().replace("\r\n", "\n").replace('\r', '\n').stripTrailing());
        }
        // Nested tables (rare in minutes) are read as lines of their own.
        cell.getTables().forEach(inner -> inner.getRows().forEach(row -> row.getTableCells()
                .forEach(c -> lines.add(c.getText().strip()))));
        return String.join("\n", lines).strip();
    }
}
