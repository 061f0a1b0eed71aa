// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.pdf.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;

/**
 * The protocol's serif faces, bundled so a machine without CJK fonts prints the same: Noto Serif (Latin, Cyrillic
 * with Kyrgyz Ң Ө Ү) first, Noto Serif SC for Chinese. Embedded as subsets. The files are read once per process
 * (the Chinese face is 15 MB); each document gets its own provider over the same font set.
 */
public final class ProtocolFonts {

    /** Font families in the order iText tries them for each character. */
    public static final String[] FAMILIES = {"Noto Serif", "Noto Serif SC"};

    private ProtocolFonts() {
    }

    /** A provider for one document; it makes that document's subset fonts from the shared set. */
    public static FontProvider provider() {
        return new FontProvider(Shared.SET, "Noto Serif");
    }

    /**
     * Read and described on first use, once per process (the class-holder idiom makes that thread-safe). Describing
     * a font hashes its whole program, which for the 15 MB Chinese face cost more than laying out a 40-page protocol.
     */
    private static final class Shared {
        static final FontSet SET = new FontSet();

        static {
            for (String name : new String[] {"NotoSerif-Regular.ttf", "NotoSerifSC-Regular.ttf"}) {
                if (!SET.addFont(read(name), PdfEncodings.IDENTITY_H)) {
                    throw new IllegalStateException("font not usable: " + name);
                }
            }
        }
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
