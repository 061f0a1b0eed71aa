// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;

import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.ProtocolLayout;
import org.junit.jupiter.api.Test;

/**
 * Prints through Java's own PostScript print service (a real print service that writes to a stream instead of a
 * printer), so the whole path from PDF bytes to printed pages runs without a printer.
 */
class ProtocolPrintingTest {

    static byte[] original(Original original) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProtocolPdf.write(ProtocolPdfTest.protocol(false), original, ProtocolLayout.PARALLEL, bytes);
        return bytes.toByteArray();
    }

    static PrinterJob toPostScript(ByteArrayOutputStream out) throws Exception {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).as("the JDK's PostScript stream service").isNotEmpty();
        StreamPrintService service = factories[0].getPrintService(out);
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setPrintService(service);
        return job;
    }

    @Test
    void bothOriginalsPrintAsOneJobOnA4InCollatedCopiesWithEveryPageReported() throws Exception {
        List<byte[]> originals = List.of(original(Original.CN), original(Original.KG));
        int pages = ProtocolPrinting.pages(originals);
        ByteArrayOutputStream postScript = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();

        boolean done = new ProtocolPrinting().print(toPostScript(postScript),
                ProtocolPrinting.defaults(2, "2026-T-007"), originals, progress::add);

        assertThat(done).isTrue();
        assertThat(pages).isGreaterThan(4);
        assertThat(progress).endsWith(pages).isSorted().doesNotHaveDuplicates();
        String ps = postScript.toString(StandardCharsets.ISO_8859_1);
        assertThat(count(ps, "%%Page: ")).isEqualTo(pages);
        // Every page asks the printer for A4 in points (Letter would be 612 x 792), two collated sets.
        Matcher device = Pattern.compile("/PageSize \\[([\\d.]+) ([\\d.]+)\\].*/NumCopies (\\d+)").matcher(ps);
        int devices = 0;
        while (device.find()) {
            assertThat(device.group(1) + " x " + device.group(2) + ", copies " + device.group(3))
                    .isEqualTo("595.28 x 841.89, copies 2");
            devices++;
        }
        assertThat(devices).as("the page device is set for the job").isPositive();
    }

    @Test
    void cancellingStopsTheJobBeforeTheRestOfThePages() throws Exception {
        List<byte[]> originals = List.of(original(Original.CN), original(Original.KG));
        int pages = ProtocolPrinting.pages(originals);
        ProtocolPrinting printing = new ProtocolPrinting();
        List<Integer> progress = new ArrayList<>();

        boolean done = printing.print(toPostScript(new ByteArrayOutputStream()),
                ProtocolPrinting.defaults(1, "2026-T-007"), originals, page -> {
                    progress.add(page);
                    if (page == 2) {
                        printing.cancel();
                    }
                });

        assertThat(done).isFalse();
        assertThat(progress).isNotEmpty().allMatch(page -> page <= 3);
        assertThat(pages).isGreaterThan(3);
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}
