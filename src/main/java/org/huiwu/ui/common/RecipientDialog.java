// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.huiwu.domain.confidentiality.Recipient;
import org.huiwu.domain.confidentiality.RecipientKind;
import org.huiwu.i18n.Messages;

/** Asks, before an export or a print, whom it is for; a third party is named (consents are per third party). */
public final class RecipientDialog {

    private RecipientDialog() {
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public static Optional<Recipient> ask(Messages messages, Window owner) {
        RecipientViewModel model = new RecipientViewModel();
        Dialog<ButtonType> dialog = build(messages, owner, model);
        return dialog.showAndWait().filter(ButtonType.OK::equals).flatMap(pressed -> model.recipient());
    }

    /** The dialog over the model, not shown yet (tests show it without waiting). */
    public static Dialog<ButtonType> build(Messages messages, Window owner, RecipientViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("art4.recipient.title"));
        dialog.setHeaderText(messages.get("art4.recipient.header"));
        dialog.getDialogPane().setId("dialog-recipient");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        org.huiwu.ui.common.Dialogs.nameButtons(dialog.getDialogPane(), messages);

        ToggleGroup kinds = new ToggleGroup();
        RadioButton otherSide = choice(messages, kinds, RecipientKind.OTHER_SIDE, "recipient-other-side");
        RadioButton internal = choice(messages, kinds, RecipientKind.OWN_INTERNAL, "recipient-internal");
        RadioButton thirdParty = choice(messages, kinds, RecipientKind.THIRD_PARTY, "recipient-third-party");
        kinds.selectedToggleProperty().addListener((obs, old, now) ->
                model.kindProperty().set(now == null ? null : (RecipientKind) now.getUserData()));
        TextField name = new TextField();
        name.setId("recipient-name");
        name.setPromptText(messages.get("art4.recipient.name"));
        name.textProperty().bindBidirectional(model.thirdPartyProperty());
        name.disableProperty().bind(thirdParty.selectedProperty().not());
        Label note = new Label(messages.get("art4.recipient.note"));
        note.setWrapText(true);
        note.setMaxWidth(420);

        VBox box = new VBox(8, otherSide, internal, thirdParty, name, note);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(model.completeProperty().not());
        Themes.style(dialog.getDialogPane().getScene());
        return dialog;
    }

    private static RadioButton choice(Messages messages, ToggleGroup group, RecipientKind kind, String id) {
        RadioButton button = new RadioButton(messages.of(kind));
        button.setId(id);
        button.setUserData(kind);
        button.setToggleGroup(group);
        return button;
    }
}
