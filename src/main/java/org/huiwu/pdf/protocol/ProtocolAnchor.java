// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;

import org.huiwu.domain.audit.AuditAnchor;

/**
 * The audit anchor a protocol PDF carries: a custom key of the document information dictionary. PDF/A-2 allows
 * custom keys there (only the standard ones must match the XMP), and signing appends to the file without touching
 * it, so the signed original kept in the archive still carries the anchor of the moment it was made.
 */
public final class ProtocolAnchor {

    /** The document information key. */
    public static final String KEY = "HuiwuAuditAnchor";

    private ProtocolAnchor() {
    }

    /** When the PDF was made (its information's creation date), if it says and can be read. */
    public static Optional<java.time.Instant> made(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            String date = document.getDocumentInfo().getMoreInfo("CreationDate");
            return date == null ? Optional.empty()
                    : Optional.of(com.itextpdf.kernel.pdf.PdfDate.decode(date).toInstant());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The anchor, or empty when the PDF has none (made before the trail) or cannot be read. */
    public static Optional<AuditAnchor> read(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return AuditAnchor.parse(document.getDocumentInfo().getMoreInfo(KEY));
        } catch (IOException | RuntimeException e) {
            // iText reports a damaged file with its own runtime exceptions: no anchor is to be had from it.
            return Optional.empty();
        }
    }
}
