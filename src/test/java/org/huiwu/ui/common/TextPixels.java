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

/**
 * Draws text and fingerprints its pixels, for the font tests. A missing glyph renders as the same box for every
 * character, so text that renders differs from the box drawn for unassigned private-use characters.
 */
final class TextPixels {

    static final String MISSING = "\uE000\uE001";

    private TextPixels() {
    }

    static long render(String text, String family) throws Exception {
        CompletableFuture<Long> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Label label = new Label(text);
                // Set in CSS as the app does: the default "System" font has no face at all on this machine.
                label.setStyle("-fx-font-family: '" + family + "'; -fx-font-size: 32px;");
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

    static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(10, TimeUnit.SECONDS);
    }
}
