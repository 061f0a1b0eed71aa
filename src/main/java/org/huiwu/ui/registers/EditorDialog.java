// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.List;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.Dialogs;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame of the register editors: a form with a Chinese and a Russian column of equal width (or a form of the
 * editor's own), the archive's objections below it, and a Save button that stays disabled while the form is
 * incomplete. A refused save keeps the dialog open with everything as typed.
 */
abstract class EditorDialog<T> extends Dialog<T> {

    private static final Logger LOG = LoggerFactory.getLogger(EditorDialog.class);

    private final RecordEditorViewModel<T> viewModel;
    private final Messages messages;
    private final GridPane form = new GridPane();
    private final VBox content;
    private int row;

    EditorDialog(RecordEditorViewModel<T> viewModel, String title, String paneId, ViewSupport support) {
        this.viewModel = viewModel;
        this.messages = support.messages();
        initOwner(support.window());
        setTitle(title);
        setResizable(true);
        getDialogPane().setId(paneId);

        ButtonType save = new ButtonType(messages.get("registers.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("registers.dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId(paneId + "-save");
        saveButton.disableProperty().bind(viewModel.valid().not());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!trySave()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == save ? viewModel.savedProperty().get() : null);

        form.getStyleClass().add("editor-form");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints zh = textColumn();
        ColumnConstraints ru = textColumn();
        form.getColumnConstraints().setAll(labels, zh, ru);
        form.add(heading("registers.language.zh"), 1, row);
        form.add(heading("registers.language.ru"), 2, row);
        row++;

        Label problems = new Label();
        problems.setId(paneId + "-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.textProperty().bind(viewModel.problemText());
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());

        content = new VBox(12, form, problems);
        getDialogPane().setContent(content);
        Themes.style(getDialogPane().getScene());
    }

    /** Puts a form of the editor's own where the two language columns would be, e.g. the Art. 4 registers'. */
    protected void setForm(Node own) {
        content.getChildren().set(0, own);
    }

    /** A row with one control across both language columns, e.g. the side. */
    protected <V> ComboBox<V> choiceRow(String labelKey, String id, List<V> items, ObjectProperty<V> value,
            Function<V, String> text) {
        ComboBox<V> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(V item) {
                return text.apply(item);
            }

            @Override
            public V fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        Label label = label(labelKey, box);
        form.add(label, 0, row);
        form.add(box, 1, row, 2, 1);
        row++;
        return box;
    }

    /** A row with the Chinese text on the left and the Russian on the right, as equals. */
    protected TextField[] pairRow(String labelKey, String idPrefix, StringProperty zhText, StringProperty ruText) {
        TextField zh = textField(idPrefix + "-zh", zhText);
        TextField ru = textField(idPrefix + "-ru", ruText);
        form.add(label(labelKey, zh), 0, row);
        form.add(zh, 1, row);
        form.add(ru, 2, row);
        row++;
        return new TextField[] {zh, ru};
    }

    /** A required pair: a prompt says so, and the error of each side shows beneath it. */
    protected TextField[] requiredPairRow(String labelKey, String idPrefix, StringProperty zhText,
            StringProperty ruText, StringBinding zhError, StringBinding ruError) {
        TextField[] fields = pairRow(labelKey, idPrefix, zhText, ruText);
        for (TextField field : fields) {
            field.setPromptText(messages.get("registers.field.required"));
            field.focusedProperty().addListener((obs, was, now) -> {
                if (was && !now) {
                    viewModel.revealFieldErrors();
                }
            });
        }
        form.add(error(idPrefix + "-zh-error", zhError), 1, row);
        form.add(error(idPrefix + "-ru-error", ruError), 2, row);
        row++;
        return fields;
    }

    /** Puts the caret in the given field once the dialog is shown. */
    protected void focusOnShow(Node node) {
        setOnShown(event -> Platform.runLater(node::requestFocus));
    }

    private boolean trySave() {
        try {
            return viewModel.save();
        } catch (RuntimeException e) {
            // Not a refusal the model knows how to word: report it, keep the dialog and what was typed.
            LOG.error("Saving a register entry failed", e);
            Dialogs.error(getDialogPane().getScene().getWindow(), messages,
                    messages.get("registers.error.saveFailed"), messages.get("registers.error.saveFailed.details"));
            return false;
        }
    }

    private TextField textField(String id, StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    private Label label(String key, Node target) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(target);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("editor-column-heading");
        GridPane.setHalignment(label, HPos.LEFT);
        return label;
    }

    private static Label error(String id, StringBinding text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private static ColumnConstraints textColumn() {
        ColumnConstraints column = new ColumnConstraints(200, 280, Double.MAX_VALUE);
        column.setHgrow(Priority.ALWAYS);
        return column;
    }
}
