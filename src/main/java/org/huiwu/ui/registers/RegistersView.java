// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.huiwu.ui.common.ViewSupport;

/**
 * The "People and places" area: two tabs, each a register table with Add and Edit. Ctrl+N adds to the register
 * shown, Ctrl+F goes to the people filter, Enter or a double click edits the row.
 */
public final class RegistersView {

    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final RegistersViewModel viewModel;
    private final ViewSupport support;
    private final Runnable addShortcut = this::addToShownRegister;
    private final Runnable findShortcut = this::focusFilter;

    @FXML
    private Parent root;
    @FXML
    private Label problem;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab peopleTab;
    @FXML
    private TextField peopleFilter;
    @FXML
    private Button peopleAdd;
    @FXML
    private Button peopleEdit;
    @FXML
    private TableView<PersonRow> peopleTable;
    @FXML
    private TableColumn<PersonRow, String> personSide;
    @FXML
    private TableColumn<PersonRow, String> personNameZh;
    @FXML
    private TableColumn<PersonRow, String> personNameRu;
    @FXML
    private TableColumn<PersonRow, String> personRank;
    @FXML
    private TableColumn<PersonRow, String> personPost;
    @FXML
    private Button placesAdd;
    @FXML
    private Button placesEdit;
    @FXML
    private TableView<PlaceRow> placesTable;
    @FXML
    private TableColumn<PlaceRow, String> placeKind;
    @FXML
    private TableColumn<PlaceRow, String> placeSide;
    @FXML
    private TableColumn<PlaceRow, String> placeNameZh;
    @FXML
    private TableColumn<PlaceRow, String> placeNameRu;
    @FXML
    private TableColumn<PlaceRow, String> placeZone;

    private final TermbaseViewModel termbase;
    private final Art4ViewModel art4;

    public RegistersView(RegistersViewModel viewModel, ViewSupport support) {
        this(viewModel, null, support);
    }

    /** With the termbase as a third tab (none when {@code termbase} is null). */
    public RegistersView(RegistersViewModel viewModel, TermbaseViewModel termbase, ViewSupport support) {
        this(viewModel, termbase, null, support);
    }

    /** With the termbase and the Art. 4 registers as further tabs (each absent when null). */
    public RegistersView(RegistersViewModel viewModel, TermbaseViewModel termbase, Art4ViewModel art4,
                         ViewSupport support) {
        this.viewModel = viewModel;
        this.termbase = termbase;
        this.art4 = art4;
        this.support = support;
    }

    @FXML
    private void initialize() {
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        column(personSide, PersonRow::side);
        column(personNameZh, PersonRow::nameZh);
        column(personNameRu, PersonRow::nameRu);
        column(personRank, PersonRow::rank);
        column(personPost, PersonRow::post);
        peopleFilter.textProperty().bindBidirectional(viewModel.peopleFilterProperty());
        Label peoplePlaceholder = new Label();
        peoplePlaceholder.textProperty().bind(viewModel.peoplePlaceholder());
        table(peopleTable, viewModel.people(), viewModel.selectedPersonProperty(), peoplePlaceholder,
                this::editPerson);
        peopleEdit.disableProperty().bind(viewModel.personSelected().not());
        peopleAdd.setOnAction(event -> addPerson());
        peopleEdit.setOnAction(event -> editPerson());
        tooltip(peopleAdd, ADD);

        column(placeKind, PlaceRow::kind);
        column(placeSide, PlaceRow::side);
        column(placeNameZh, PlaceRow::nameZh);
        column(placeNameRu, PlaceRow::nameRu);
        column(placeZone, PlaceRow::zone);
        table(placesTable, viewModel.places(), viewModel.selectedPlaceProperty(),
                new Label(viewModel.placesPlaceholder()), this::editPlace);
        placesEdit.disableProperty().bind(viewModel.placeSelected().not());
        placesAdd.setOnAction(event -> addPlace());
        placesEdit.setOnAction(event -> editPlace());
        tooltip(placesAdd, ADD);

        // The shortcuts live on the window's scene only while this area is the one shown.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(ADD, addShortcut);
                old.getAccelerators().remove(FIND, findShortcut);
            }
            if (scene != null) {
                shortcuts(scene);
            }
        });
        if (root.getScene() != null) {
            shortcuts(root.getScene());
        }
        viewModel.load();
        if (termbase != null) {
            Tab terms = new Tab(support.messages().get("terms.tab"), new TermbasePane(termbase, support));
            terms.setId("registers-terms-tab");
            terms.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2b-book-alphabet"));
            tabs.getTabs().add(terms);
        }
        if (art4 != null) {
            Tab confidential = new Tab(support.messages().get("art4.tab"), new Art4Pane(art4, support));
            confidential.setId("registers-art4-tab");
            confidential.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2s-shield-lock"));
            tabs.getTabs().add(confidential);
        }
    }

    private void addPerson() {
        new PersonEditorDialog(viewModel.addPerson(), support).showAndWait();
        peopleTable.requestFocus();
    }

    private void editPerson() {
        viewModel.editSelectedPerson().ifPresent(editor -> new PersonEditorDialog(editor, support).showAndWait());
        peopleTable.requestFocus();
    }

    private void addPlace() {
        new PlaceEditorDialog(viewModel.addPlace(), support).showAndWait();
        placesTable.requestFocus();
    }

    private void editPlace() {
        viewModel.editSelectedPlace().ifPresent(editor -> new PlaceEditorDialog(editor, support).showAndWait());
        placesTable.requestFocus();
    }

    private void addToShownRegister() {
        if (tabs.getSelectionModel().getSelectedItem() == peopleTab) {
            addPerson();
        } else {
            addPlace();
        }
    }

    private void focusFilter() {
        tabs.getSelectionModel().select(peopleTab);
        peopleFilter.requestFocus();
        peopleFilter.selectAll();
    }

    private void shortcuts(Scene scene) {
        scene.getAccelerators().put(ADD, addShortcut);
        scene.getAccelerators().put(FIND, findShortcut);
    }

    private void tooltip(Button button, KeyCombination shortcut) {
        button.setTooltip(new Tooltip(button.getText() + "  (" + shortcut.getDisplayText() + ")"));
    }

    /** Sortable rows kept in step with the model's selection both ways; Enter or a double click edits. */
    private static <R> void table(TableView<R> table, ObservableList<R> rows, ObjectProperty<R> selected,
            Label placeholder, Runnable edit) {
        SortedList<R> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> selected.set(now));
        selected.addListener((obs, old, now) -> select(table, now));
        select(table, selected.get());
        table.setRowFactory(view -> {
            TableRow<R> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    edit.run();
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                event.consume();
                edit.run();
            }
        });
    }

    private static <R> void select(TableView<R> table, R row) {
        if (row == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != row) {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        }
    }

    private static <R> void column(TableColumn<R, String> column, Function<R, String> text) {
        column.setCellValueFactory(cell -> text(text.apply(cell.getValue())));
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }
}
