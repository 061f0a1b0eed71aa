// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.protocol;

import static java.awt.print.Printable.PAGE_EXISTS;

import java.awt.Graphics;
import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import javax.print.attribute.standard.SheetCollate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;

/**
 * Prints protocol originals through the system's print service with PDFBox: vector pages at their actual size on A4
 * (never "fit to page", which would shrink the official layout), several documents as one job, copies collated.
 * Reports each page as it goes and stops at the next page once cancelled.
 */
public final class ProtocolPrinting {

    /** A4 in points, as the protocols are laid out. */
    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile PrinterJob running;

    /** What the print dialog starts with: A4, portrait, {@code copies} collated sets, named after the protocol. */
    public static PrintRequestAttributeSet defaults(int copies, String jobName) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(MediaSizeName.ISO_A4);
        attributes.add(OrientationRequested.PORTRAIT);
        attributes.add(new Copies(Math.max(1, copies)));
        attributes.add(SheetCollate.COLLATED);
        attributes.add(new JobName(jobName, null));
        return attributes;
    }

    /** The pages one set holds, for progress: the sum of the documents' pages. */
    public static int pages(List<byte[]> documents) throws IOException {
        int pages = 0;
        for (byte[] pdf : documents) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                pages += document.getNumberOfPages();
            }
        }
        return pages;
    }

    /**
     * Prints the documents, in order, as one job on {@code job}'s service with {@code attributes} (as the dialog left
     * them). {@code pagePrinted} gets the number of distinct pages sent so far. Returns false when cancelled.
     */
    public boolean print(PrinterJob job, PrintRequestAttributeSet attributes, List<byte[]> documents,
                         IntConsumer pagePrinted) throws IOException, PrinterException {
        List<PDDocument> open = new ArrayList<>();
        running = job;
        try {
            PageFormat a4 = a4(job);
            Book book = new Book();
            int[] highest = {-1};
            for (byte[] pdf : documents) {
                PDDocument document = Loader.loadPDF(pdf);
                open.add(document);
                PDFPrintable pages = new PDFPrintable(document, Scaling.ACTUAL_SIZE, false, 0, false);
                int first = book.getNumberOfPages();
                for (int i = 0; i < document.getNumberOfPages(); i++) {
                    int local = i;
                    int global = first + i;
                    book.append((Graphics graphics, PageFormat format, int index) -> {
                        if (cancelled.get()) {
                            // Draw nothing: the job was cancelled through PrinterJob.cancel(), whose own path
                            // discards the spooled pages. Throwing here would end the job and send them.
                            job.cancel();
                            return PAGE_EXISTS;
                        }
                        int result = pages.print(graphics, format, local);
                        // The print system may call a page more than once (bands); count each page once.
                        synchronized (highest) {
                            if (global > highest[0]) {
                                highest[0] = global;
                                pagePrinted.accept(global + 1);
                            }
                        }
                        return result;
                    }, a4);
                }
            }
            job.setPageable(book);
            if (cancelled.get()) {
                return false;
            }
            job.print(attributes);
            return !cancelled.get();
        } catch (PrinterAbortException e) {
            return false;
        } finally {
            running = null;
            for (PDDocument document : open) {
                document.close();
            }
        }
    }

    /** Stops the job at the next page; a page already sent to the printer may still come out. */
    public void cancel() {
        cancelled.set(true);
        PrinterJob job = running;
        if (job != null) {
            job.cancel();
        }
    }

    private static PageFormat a4(PrinterJob job) {
        PageFormat format = job.defaultPage();
        Paper paper = new Paper();
        paper.setSize(A4_WIDTH, A4_HEIGHT);
        // The whole sheet: the printer clips its own unprintable edge; the protocol's margins are wider anyway.
        paper.setImageableArea(0, 0, A4_WIDTH, A4_HEIGHT);
        format.setPaper(paper);
        format.setOrientation(PageFormat.PORTRAIT);
        return format;
    }
}
