// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.ViewSupport;

/** Adds or edits a term: Chinese forms, Russian forms (';'-separated, preferred first) and a note. */
final class TermEditorDialog extends Dialog<ButtonType> {

    TermEditorDialog(TermEditorViewModel editor, ViewSupport support) {
        Messages messages = support.messages();
        initOwner(support.window());
        setTitle(editor.title());
        setHeaderText(messages.get("terms.dialog.hint"));
        TextField zh = new TextField();
        zh.setId("term-zh");
        zh.textProperty().bindBidirectional(editor.zhProperty());
        TextField ru = new TextField();
        ru.setId("term-ru");
        ru.textProperty().bindBidirectional(editor.ruProperty());
        TextArea note = new TextArea();
        note.setId("term-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(editor.noteProperty());
        Label zhError = error(editor.zhError());
        Label ruError = error(editor.ruError());
        Label problem = error(editor.problemProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("terms.column.zh")), zh);
        grid.add(zhError, 1, 1);
        grid.addRow(2, new Label(messages.get("terms.column.ru")), ru);
        grid.add(ruError, 1, 3);
        grid.addRow(4, new Label(messages.get("terms.column.note")), note);
        grid.add(problem, 0, 5, 2, 1);
        zh.setPrefColumnCount(40);
        getDialogPane().setContent(grid);

        ButtonType save = new ButtonType(messages.get("registers.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("registers.dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(editor.valid().not());
        // The dialog stays open when the save is refused, with what was typed.
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!editor.save()) {
                event.consume();
            }
        });
        setOnShown(event -> zh.requestFocus());
    }

    private static Label error(javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
