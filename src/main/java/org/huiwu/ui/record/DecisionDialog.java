// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewSupport;

/**
 * Adds or changes one decision or action item: a thin dialog over {@link DecisionEditorViewModel}, the Chinese
 * text on the left and the Russian on the right in columns of the same width. Save stays in the dialog while the
 * decision cannot be saved, so nothing typed is lost.
 */
final class DecisionDialog extends Dialog<ButtonType> {

    private final Messages messages;

    DecisionDialog(DecisionEditorViewModel viewModel, ViewSupport support, Node owner) {
        this.messages = support.messages();
        initOwner(owner.getScene() != null ? owner.getScene().getWindow() : support.window());
        setTitle(viewModel.heading());
        setResizable(true);
        getDialogPane().setId("decision-editor");
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("decision-editor-save");

        ComboBox<DecisionKind> kind = RecordControls.choice("decision-editor-kind", viewModel.kinds(),
                RecordControls.converter(viewModel::name));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        ComboBox<Responsibility> responsible = RecordControls.choice("decision-editor-responsible",
                viewModel.responsibilities(), RecordControls.converter(viewModel::name));
        responsible.valueProperty().bindBidirectional(viewModel.responsibleProperty());
        ComboBox<DecisionStatus> status = RecordControls.choice("decision-editor-status", viewModel.statuses(),
                RecordControls.converter(viewModel::name));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        DatePicker due = datePicker();
        due.valueProperty().bindBidirectional(viewModel.dueProperty());
        TextArea textZh = text("decision-editor-text-zh", viewModel.text().zhProperty());
        TextArea textRu = text("decision-editor-text-ru", viewModel.text().ruProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("editor-form");
        form.getColumnConstraints().setAll(new ColumnConstraints(), half(), half());
        int row = 0;
        form.add(label("decisions.editor.kind", kind), 0, row);
        form.add(kind, 1, row++);
        form.add(heading("decisions.editor.chinese"), 1, row);
        form.add(heading("decisions.editor.russian"), 2, row++);
        form.add(label("decisions.editor.text", textZh), 0, row);
        form.add(textZh, 1, row);
        form.add(textRu, 2, row++);
        form.add(RecordControls.note("decision-editor-text-error", viewModel.text().error(), "field-error"),
                1, row++, 2, 1);
        form.add(RecordControls.note("decision-editor-text-warning", viewModel.text().warning(), "record-warning"),
                1, row++, 2, 1);
        form.add(FindingsBox.of(viewModel.findings(), support, "decision-editor-finding"), 1, row++, 2, 1);
        form.add(label("decisions.editor.responsible", responsible), 0, row);
        form.add(responsible, 1, row++);
        form.add(label("decisions.editor.due", due), 0, row);
        form.add(due, 1, row++);
        form.add(RecordControls.note("decision-editor-due-warning", viewModel.dueWarning(), "record-warning"),
                1, row++, 2, 1);
        form.add(label("decisions.editor.status", status), 0, row);
        form.add(status, 1, row++);

        Label problems = new Label();
        problems.setId("decision-editor-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.textProperty().bind(viewModel.problemText());
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());

        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            commit(due);
            if (!viewModel.save()) {
                event.consume();
            }
        });
        VBox content = new VBox(10, form, problems);
        content.setPadding(new javafx.geometry.Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(860);
        getDialogPane().getStylesheets().add(RecordControls.CSS);
        Themes.style(getDialogPane().getScene());
        setOnShown(event -> Platform.runLater(textZh::requestFocus));
    }

    /** A date typed but not yet confirmed with Enter counts as chosen when the user saves. */
    private static void commit(DatePicker picker) {
        String typed = picker.getEditor().getText();
        try {
            picker.setValue(typed == null || typed.isBlank() ? null : picker.getConverter().fromString(typed));
        } catch (RuntimeException unreadable) {
            picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
        }
    }

    /** Dates typed and shown as the UI language writes them. */
    private DatePicker datePicker() {
        DatePicker picker = new DatePicker();
        picker.setId("decision-editor-due");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(messages.locale());
        picker.setConverter(new LocalDateStringConverter(format, format));
        picker.setPromptText(format.format(LocalDate.of(2026, 12, 31)));
        return picker;
    }

    private static TextArea text(String id, javafx.beans.property.StringProperty value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.textProperty().bindBidirectional(value);
        RecordControls.tabLeaves(area);
        return area;
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
        return label;
    }

    private static ColumnConstraints half() {
        ColumnConstraints column = new ColumnConstraints(220, 340, Double.MAX_VALUE);
        column.setHgrow(Priority.ALWAYS);
        column.setPercentWidth(45);
        return column;
    }
}
