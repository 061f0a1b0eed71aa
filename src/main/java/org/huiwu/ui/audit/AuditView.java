// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.audit;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

import org.huiwu.ui.common.ViewSupport;

/** The audit area: filters over the trail's table, and a check of the chain and its anchors. */
public final class AuditView {

    private final AuditViewModel viewModel;

    @FXML
    private ComboBox<Object> userBox;
    @FXML
    private ComboBox<Object> actionBox;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private TextField textField;
    @FXML
    private Button clearButton;
    @FXML
    private Label countLabel;
    @FXML
    private TableView<AuditRow> table;
    @FXML
    private TableColumn<AuditRow, String> timeColumn;
    @FXML
    private TableColumn<AuditRow, String> userColumn;
    @FXML
    private TableColumn<AuditRow, String> roleColumn;
    @FXML
    private TableColumn<AuditRow, String> actionColumn;
    @FXML
    private TableColumn<AuditRow, String> subjectColumn;
    @FXML
    private TableColumn<AuditRow, String> detailColumn;
    @FXML
    private Button verifyButton;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label verdictLabel;
    @FXML
    private ListView<String> checkList;

    public AuditView(AuditViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bind(userBox, viewModel.users(), viewModel.userProperty());
        bind(actionBox, viewModel.actions(), viewModel.actionProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        textField.textProperty().bindBidirectional(viewModel.textProperty());
        clearButton.setOnAction(event -> viewModel.clearFilters());
        countLabel.textProperty().bind(viewModel.countProperty());

        column(timeColumn, AuditRow::time);
        column(userColumn, AuditRow::user);
        column(roleColumn, AuditRow::role);
        column(actionColumn, AuditRow::action);
        column(subjectColumn, AuditRow::subject);
        subjectColumn.setCellFactory(column -> new SubjectCell());
        column(detailColumn, AuditRow::detail);
        table.setItems(viewModel.rows());

        verifyButton.disableProperty().bind(viewModel.verifyingProperty());
        verifyButton.setOnAction(event -> viewModel.verify());
        busy.visibleProperty().bind(viewModel.verifyingProperty());
        verdictLabel.textProperty().bind(viewModel.verdictProperty());
        viewModel.intactProperty().addListener((obs, old, now) -> {
            verdictLabel.getStyleClass().removeAll("audit-intact", "audit-broken");
            if (now != null) {
                verdictLabel.getStyleClass().add(now ? "audit-intact" : "audit-broken");
            }
        });
        checkList.setItems(viewModel.checks());
    }

    private static void column(TableColumn<AuditRow, String> column, Function<AuditRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** The subject by its name, and as stored in a tooltip: the exact reference a script or the CLI prints. */
    private static final class SubjectCell extends TableCell<AuditRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            AuditRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : item);
            setTooltip(row == null || row.rawSubject().equals(item) ? null
                    : new Tooltip(item + "\n" + row.rawSubject()));
        }
    }

    /** The view does not need to know what a filter's values are: a list of choices, one chosen. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bind(ComboBox box, List choices, ObjectProperty value) {
        box.getItems().setAll(choices);
        box.valueProperty().bindBidirectional(value);
    }
}
