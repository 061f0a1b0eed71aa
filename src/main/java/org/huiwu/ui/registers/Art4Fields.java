// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.control.Label;
import javafx.scene.Node;
import org.huiwu.i18n.Messages;

/** The few controls the two Art. 4 dialogs share: enum choosers named in the user's language, labelled rows. */
final class Art4Fields {

    private Art4Fields() {
    }

    static <E extends Enum<E>> ComboBox<E> choice(Messages messages, Class<E> type, String id) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(type.getEnumConstants());
        box.setId(id);
        box.setCellFactory(list -> cell(messages));
        box.setButtonCell(cell(messages));
        return box;
    }

    private static <E extends Enum<E>> ListCell<E> cell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : messages.of(item));
            }
        };
    }

    static void row(GridPane grid, int row, String label, Node field) {
        Label text = new Label(label);
        text.setLabelFor(field);
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(row, text, field);
    }

    /** The grid of an Art. 4 form: a label column and a field column, spaced like the other register editors. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new javafx.geometry.Insets(10));
        return grid;
    }

    /**
     * The form in a scroll pane as wide as the dialog (no sideways scrolling) and high enough for the whole form on
     * a laptop screen: a plain scroll pane is as narrow as its viewport defaults, which squeezed the form.
     */
    static javafx.scene.control.ScrollPane scrolling(javafx.scene.layout.GridPane grid) {
        javafx.scene.control.ScrollPane pane = new javafx.scene.control.ScrollPane(grid);
        pane.setFitToWidth(true);
        pane.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        pane.setPrefViewportWidth(680);
        pane.setPrefViewportHeight(560);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return pane;
    }
}
