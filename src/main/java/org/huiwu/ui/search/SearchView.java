// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.search;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.huiwu.ui.common.ViewSupport;

/** The search area: the field, the filters, the index's progress while it catches up, the hits in both languages. */
public final class SearchView {

    private final SearchViewModel viewModel;

    @FXML
    private TextField queryField;
    @FXML
    private ComboBox<Choice<?>> orderBox;
    @FXML
    private ComboBox<Choice<?>> levelBox;
    @FXML
    private ComboBox<Choice<?>> placeBox;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private ComboBox<Choice<?>> areaBox;
    @FXML
    private ComboBox<Choice<?>> categoryBox;
    @FXML
    private ComboBox<Choice<?>> stateBox;
    @FXML
    private Button clearButton;
    @FXML
    private HBox progressBox;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label progressLabel;
    @FXML
    private Label summary;
    @FXML
    private ListView<SearchRow> results;
    @FXML
    private Button openButton;

    public SearchView(SearchViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        queryField.textProperty().bindBidirectional(viewModel.queryProperty());
        bind(orderBox, viewModel.orders(), viewModel.orderProperty());
        bind(levelBox, viewModel.levels(), viewModel.levelProperty());
        bind(placeBox, viewModel.places(), viewModel.placeProperty());
        bind(areaBox, viewModel.areas(), viewModel.areaProperty());
        bind(categoryBox, viewModel.categories(), viewModel.categoryProperty());
        bind(stateBox, viewModel.states(), viewModel.stateProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        clearButton.setOnAction(event -> viewModel.clearFilters());

        progressBox.visibleProperty().bind(viewModel.indexingProperty());
        progressBox.managedProperty().bind(viewModel.indexingProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        summary.textProperty().bind(viewModel.summaryProperty());

        results.setItems(viewModel.rows());
        results.setCellFactory(list -> new HitCell());
        results.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, row) -> viewModel.selectedProperty().set(row));
        results.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewModel.openSelected();
            }
        });
        results.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openSelected();
            }
        });
        queryField.setOnKeyPressed(event -> {
            // Down from the field goes to the hits, so the keyboard alone finds and opens one.
            if (event.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });
        openButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        openButton.setOnAction(event -> viewModel.openSelected());
    }

    /** The view does not need to know what a filter's values are: a list of choices, one chosen. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bind(ComboBox box, List choices, ObjectProperty value) {
        box.getItems().setAll(choices);
        box.valueProperty().bindBidirectional(value);
    }

    /** The texts with their matches as bold, highlighted runs. */
    private static TextFlow flow(List<TextRun> runs, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (TextRun run : runs) {
            Text text = new Text(run.text());
            if (run.match()) {
                text.getStyleClass().add("search-match");
            }
            flow.getChildren().add(text);
        }
        return flow;
    }

    private static final class HitCell extends ListCell<SearchRow> {
        @Override
        protected void updateItem(SearchRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label heading = new Label(row.heading());
            heading.getStyleClass().add("search-hit-heading");
            Node zh = flow(row.zh(), "search-hit-zh");
            Node ru = flow(row.ru(), "search-hit-ru");
            VBox box = new VBox(4, heading, zh, ru);
            box.getStyleClass().add("search-hit");
            // Wrap within the list's width instead of widening it.
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            box.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            setText(null);
            setGraphic(box);
        }
    }
}
