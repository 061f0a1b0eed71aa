// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.settings;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.huiwu.i18n.Messages;

/** The "My passphrase" card: every user changes their own passphrase here (the current one asked again). */
final class OwnPassphraseCard {

    private OwnPassphraseCard() {
    }

    static void fill(VBox card, OwnPassphraseViewModel viewModel, Messages messages) {
        Label title = new Label(messages.get("settings.passphrase.title"));
        title.getStyleClass().add("settings-section-title");
        Label intro = new Label(messages.get("settings.passphrase.intro"));
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);

        PasswordField current = field("settings-passphrase-current", viewModel.currentProperty());
        PasswordField replacement = field("settings-passphrase-new", viewModel.replacementProperty());
        PasswordField repeated = field("settings-passphrase-repeat", viewModel.repeatedProperty());
        Button change = new Button(messages.get("settings.passphrase.change"));
        change.setId("settings-passphrase-change");
        change.disableProperty().bind(viewModel.busyProperty().or(viewModel.currentProperty().isEmpty())
                .or(viewModel.replacementProperty().isEmpty()));
        change.setOnAction(event -> viewModel.change());
        repeated.setOnAction(event -> {
            if (!change.isDisabled()) {
                viewModel.change();
            }
        });
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(viewModel.busyProperty());
        working.managedProperty().bind(working.visibleProperty());

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(8);
        form.addRow(0, label(messages, "settings.passphrase.current", current), current);
        form.addRow(1, label(messages, "settings.passphrase.new", replacement), replacement);
        form.addRow(2, label(messages, "settings.passphrase.repeat", repeated), repeated);
        form.add(new HBox(8, change, working), 1, 3);

        Label problem = UserProblems.line("settings-passphrase-problem", viewModel.problemProperty(), true);
        Label status = UserProblems.line("settings-passphrase-status", viewModel.statusProperty(), false);
        for (Label line : List.of(problem, status)) {
            // No blank lines under the form while there is nothing to say.
            line.visibleProperty().bind(line.textProperty().isNotEmpty());
            line.managedProperty().bind(line.visibleProperty());
        }

        card.setSpacing(10);
        card.getChildren().setAll(List.of(title, intro, form, problem, status));
    }

    private static PasswordField field(String id, javafx.beans.property.StringProperty text) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Label label(Messages messages, String key, javafx.scene.Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        return label;
    }
}
