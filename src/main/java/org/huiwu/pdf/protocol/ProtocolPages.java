// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.protocol;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A written protocol's pages for the preview, rendered by PDFBox from the very bytes that are saved and printed, so
 * what the user sees is the file. Rendering is serialised: PDFBox documents are not safe for concurrent use.
 */
public final class ProtocolPages implements Closeable {

    /** Points per inch in PDF user space. */
    private static final float POINTS_PER_INCH = 72;

    private final PDDocument document;
    private final PDFRenderer renderer;

    private ProtocolPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static ProtocolPages of(byte[] pdf) throws IOException {
        return new ProtocolPages(Loader.loadPDF(pdf));
    }

    public synchronized int count() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) at {@code dpi} dots per inch, in colour on white. */
    public synchronized BufferedImage render(int index, float dpi) throws IOException {
        return renderer.renderImage(index, dpi / POINTS_PER_INCH, ImageType.RGB);
    }

    @Override
    public synchronized void close() throws IOException {
        document.close();
    }
}
