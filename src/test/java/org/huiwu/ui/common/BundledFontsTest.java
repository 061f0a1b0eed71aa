// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
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

    private static final String MISSING = "\uE000\uE001";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void chineseRussianAndKyrgyzLettersRenderFromTheBundledFontsAlone() throws Exception {
        assertThat(System.getenv("FONTCONFIG_FILE")).as("run by the no-system-fonts execution").isNotBlank();
        onFx(Fonts::load);
        long missing = render(MISSING, Fonts.UI_FAMILY);
        for (String text : new String[] {"国界", "会晤站", "纪要", "Ң", "Ө", "Ү", "ң", "ө", "ү", "Жаңыбаев",
            "пограничный"}) {
            assertThat(render(text, Fonts.UI_FAMILY)).as(text).isNotEqualTo(missing);
        }
        // Different characters draw differently (not one fallback shape for all).
        assertThat(render("国界", Fonts.UI_FAMILY)).isNotEqualTo(render("会晤", Fonts.UI_FAMILY));
        assertThat(render("Ң", Fonts.UI_FAMILY)).isNotEqualTo(render("Ө", Fonts.UI_FAMILY));
    }

    private static long render(String text, String family) throws Exception {
        return render(text, family, "normal");
    }

    private static long render(String text, String family, String weight) throws Exception {
        CompletableFuture<Long> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Label label = new Label(text);
                // Set in CSS as the app does: the default "System" font has no face at all on this machine.
                label.setStyle("-fx-font-family: '" + family + "'; -fx-font-size: 32px; -fx-font-weight: " + weight + ";");
                Scene scene = new Scene(new StackPane(label), 160, 60);
                WritableImage image = scene.snapshot(null);
                PixelReader pixels = image.getPixelReader();
                long hash = 17;
                for (int y = 0; y < 60; y++) {
                    for (int x = 0; x < 160; x++) {
                        hash = hash * 31 + pixels.getArgb(x, y);
                    }
                }
                result.complete(hash);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        done.get(10, TimeUnit.SECONDS);
    }
}
