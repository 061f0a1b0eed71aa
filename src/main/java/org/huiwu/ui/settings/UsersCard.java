// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.settings;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.huiwu.domain.access.Role;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.Dialogs;
import org.huiwu.ui.common.ViewSupport;

/** The Users card: the list, the selected user's role and removal, and a form for a new user. */
final class UsersCard {

    private UsersCard() {
    }

    static void fill(VBox card, UsersViewModel viewModel, ViewSupport support) {
        Messages messages = support.messages();
        Label title = new Label(messages.get("settings.users.title"));
        title.getStyleClass().add("settings-section-title");
        Label intro = new Label(messages.get("settings.users.intro"));
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);

        ListView<UsersViewModel.Row> list = new ListView<>(viewModel.rows());
        list.setId("settings-users-list");
        list.setPrefHeight(140);
        ComboBox<Role> selectedRole = roles("settings-users-selected-role", messages);
        Button changeRole = new Button(messages.get("settings.users.changeRole"));
        changeRole.setId("settings-users-change-role");
        Button remove = new Button(messages.get("settings.users.remove"));
        remove.setId("settings-users-remove");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                selectedRole.setValue(row.user().role());
            }
        });
        changeRole.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        changeRole.setOnAction(event -> {
            UsersViewModel.Row row = list.getSelectionModel().getSelectedItem();
            if (row != null && selectedRole.getValue() != null) {
                viewModel.changeRole(row, selectedRole.getValue());
            }
        });
        remove.setOnAction(event -> {
            UsersViewModel.Row row = list.getSelectionModel().getSelectedItem();
            if (row != null && Dialogs.confirm(support.window(), messages,
                    messages.get("settings.users.removeConfirm", row.user().name()), "")) {
                viewModel.remove(row);
            }
        });
        HBox selected = new HBox(8, selectedRole, changeRole, remove);
        selected.setAlignment(Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("settings-users-name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        ComboBox<Role> role = roles("settings-users-role", messages);
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        PasswordField passphrase = new PasswordField();
        passphrase.setId("settings-users-passphrase");
        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        PasswordField repeated = new PasswordField();
        repeated.setId("settings-users-passphrase-repeat");
        repeated.textProperty().bindBidirectional(viewModel.repeatedProperty());
        Button add = new Button(messages.get("settings.users.add"));
        add.setId("settings-users-add");
        add.setOnAction(event -> viewModel.add());
        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(8);
        form.addRow(0, label(messages, "settings.users.name", name), name);
        form.addRow(1, label(messages, "settings.users.role", role), role);
        form.addRow(2, label(messages, "settings.users.passphrase", passphrase), passphrase);
        form.addRow(3, label(messages, "settings.users.passphraseRepeat", repeated), repeated);
        form.add(add, 1, 4);

        Label problem = UserProblems.line("settings-users-problem", viewModel.problemProperty(), true);
        Label status = UserProblems.line("settings-users-status", viewModel.statusProperty(), false);

        card.setSpacing(10);
        card.getChildren().setAll(List.of(title, intro, list, selected, form, problem, status));
    }

    private static Label label(Messages messages, String key, javafx.scene.Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        return label;
    }

    private static ComboBox<Role> roles(String id, Messages messages) {
        ComboBox<Role> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(Role.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : messages.of(value);
            }

            @Override
            public Role fromString(String text) {
                throw new UnsupportedOperationException("The roles are not typed");
            }
        });
        return box;
    }
}
