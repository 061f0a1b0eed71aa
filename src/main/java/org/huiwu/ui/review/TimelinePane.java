// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import static org.huiwu.ui.record.RecordControls.chip;
import static org.huiwu.ui.record.RecordControls.wrapped;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.record.RecordControls;

/**
 * The timeline tab, a thin view over {@link TimelineViewModel}: choose a place, area, category or term, show its
 * entries oldest first with both texts; Enter or a double click opens an entry in review mode.
 */
public final class TimelinePane {

    static final KeyCombination SHOW = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.ENTER);

    private final TimelineViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox();

    public TimelinePane(TimelineViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.messages = support.messages();
        root.setId("timeline-pane");
        root.getStyleClass().add("record-pane");
        root.getStylesheets().add(RecordControls.CSS);

        ComboBox<TimelineViewModel.SubjectKind> kind = new ComboBox<>();
        kind.setId("timeline-kind");
        kind.getItems().setAll(TimelineViewModel.SubjectKind.values());
        kind.setConverter(RecordControls.converter(viewModel::nameOf));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label kindLabel = new Label(messages.get("timeline.kind.label"));
        kindLabel.setLabelFor(kind);
        kindLabel.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<TimelineViewModel.Option> subject = new ComboBox<>(viewModel.options());
        subject.setId("timeline-subject");
        subject.valueProperty().bindBidirectional(viewModel.optionProperty());
        subject.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(subject, Priority.ALWAYS);
        TextField term = new TextField();
        term.setId("timeline-term");
        term.setPromptText(messages.get("timeline.term.prompt"));
        term.textProperty().bindBidirectional(viewModel.termProperty());
        HBox.setHgrow(term, Priority.ALWAYS);
        term.setOnAction(event -> viewModel.show());
        // The term field stands where the list of places, areas or categories does.
        var isTerm = viewModel.kindProperty().isEqualTo(TimelineViewModel.SubjectKind.TERM);
        term.visibleProperty().bind(isTerm);
        term.managedProperty().bind(isTerm);
        subject.visibleProperty().bind(isTerm.not());
        subject.managedProperty().bind(isTerm.not());
        Button show = RecordControls.button("timeline-show", messages.get("timeline.action.show"),
                "mdi2t-timeline-text-outline", SHOW);
        show.disableProperty().bind(viewModel.canShowProperty().not());
        show.setOnAction(event -> viewModel.show());
        HBox toolbar = new HBox(kindLabel, kind, subject, term, show);
        toolbar.getStyleClass().add("record-toolbar");

        ListView<TimelineViewModel.EntryLine> list = new ListView<>(viewModel.entries());
        list.setId("timeline-entries");
        list.getStyleClass().add("record-list");
        list.setPlaceholder(RecordControls.placeholder(messages.get("timeline.empty")));
        list.setCellFactory(view -> new EntryCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedProperty().set(now));
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (OPEN.match(event) && viewModel.openSelected()) {
                event.consume();
            }
        });
        Button open = RecordControls.button("timeline-open", messages.get("timeline.action.open"),
                "mdi2o-open-in-new", OPEN);
        open.disableProperty().bind(viewModel.selectedProperty().isNull());
        open.setOnAction(event -> viewModel.openSelected());
        Label summary = RecordControls.note("timeline-summary", viewModel.summaryProperty(), "record-notice");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(summary, spacer, open);
        bottom.getStyleClass().add("record-toolbar");
        root.getChildren().setAll(toolbar, list, bottom);

        Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
        shortcuts.put(SHOW, viewModel::show);
        RecordControls.shortcuts(root, shortcuts);
        viewModel.onProblem(problem -> RecordControls.report(support, root, problem));
    }

    public Node root() {
        return root;
    }

    /** One entry: date, meeting, what it is, a decision's status; then the Chinese and Russian texts. */
    private final class EntryCell extends ListCell<TimelineViewModel.EntryLine> {

        EntryCell() {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()) {
                    viewModel.openSelected();
                }
            });
        }

        @Override
        protected void updateItem(TimelineViewModel.EntryLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            FlowPane meta = RecordControls.chips(this);
            meta.getChildren().addAll(chip(line.date(), "tag"), chip(line.kind(), "carried"));
            if (!line.status().isEmpty()) {
                meta.getChildren().add(chip(line.status(), "open"));
            }
            VBox card = new VBox(4, meta, wrapped(line.meeting(), "muted"),
                    RecordControls.sideBySide(wrapped(line.zh()), wrapped(line.ru())));
            RecordControls.fitToList(this, card);
            setGraphic(card);
        }
    }
}
