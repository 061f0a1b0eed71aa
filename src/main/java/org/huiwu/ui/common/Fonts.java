// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;

import java.io.IOException;
import java.io.InputStream;

import javafx.scene.text.Font;

/**
 * The bundled OFL Noto fonts. Noto Sans is the UI face (Latin and Cyrillic with the Kyrgyz Ң Ө Ү); Noto Sans SC,
 * once loaded, serves as JavaFX's fallback for Chinese, so the UI reads right on a machine without a CJK font.
 */
public final class Fonts {

    public static final String UI_FAMILY = "Noto Sans";
    public static final String CJK_FAMILY = "Noto Sans SC";
    private static final String[] FILES = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansSC-Regular.ttf"};
    private static boolean loaded;

    private Fonts() {
    }

    /** Loads the bundled fonts once; call before the first scene is shown. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream("/org/huiwu/ui/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    throw new IllegalStateException("Bundled font missing or unreadable: " + file);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Bundled font unreadable: " + file, e);
            }
        }
        loaded = true;
    }
}
