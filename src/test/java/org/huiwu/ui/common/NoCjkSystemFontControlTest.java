// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;


import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Positive control for {@link BundledFontsTest}. Runs in its own JVM with fontconfig pointed at an empty font set (see the no-system-fonts execution in pom.xml):
 * a machine with no font at all. Text is rendered to pixels; a missing glyph renders as the same box for every
 * character, so "renders" means: differs from the box drawn for unassigned private-use characters. The positive
 * control, {@link NoCjkSystemFontControlTest}, runs in a JVM of its own (JavaFX fixes font fallbacks once).
 */
@Tag("ui")
@Tag("no-system-fonts")
class NoCjkSystemFontControlTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void withOnlyTheLatinFaceChineseDrawsAsMissingGlyphs() throws Exception {
        assertThat(System.getenv("FONTCONFIG_FILE")).as("run by the no-system-fonts execution").isNotBlank();
        TextPixels.onFx(() -> {
            try (var in = Fonts.class.getResourceAsStream("/org/huiwu/ui/fonts/NotoSans-Regular.ttf")) {
                assertThat(Font.loadFont(in, 13)).isNotNull();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long missing = TextPixels.render(TextPixels.MISSING, Fonts.UI_FAMILY);
        // No system font stands in for the bundled CJK face: BundledFontsTest can fail.
        assertThat(TextPixels.render("国界", Fonts.UI_FAMILY)).isEqualTo(missing);
        assertThat(TextPixels.render("Ң", Fonts.UI_FAMILY)).isNotEqualTo(missing);
    }
}
