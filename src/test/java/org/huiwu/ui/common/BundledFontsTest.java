// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;


import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs in its own JVM with fontconfig pointed at an empty font set (see the no-system-fonts execution in pom.xml):
 * a machine with no font at all. Text is rendered to pixels; a missing glyph renders as the same box for every
 * character, so "renders" means: differs from the box drawn for unassigned private-use characters. The positive
 * control, {@link NoCjkSystemFontControlTest}, runs in a JVM of its own (JavaFX fixes font fallbacks once).
 */
@Tag("ui")
@Tag("no-system-fonts")
class BundledFontsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void chineseRussianAndKyrgyzLettersRenderFromTheBundledFontsAlone() throws Exception {
        assertThat(System.getenv("FONTCONFIG_FILE")).as("run by the no-system-fonts execution").isNotBlank();
        TextPixels.onFx(Fonts::load);
        long missing = TextPixels.render(TextPixels.MISSING, Fonts.UI_FAMILY);
        for (String text : new String[] {"国界", "会晤站", "纪要", "Ң", "Ө", "Ү", "ң", "ө", "ү", "Жаңыбаев",
            "пограничный"}) {
            assertThat(TextPixels.render(text, Fonts.UI_FAMILY)).as(text).isNotEqualTo(missing);
        }
        // Different characters draw differently (not one fallback shape for all).
        assertThat(TextPixels.render("国界", Fonts.UI_FAMILY)).isNotEqualTo(TextPixels.render("会晤", Fonts.UI_FAMILY));
        assertThat(TextPixels.render("Ң", Fonts.UI_FAMILY)).isNotEqualTo(TextPixels.render("Ө", Fonts.UI_FAMILY));
    }
}
