// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Side;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewSupport;

/**
 * Adds or changes one agenda item: a thin dialog over {@link AgendaItemEditorViewModel}. Chinese on the left,
 * Russian on the right, in columns of the same width; the tags of Art. 2 and Art. 4 below. Save stays in the
 * dialog while the item cannot be saved, so nothing typed is lost.
 */
final class AgendaItemDialog extends Dialog<ButtonType> {

    private final AgendaItemEditorViewModel viewModel;
    private final Messages messages;
    private final GridPane form = new GridPane();
    private int row;

    AgendaItemDialog(AgendaItemEditorViewModel viewModel, ViewSupport support, Node owner) {
        this.viewModel = viewModel;
        this.messages = support.messages();
        initOwner(owner.getScene() != null ? owner.getScene().getWindow() : support.window());
        setTitle(viewModel.heading());
        setResizable(true);
        getDialogPane().setId("agenda-editor");
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("agenda-editor-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!viewModel.save()) {
                event.consume();
            }
        });

        form.getStyleClass().add("editor-form");
        ColumnConstraints labels = new ColumnConstraints();
        form.getColumnConstraints().setAll(labels, half(), half());
        form.add(heading("agenda.editor.chinese"), 1, row);
        form.add(heading("agenda.editor.russian"), 2, row++);
        TextField titleZh = field(new TextField(), "agenda-editor-title-zh", viewModel.title().zhProperty());
        TextField titleRu = field(new TextField(), "agenda-editor-title-ru", viewModel.title().ruProperty());
        addRow("agenda.editor.itemTitle", titleZh, titleRu);
        form.add(RecordControls.note("agenda-editor-title-error", viewModel.title().error(), "field-error"),
                1, row++, 2, 1);
        form.add(RecordControls.note("agenda-editor-title-warning", viewModel.title().warning(), "record-warning"),
                1, row++, 2, 1);
        TextArea noteZh = field(new TextArea(), "agenda-editor-note-zh", viewModel.noteZhProperty());
        TextArea noteRu = field(new TextArea(), "agenda-editor-note-ru", viewModel.noteRuProperty());
        for (TextArea area : new TextArea[] {noteZh, noteRu}) {
            area.setPrefRowCount(3);
            area.setWrapText(true);
            RecordControls.tabLeaves(area);
        }
        addRow("agenda.editor.note", noteZh, noteRu);
        form.add(FindingsBox.of(viewModel.findings(), support, "agenda-editor-finding"), 1, row++, 2, 1);

        TextField minutes = field(new TextField(), "agenda-editor-minutes", viewModel.plannedMinutesProperty());
        minutes.setPrefColumnCount(4);
        ComboBox<Side> side = RecordControls.choice("agenda-editor-proposed-by", viewModel.sides(),
                RecordControls.converter(viewModel::sideText));
        side.valueProperty().bindBidirectional(viewModel.proposedByProperty());
        Label minutesLabel = label("agenda.editor.minutes", minutes);
        Label sideLabel = label("agenda.editor.proposedBy", side);
        form.add(minutesLabel, 0, row);
        form.add(new HBox(8, minutes, RecordControls.note("agenda-editor-minutes-error", viewModel.minutesError(),
                "field-error")), 1, row);
        HBox proposed = new HBox(8, sideLabel, side);
        proposed.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.add(proposed, 2, row++);

        VBox areas = new VBox(4, heading("agenda.editor.areas"));
        for (CooperationArea area : viewModel.areas()) {
            areas.getChildren().add(check("agenda-editor-area-" + area.item(), viewModel.tagText(area),
                    viewModel.areaProperty(area)));
        }
        VBox categories = new VBox(4, heading("agenda.editor.categories"));
        for (InformationCategory category : viewModel.categories()) {
            categories.getChildren().add(check("agenda-editor-category-" + category.item(),
                    viewModel.tagText(category), viewModel.categoryProperty(category)));
        }
        form.add(areas, 1, row);
        form.add(categories, 2, row++);

        VBox content = new VBox(10, form);
        if (!viewModel.reviewNote().isEmpty()) {
            content.getChildren().add(RecordControls.wrapped(viewModel.reviewNote(), "muted"));
        }
        Label problems = new Label();
        problems.setId("agenda-editor-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.textProperty().bind(viewModel.problemText());
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        content.getChildren().add(problems);
        content.setPadding(new javafx.geometry.Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(900);
        getDialogPane().getStylesheets().add(RecordControls.CSS);
        Themes.style(getDialogPane().getScene());
        setOnShown(event -> Platform.runLater(titleZh::requestFocus));
    }

    private void addRow(String labelKey, Node zh, Node ru) {
        form.add(label(labelKey, zh), 0, row);
        form.add(zh, 1, row);
        form.add(ru, 2, row++);
    }

    private static <T extends TextInputControl> T field(T field, String id, StringProperty text) {
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(value);
        return box;
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
        ColumnConstraints column = new ColumnConstraints(220, 360, Double.MAX_VALUE);
        column.setHgrow(Priority.ALWAYS);
        column.setPercentWidth(45);
        return column;
    }
}
