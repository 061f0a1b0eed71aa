// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewSupport;

/** Asks why a parity finding is not a problem; OK stays disabled until a reason is typed. */
final class DismissDialog {

    private DismissDialog() {
    }

    static Optional<String> ask(ViewSupport support, Window owner, String header) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(support.messages().get("parity.dismiss.title"));
        dialog.setHeaderText(header);
        dialog.setContentText(support.messages().get("parity.dismiss.reason"));
        dialog.getDialogPane().setId("dialog-dismiss-finding");
        dialog.getEditor().setId("dismiss-reason");
        dialog.getEditor().setPrefColumnCount(40);
        org.huiwu.ui.common.Dialogs.nameButtons(dialog.getDialogPane(), support.messages());
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> dialog.getEditor().getText().isBlank(),
                dialog.getEditor().textProperty()));
        Themes.style(dialog.getDialogPane().getScene());
        return dialog.showAndWait().map(String::strip).filter(reason -> !reason.isEmpty());
    }
}
