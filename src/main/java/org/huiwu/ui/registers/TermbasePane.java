// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.io.File;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.huiwu.i18n.Messages;
import org.huiwu.service.parity.TermFile;
import org.huiwu.ui.common.Dialogs;
import org.huiwu.ui.common.ViewSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/** The termbase tab: filter, Add, Edit, Delete, Import…, Export…, and the table. Thin: the model does the work. */
final class TermbasePane extends VBox {

    private final TermbaseViewModel viewModel;
    private final ViewSupport support;
    private final TableView<TermRow> table = new TableView<>();

    TermbasePane(TermbaseViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.support = support;
        Messages messages = support.messages();
        setSpacing(8);
        getStyleClass().add("register-page");
        setId("termbase");

        TextField filter = new TextField();
        filter.setId("terms-filter");
        filter.setPromptText(messages.get("terms.filter.prompt"));
        filter.setMaxWidth(480);
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button add = button("terms-add", messages.get("terms.add"), "mdi2p-plus");
        Button edit = button("terms-edit", messages.get("registers.edit"), "mdi2p-pencil");
        Button delete = button("terms-delete", messages.get("terms.delete"), "mdi2d-delete");
        Button importButton = button("terms-import", messages.get("terms.import"), "mdi2f-file-import");
        Button exportButton = button("terms-export", messages.get("terms.export"), "mdi2f-file-export");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(8, filter, gap, add, edit, delete, importButton, exportButton);
        toolbar.getStyleClass().add("register-toolbar");

        Label status = new Label();
        status.setId("terms-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        table.setId("terms-table");
        table.getColumns().add(column(messages.get("terms.column.zh"), TermRow::zh, 240));
        table.getColumns().add(column(messages.get("terms.column.ru"), TermRow::ru, 320));
        table.getColumns().add(column(messages.get("terms.column.note"), TermRow::note, 260));
        table.getColumns().add(column(messages.get("terms.column.origin"), TermRow::origin, 140));
        SortedList<TermRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholder());
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        table.setRowFactory(view -> {
            TableRow<TermRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && viewModel.selectedProperty().get() != null) {
                event.consume();
                edit();
            } else if (event.getCode() == KeyCode.DELETE && viewModel.selectedProperty().get() != null) {
                event.consume();
                delete();
            }
        });
        setVgrow(table, Priority.ALWAYS);

        edit.disableProperty().bind(viewModel.termSelected().not());
        delete.disableProperty().bind(viewModel.termSelected().not());
        add.setOnAction(event -> add());
        edit.setOnAction(event -> edit());
        delete.setOnAction(event -> delete());
        importButton.setOnAction(event -> importFile());
        exportButton.setOnAction(event -> exportFile());
        getChildren().addAll(toolbar, problem, status, table);
        setPadding(new Insets(0));
        viewModel.load();
    }

    private void add() {
        new TermEditorDialog(viewModel.addTerm(), support).showAndWait();
        table.requestFocus();
    }

    private void edit() {
        viewModel.editSelected().ifPresent(editor -> new TermEditorDialog(editor, support).showAndWait());
        table.requestFocus();
    }

    private void delete() {
        if (Dialogs.confirm(support.window(), support.messages(), viewModel.deleteQuestion(), "")) {
            viewModel.deleteSelected();
        }
    }

    private void importFile() {
        File file = chooser("terms.import.title").showOpenDialog(support.window());
        if (file != null) {
            viewModel.importFile(file.toPath());
        }
    }

    private void exportFile() {
        FileChooser chooser = chooser("terms.export.title");
        chooser.setInitialFileName("termbase.tbx");
        File file = chooser.showSaveDialog(support.window());
        if (file != null) {
            viewModel.exportFile(file.toPath());
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(support.messages().get(titleKey));
        for (TermFile format : TermFile.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(viewModel.formatName(format),
                    viewModel.extensions(format)));
        }
        return chooser;
    }

    private static Button button(String id, String text, String icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        return button;
    }

    private static TableColumn<TermRow, String> column(String title, Function<TermRow, String> text, double width) {
        TableColumn<TermRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue()))
                .getReadOnlyProperty());
        return column;
    }
}
