// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import static org.huiwu.ui.record.RecordControls.chip;
import static org.huiwu.ui.record.RecordControls.wrapped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.record.RecordControls;

/**
 * Review mode for one meeting, a thin view over {@link ReviewViewModel}: the clauses of the chosen version with
 * Chinese and Russian side by side, and beside them the agenda, the decisions with their fate and the private notes.
 * Every list is read-only; the only field that takes text is the private note's.
 */
public final class ReviewPane {

    static final KeyCombination ADD_NOTE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NOTE_ON_MEETING = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REMOVE_NOTE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination RELOAD = new KeyCodeCombination(KeyCode.F5);

    private final ReviewViewModel viewModel;
    private final ViewSupport support;
    private final Messages messages;
    private final VBox root = new VBox();
    private final ListView<ReviewViewModel.PairLine> pairs = new ListView<>();
    private final ListView<ReviewViewModel.ItemLine> items = new ListView<>();
    private final ListView<ReviewViewModel.DecisionLine> decisions = new ListView<>();
    private final ListView<ReviewViewModel.NoteLine> notes = new ListView<>();
    private final TabPane sections = new TabPane();
    private final TextArea noteText = new TextArea();
    private boolean following;

    public ReviewPane(ReviewViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.support = support;
        this.messages = support.messages();
        root.setId("review-pane");
        root.getStyleClass().add("record-pane");
        root.getStylesheets().add(RecordControls.CSS);

        ComboBox<ReviewViewModel.MeetingChoice> meeting = new ComboBox<>(viewModel.meetings());
        meeting.setId("review-meeting");
        meeting.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(meeting, Priority.ALWAYS);
        meeting.valueProperty().bindBidirectional(viewModel.meetingProperty());
        Label meetingLabel = new Label(messages.get("review.meeting"));
        meetingLabel.setLabelFor(meeting);
        meetingLabel.getStyleClass().add("page-title");
        meetingLabel.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<ReviewViewModel.VersionChoice> version = new ComboBox<>(viewModel.versions());
        version.setId("review-version");
        version.valueProperty().bindBidirectional(viewModel.versionProperty());
        // Sized for "Version 12 · Final" in any language: a picker sized while still empty shows no text at all.
        version.setPrefWidth(220);
        version.setMinWidth(Region.USE_PREF_SIZE);
        Label versionLabel = new Label(messages.get("review.versionLabel"));
        versionLabel.setLabelFor(version);
        versionLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button reload = RecordControls.button("review-reload", messages.get("review.action.reload"),
                "mdi2r-refresh", RELOAD);
        reload.setOnAction(event -> reload());
        HBox top = new HBox(8, meetingLabel, meeting, versionLabel, version, reload);
        top.setAlignment(Pos.CENTER_LEFT);

        Label readOnly = chip(messages.get("review.readOnly"), "carried");
        readOnly.setId("review-readonly");
        Label summary = RecordControls.note("review-summary", viewModel.summaryProperty(), "record-notice");
        HBox state = new HBox(8, readOnly, summary);
        state.setAlignment(Pos.CENTER_LEFT);

        pairs.setItems(viewModel.pairs());
        items.setItems(viewModel.items());
        decisions.setItems(viewModel.decisions());
        notes.setItems(viewModel.notes());
        readOnlyList(pairs, "review-pairs", "review.empty.pairs", view -> new PairCell());
        VBox minutes = new VBox(4, RecordControls.languageHeadings(messages, "review.column.zh", "review.column.ru"),
                pairs);
        VBox.setVgrow(pairs, Priority.ALWAYS);

        readOnlyList(items, "review-items", "review.empty.items", view -> new ItemCell());
        readOnlyList(decisions, "review-decisions", "review.empty.decisions", view -> new DecisionCell());
        readOnlyList(notes, "review-notes", "review.empty.notes", view -> new NoteCell());
        sections.setId("review-sections");
        sections.getTabs().setAll(section("review-section-agenda", "review.section.agenda", items),
                section("review-section-decisions", "review.section.decisions", decisions),
                section("review-section-notes", "review.section.notes", notesBox()));

        SplitPane split = new SplitPane(minutes, sections);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().setAll(top, state, split);

        follow(pairs, ReviewViewModel.PairLine::uuid);
        follow(items, ReviewViewModel.ItemLine::uuid);
        follow(decisions, ReviewViewModel.DecisionLine::uuid);
        notes.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedNoteProperty().set(now));
        viewModel.focusProperty().addListener((obs, old, uuid) -> {
            if (uuid != null) {
                // After the lists were filled and laid out, so scrolling lands on the row.
                Platform.runLater(() -> reveal(uuid));
            }
        });
        Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
        shortcuts.put(RELOAD, this::reload);
        shortcuts.put(ADD_NOTE, viewModel::addNote);
        shortcuts.put(NOTE_ON_MEETING, viewModel::targetMeeting);
        RecordControls.shortcuts(root, shortcuts);
        viewModel.onProblem(problem -> RecordControls.report(support, root, problem));
    }

    private VBox notesBox() {
        Label target = new Label();
        target.setId("review-note-target");
        target.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.noteTargetProperty().get() == null ? ""
                        : messages.get("review.note.target", viewModel.noteTargetProperty().get().label()),
                viewModel.noteTargetProperty()));
        noteText.setId("review-note-text");
        noteText.setPromptText(messages.get("review.note.prompt"));
        noteText.setWrapText(true);
        noteText.setPrefRowCount(4);
        noteText.textProperty().bindBidirectional(viewModel.noteDraftProperty());
        Button add = RecordControls.button("review-note-add", messages.get("review.note.add"),
                "mdi2n-note-plus-outline", ADD_NOTE);
        add.disableProperty().bind(viewModel.canAddNoteProperty().not());
        add.setOnAction(event -> viewModel.addNote());
        Button onMeeting = RecordControls.button("review-note-meeting", messages.get("review.note.onMeetingAction"),
                null, NOTE_ON_MEETING);
        onMeeting.setOnAction(event -> viewModel.targetMeeting());
        Button remove = RecordControls.button("review-note-remove", messages.get("review.note.remove"),
                "mdi2d-delete-outline", REMOVE_NOTE);
        remove.disableProperty().bind(viewModel.selectedNoteProperty().isNull());
        remove.setOnAction(event -> removeNote());
        notes.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (REMOVE_NOTE.match(event)) {
                event.consume();
                removeNote();
            }
        });
        // Wraps rather than widening the section beyond the window in longer languages.
        FlowPane buttons = new FlowPane(6, 6, add, onMeeting, remove);
        VBox box = new VBox(6, notes, target, noteText, buttons);
        box.setMinWidth(0);
        noteText.setMinWidth(0);
        VBox.setVgrow(notes, Priority.ALWAYS);
        box.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        return box;
    }

    private void removeNote() {
        ReviewViewModel.NoteLine line = viewModel.selectedNoteProperty().get();
        if (line != null && RecordControls.confirm(support, root, messages.get("review.note.removeConfirm"),
                line.text())) {
            viewModel.removeSelectedNote();
        }
    }

    /** Opens a meeting at a pair, agenda item or decision (or at the top, for null). */
    public void open(long meetingId, UUID focus) {
        viewModel.open(meetingId, focus);
    }

    /** The meeting shown, or null while none is. */
    public Long shownMeeting() {
        ReviewViewModel.MeetingChoice choice = viewModel.meetingProperty().get();
        return choice == null ? null : choice.id();
    }

    /** Reads the meeting shown again, keeping a note being written. */
    public void reload() {
        viewModel.reload();
    }

    public Node root() {
        return root;
    }

    private <T> void readOnlyList(ListView<T> list, String id, String emptyKey,
                                  javafx.util.Callback<ListView<T>, ListCell<T>> cells) {
        list.setId(id);
        list.getStyleClass().add("record-list");
        list.setEditable(false);
        list.setPlaceholder(RecordControls.placeholder(messages.get(emptyKey)));
        list.setCellFactory(cells);
    }

    private Tab section(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** Selecting a row makes it what the next note is written on. */
    private <T> void follow(ListView<T> list, Function<T, UUID> uuid) {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !following) {
                viewModel.target(uuid.apply(now));
            }
        });
    }

    private void reveal(UUID uuid) {
        following = true;
        try {
            revealIn(pairs, ReviewViewModel.PairLine::uuid, uuid, null);
            revealIn(items, ReviewViewModel.ItemLine::uuid, uuid, sections.getTabs().get(0));
            revealIn(decisions, ReviewViewModel.DecisionLine::uuid, uuid, sections.getTabs().get(1));
        } finally {
            following = false;
        }
    }

    private <T> void revealIn(ListView<T> list, Function<T, UUID> uuid, UUID wanted, Tab tab) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (uuid.apply(list.getItems().get(i)).equals(wanted)) {
                if (tab != null) {
                    sections.getSelectionModel().select(tab);
                }
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                return;
            }
        }
    }

    private FlowPane meta(ListCell<?> cell, String number, boolean noted) {
        FlowPane meta = RecordControls.chips(cell);
        Label numberLabel = new Label(number);
        numberLabel.getStyleClass().add("record-number");
        meta.getChildren().add(numberLabel);
        if (noted) {
            meta.getChildren().add(chip(messages.get("review.noted"), "carried"));
        }
        return meta;
    }

    /** One clause: its number, then Chinese and Russian in two equal columns. */
    private final class PairCell extends ListCell<ReviewViewModel.PairLine> {
        @Override
        protected void updateItem(ReviewViewModel.PairLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            VBox card = new VBox(4, meta(this, line.number() + ".", line.noted()),
                    RecordControls.sideBySide(wrapped(line.zh()), wrapped(line.ru())));
            RecordControls.fitToList(this, card);
            setGraphic(card);
        }
    }

    private final class ItemCell extends ListCell<ReviewViewModel.ItemLine> {
        @Override
        protected void updateItem(ReviewViewModel.ItemLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            VBox card = new VBox(4, meta(this, line.number() + ".", line.noted()),
                    RecordControls.sideBySide(wrapped(line.zh(), "record-title"), wrapped(line.ru(), "record-title")));
            if (!line.tags().isEmpty()) {
                card.getChildren().add(wrapped(line.tags(), "muted"));
            }
            RecordControls.fitToList(this, card);
            setGraphic(card);
        }
    }

    /** A decision: kind, due date (overdue marked), status now; both texts; where later meetings reviewed it. */
    private final class DecisionCell extends ListCell<ReviewViewModel.DecisionLine> {
        @Override
        protected void updateItem(ReviewViewModel.DecisionLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            FlowPane meta = meta(this, line.number() + ".", line.noted());
            meta.getChildren().addAll(chip(line.kind(), "tag"), line.overdue()
                    ? chip(line.due() + " · " + messages.get("decisions.row.overdue"), "overdue")
                    : chip(line.due(), "tag"), chip(line.status(), "open"));
            VBox card = new VBox(4, meta, RecordControls.sideBySide(wrapped(line.zh()), wrapped(line.ru())),
                    wrapped(line.fate(), "muted"));
            RecordControls.fitToList(this, card);
            setGraphic(card);
        }
    }

    private final class NoteCell extends ListCell<ReviewViewModel.NoteLine> {
        @Override
        protected void updateItem(ReviewViewModel.NoteLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            FlowPane meta = RecordControls.chips(this);
            meta.getChildren().addAll(chip(line.about(), "tag"), chip(line.changed(), "tag"));
            VBox card = new VBox(4, meta, wrapped(line.text()));
            RecordControls.fitToList(this, card);
            setGraphic(card);
        }
    }
}
