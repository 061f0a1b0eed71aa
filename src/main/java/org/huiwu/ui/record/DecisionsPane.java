// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import static org.huiwu.ui.record.RecordControls.chip;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
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
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.ViewSupport;

/**
 * The decisions tab: a thin view over {@link DecisionsViewModel}. Above, this meeting's decisions and action
 * items (Ctrl+N adds, Enter or F2 edits, Delete deletes after asking); below, the open decisions of earlier
 * meetings reviewed here. F4 opens the status of the decision selected in the list that has the focus.
 */
public final class DecisionsPane implements RecordTab {

    static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.F2);
    static final KeyCombination ENTER = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination STATUS = new KeyCodeCombination(KeyCode.F4);

    private final DecisionsViewModel viewModel;
    private final ViewSupport support;
    private final Messages messages;
    private final VBox root = new VBox();
    private final ListView<DecisionRow> list = new ListView<>();
    private final ListView<DecisionRow> reviewedList = new ListView<>();

    public DecisionsPane(DecisionsViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.support = support;
        this.messages = support.messages();
        root.setId("decisions-pane");
        root.getStyleClass().add("record-pane");
        root.getStylesheets().add(RecordControls.CSS);

        Button add = RecordControls.button("decisions-add", messages.get("decisions.action.add"), "mdi2p-plus", ADD);
        Button edit = RecordControls.button("decisions-edit", messages.get("decisions.action.edit"), "mdi2p-pencil",
                EDIT);
        Button delete = RecordControls.button("decisions-delete", messages.get("decisions.action.delete"),
                "mdi2d-delete", DELETE);
        add.disableProperty().bind(viewModel.meetingShownProperty().not());
        edit.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        add.setOnAction(event -> add());
        edit.setOnAction(event -> edit());
        delete.setOnAction(event -> delete());
        ComboBox<DecisionStatus> status = statusBox("decisions-status", viewModel.selectedProperty());
        Label statusLabel = new Label(messages.get("decisions.status.label"));
        statusLabel.setLabelFor(status);
        statusLabel.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label summary = RecordControls.note("decisions-summary", viewModel.summaryProperty(), "record-notice");
        HBox toolbar = new HBox(add, edit, delete, statusLabel, status, spacer, summary);
        toolbar.getStyleClass().add("record-toolbar");

        setUp(list, "decisions-list", viewModel.selectedProperty(), messages.get("decisions.empty"), false);
        VBox own = new VBox(8, toolbar, list);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label reviewedTitle = new Label(messages.get("decisions.reviewed.title"));
        reviewedTitle.getStyleClass().add("record-section-title");
        ComboBox<DecisionStatus> reviewedStatus = statusBox("decisions-reviewed-status",
                viewModel.selectedReviewedProperty());
        Label reviewedStatusLabel = new Label(messages.get("decisions.status.label"));
        reviewedStatusLabel.setLabelFor(reviewedStatus);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox reviewedBar = new HBox(reviewedTitle, gap, reviewedStatusLabel, reviewedStatus);
        reviewedBar.getStyleClass().add("record-toolbar");
        setUp(reviewedList, "decisions-reviewed-list", viewModel.selectedReviewedProperty(),
                messages.get("decisions.reviewed.empty"), true);
        VBox earlier = new VBox(8, reviewedBar, reviewedList);
        VBox.setVgrow(reviewedList, Priority.ALWAYS);

        SplitPane split = new SplitPane(own, earlier);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().setAll(split);

        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ENTER.match(event) && viewModel.selectedProperty().get() != null) {
                event.consume();
                edit();
            }
        });
        Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
        shortcuts.put(ADD, () -> {
            if (!add.isDisabled()) {
                add();
            }
        });
        shortcuts.put(EDIT, this::edit);
        shortcuts.put(DELETE, () -> {
            if (!reviewedList.isFocused()) {
                delete();
            }
        });
        shortcuts.put(STATUS, () -> {
            ComboBox<DecisionStatus> box = reviewedList.isFocused() ? reviewedStatus : status;
            if (!box.isDisabled()) {
                box.requestFocus();
                box.show();
            }
        });
        RecordControls.shortcuts(root, shortcuts);
        viewModel.onProblem(problem -> RecordControls.report(support, root, problem));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(long meetingId) {
        viewModel.show(meetingId);
    }

    private void add() {
        viewModel.newDecision().ifPresent(editor -> new DecisionDialog(editor, support, root).showAndWait());
        list.requestFocus();
    }

    private void edit() {
        viewModel.editSelected().ifPresent(editor -> new DecisionDialog(editor, support, root).showAndWait());
        list.requestFocus();
    }

    private void delete() {
        if (viewModel.selectedProperty().get() != null
                && RecordControls.confirm(support, root, messages.get("decisions.delete.headline"),
                        viewModel.deleteQuestion())) {
            viewModel.deleteSelected();
        }
        list.requestFocus();
    }

    /** A status chooser acting on the row selected in one list: it shows that row's status and changes it. */
    private ComboBox<DecisionStatus> statusBox(String id, ObjectProperty<DecisionRow> selected) {
        ComboBox<DecisionStatus> box = RecordControls.choice(id, viewModel.statuses(),
                RecordControls.converter(viewModel::statusText));
        RecordControls.tooltip(box, messages.get("decisions.status.tooltip"), STATUS);
        box.disableProperty().bind(selected.isNull());
        boolean[] showing = {false};
        Runnable follow = () -> {
            showing[0] = true;
            box.setValue(selected.get() == null ? null : selected.get().statusValue());
            showing[0] = false;
        };
        selected.addListener((obs, old, now) -> follow.run());
        box.setOnAction(event -> {
            if (!showing[0] && selected.get() != null && box.getValue() != null) {
                viewModel.changeStatus(selected.get(), box.getValue());
                follow.run();
            }
        });
        return box;
    }

    private void setUp(ListView<DecisionRow> view, String id, ObjectProperty<DecisionRow> selected,
                       String placeholder, boolean withOrigin) {
        view.setId(id);
        view.getStyleClass().add("record-list");
        view.setItems(withOrigin ? viewModel.reviewed() : viewModel.decisions());
        view.setPlaceholder(RecordControls.placeholder(placeholder));
        view.setCellFactory(v -> new DecisionCell(withOrigin));
        view.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (selected.get() != now) {
                selected.set(now);
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                view.getSelectionModel().clearSelection();
            } else if (view.getSelectionModel().getSelectedItem() != now) {
                view.getSelectionModel().select(now);
                view.scrollTo(now);
            }
        });
    }

    /** One decision: kind, responsible side, due date and status (overdue marked), then both texts side by side. */
    private final class DecisionCell extends ListCell<DecisionRow> {

        private final boolean withOrigin;

        DecisionCell(boolean withOrigin) {
            this.withOrigin = withOrigin;
            if (!withOrigin) {
                setOnMouseClicked(event -> {
                    if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()) {
                        edit();
                    }
                });
            }
        }

        @Override
        protected void updateItem(DecisionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            FlowPane meta = RecordControls.chips(this);
            meta.getChildren().addAll(chip(row.kind(), "tag"),
                    chip(messages.get("decisions.row.responsible", row.responsible())),
                    RecordControls.due(row, messages),
                    chip(row.status(), row.decision().isOpen() ? "open" : "closed"));
            VBox card = new VBox(4);
            if (withOrigin) {
                card.getChildren().add(RecordControls.wrapped(
                        messages.get("decisions.row.from", row.meeting().text()), "muted"));
            }
            card.getChildren().addAll(meta, RecordControls.sideBySide(RecordControls.wrapped(row.textZh()),
                    RecordControls.wrapped(row.textRu())));
            RecordControls.fitToList(this, card);
            setGraphic(card);
        }

    }
}
