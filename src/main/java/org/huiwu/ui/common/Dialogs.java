// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.huiwu.i18n.Messages;

/** Message boxes in the user's language, styled like the app. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Names the toolkit's standard buttons (OK, Cancel) in the app's language: the toolkit names them in the
     * system's, and has no Russian at all, so a Russian user would read "Cancel" whatever the app speaks.
     */
    public static void nameButtons(javafx.scene.control.DialogPane pane, Messages messages) {
        name(pane, ButtonType.OK, messages.get("dialog.button.ok"));
        name(pane, ButtonType.CANCEL, messages.get("dialog.button.cancel"));
    }

    private static void name(javafx.scene.control.DialogPane pane, ButtonType type, String text) {
        if (pane.lookupButton(type) instanceof javafx.scene.control.Button button) {
            button.setText(text);
        }
    }

    public static void error(Window owner, Messages messages, String headline, String details) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, messages, messages.get("dialog.error.title"), headline,
                details);
        alert.showAndWait();
    }

    public static void info(Window owner, Messages messages, String headline, String details) {
        alert(Alert.AlertType.INFORMATION, owner, messages, messages.get("dialog.info.title"), headline, details)
                .showAndWait();
    }

    public static boolean confirm(Window owner, Messages messages, String headline, String details) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, owner, messages, messages.get("dialog.confirm.title"),
                headline, details);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    private static Alert alert(Alert.AlertType type, Window owner, Messages messages, String title, String headline,
                               String details) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(headline);
        Label content = new Label(details);
        content.setWrapText(true);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("dialog-" + type.name().toLowerCase(java.util.Locale.ROOT));
        nameButtons(alert.getDialogPane(), messages);
        Themes.style(alert.getDialogPane().getScene());
        return alert;
    }
}
