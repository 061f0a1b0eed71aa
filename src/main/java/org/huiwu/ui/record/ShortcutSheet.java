// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import org.huiwu.ui.common.ViewSupport;

/** F1: every key of the minutes editor with what it does, in the UI language. */
final class ShortcutSheet {

    private ShortcutSheet() {
    }

    static GridPane content(ViewSupport support) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        int row = 0;
        for (MinutesShortcut shortcut : MinutesShortcut.values()) {
            Label keys = new Label(shortcut.displayText());
            keys.getStyleClass().add("shortcut-keys");
            grid.add(keys, 0, row);
            grid.add(new Label(support.messages().get(shortcut.messageKey())), 1, row);
            row++;
        }
        return grid;
    }

    static void show(ViewSupport support) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(support.window());
        dialog.setTitle(support.messages().get("minutes.keys.title"));
        dialog.setHeaderText(support.messages().get("minutes.keys.title"));
        dialog.getDialogPane().setContent(content(support));
        // Our own text: JavaFX's built-in "Close" is not translated for every UI language.
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(support.messages().get("minutes.keys.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait();
    }
}
