// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.font.FontProvider;

/**
 * The protocol's serif faces, bundled so a machine without CJK fonts prints the same: Noto Serif (Latin, Cyrillic
 * with Kyrgyz Ң Ө Ү) first, Noto Serif SC for Chinese. Embedded as subsets. The files are read once per process
 * (the Chinese face is 15 MB); each document gets its own provider over the same bytes.
 */
final class ProtocolFonts {

    /** Font families in the order iText tries them for each character. */
    static final String[] FAMILIES = {"Noto Serif", "Noto Serif SC"};

    private ProtocolFonts() {
    }

    static FontProvider provider() {
        FontProvider provider = new FontProvider("Noto Serif");
        for (byte[] program : Programs.ALL) {
            provider.addFont(program, PdfEncodings.IDENTITY_H);
        }
        return provider;
    }

    /** Read on first use, once per process (the class-holder idiom makes that thread-safe). */
    private static final class Programs {
        static final byte[][] ALL = {read("NotoSerif-Regular.ttf"), read("NotoSerif-Bold.ttf"),
            read("NotoSerifSC-Regular.ttf")};
    }

    private static byte[] read(String name) {
        try (InputStream in = ProtocolFonts.class.getResourceAsStream("/org/huiwu/pdf/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
