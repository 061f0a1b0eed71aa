// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.Themes;

/**
 * Asks for the signing key: a PKCS#12 file or a PKCS#11 token (smart card) configuration, the alias, and the
 * password or PIN. The password field is cleared as soon as the dialog closes; the caller wipes the characters.
 */
final class SignDialog {

    /** The user's answer: the key and the secret, to be wiped after use. */
    record Answer(SigningViewModel.KeyChoice key, char[] secret) {
    }

    private SignDialog() {
    }

    static Optional<Answer> ask(Messages messages, Window owner, String header) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("signing.dialog.title"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("dialog-sign");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        org.huiwu.ui.common.Dialogs.nameButtons(dialog.getDialogPane(), messages);

        ToggleGroup sources = new ToggleGroup();
        RadioButton file = new RadioButton(messages.get("signing.source.file"));
        file.setId("sign-source-file");
        file.setToggleGroup(sources);
        file.setSelected(true);
        RadioButton token = new RadioButton(messages.get("signing.source.token"));
        token.setId("sign-source-token");
        token.setToggleGroup(sources);
        TextField path = new TextField();
        path.setId("sign-path");
        path.setPrefColumnCount(36);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button(messages.get("signing.browse"));
        browse.setId("sign-browse");
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get(file.isSelected() ? "signing.source.file" : "signing.source.token"));
            if (file.isSelected()) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PKCS#12", "*.p12", "*.pfx"));
            }
            File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                path.setText(chosen.getAbsolutePath());
            }
        });
        TextField alias = new TextField();
        alias.setId("sign-alias");
        alias.setPromptText(messages.get("signing.alias.prompt"));
        PasswordField secret = new PasswordField();
        secret.setId("sign-secret");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        // Labels keep their full width in every language; the fields take the rest.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, new Label(messages.get("signing.source")), new HBox(16, file, token));
        Label pathLabel = new Label(messages.get("signing.path"));
        pathLabel.setLabelFor(path);
        grid.addRow(1, pathLabel, new HBox(8, path, browse));
        Label aliasLabel = new Label(messages.get("signing.alias"));
        aliasLabel.setLabelFor(alias);
        grid.addRow(2, aliasLabel, alias);
        Label secretLabel = new Label(messages.get("signing.secret"));
        secretLabel.setLabelFor(secret);
        grid.addRow(3, secretLabel, secret);
        dialog.getDialogPane().setContent(grid);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> path.getText().isBlank() || secret.getText().isEmpty(), path.textProperty(),
                secret.textProperty()));
        Themes.style(dialog.getDialogPane().getScene());
        dialog.setOnShown(event -> path.requestFocus());

        Optional<ButtonType> pressed = dialog.showAndWait();
        char[] typed = secret.getText().toCharArray();
        // The field is cleared whatever the answer: the secret is never kept in the window.
        secret.clear();
        if (pressed.filter(ButtonType.OK::equals).isEmpty()) {
            java.util.Arrays.fill(typed, '\0');
            return Optional.empty();
        }
        return Optional.of(new Answer(new SigningViewModel.KeyChoice(
                file.isSelected() ? SigningViewModel.KeySource.FILE : SigningViewModel.KeySource.TOKEN,
                Path.of(path.getText().strip()), alias.getText().strip()), typed));
    }
}
