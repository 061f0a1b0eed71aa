// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import static org.huiwu.ui.record.RecordControls.chip;
import static org.huiwu.ui.record.RecordControls.wrapped;

import javafx.scene.Node;
import javafx.scene.control.Button;
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
import javafx.scene.layout.VBox;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.record.RecordControls;

/**
 * All private notes, a thin view over {@link NotesViewModel}: a filter, the notes most recently changed first;
 * Enter or a double click opens a note's meeting in review mode at what it is written on.
 */
public final class NotesPane {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.ENTER);

    private final NotesViewModel viewModel;
    private final VBox root = new VBox();

    public NotesPane(NotesViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        var messages = support.messages();
        root.setId("notes-pane");
        root.getStyleClass().add("record-pane");
        root.getStylesheets().add(RecordControls.CSS);

        TextField filter = new TextField();
        filter.setId("notes-filter");
        filter.setPromptText(messages.get("notes.filter.prompt"));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button open = RecordControls.button("notes-open", messages.get("notes.action.open"), "mdi2o-open-in-new",
                OPEN);
        open.disableProperty().bind(viewModel.selectedProperty().isNull());
        open.setOnAction(event -> viewModel.openSelected());
        HBox toolbar = new HBox(filter, open);
        toolbar.getStyleClass().add("record-toolbar");

        ListView<NotesViewModel.NoteLine> list = new ListView<>(viewModel.notes());
        list.setId("notes-list");
        list.getStyleClass().add("record-list");
        list.setPlaceholder(RecordControls.placeholder(messages.get("notes.empty")));
        list.setCellFactory(view -> new NoteCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedProperty().set(now));
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (OPEN.match(event) && viewModel.openSelected()) {
                event.consume();
            }
        });
        Label summary = RecordControls.note("notes-summary", viewModel.summaryProperty(), "record-notice");
        Label privacyLine = wrapped(viewModel.privacy(), "record-notice");
        privacyLine.setId("notes-privacy");
        root.getChildren().setAll(privacyLine, toolbar, list, summary);
        viewModel.onProblem(problem -> RecordControls.report(support, root, problem));
    }

    /** Reads the notes again (they change in review mode). */
    public void reload() {
        viewModel.reload();
    }

    public Node root() {
        return root;
    }

    /** One note: what it is on and when it changed, the meeting, its text. */
    private final class NoteCell extends ListCell<NotesViewModel.NoteLine> {

        NoteCell() {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()) {
                    viewModel.openSelected();
                }
            });
        }

        @Override
        protected void updateItem(NotesViewModel.NoteLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            FlowPane meta = RecordControls.chips(this);
            meta.getChildren().addAll(chip(line.about(), "carried"), chip(line.changed(), "tag"));
            VBox card = new VBox(4, meta, wrapped(line.meeting(), "muted"), wrapped(line.text()));
            RecordControls.fitToList(this, card);
            setGraphic(card);
        }
    }
}
