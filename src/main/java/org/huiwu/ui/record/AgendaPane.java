// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import static org.huiwu.ui.record.RecordControls.chip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.ViewSupport;

/**
 * The agenda tab: a thin view over {@link AgendaViewModel}. Items are reordered by drag and drop or with
 * Alt+Up / Alt+Down; Ctrl+N adds, Enter or F2 edits, Delete deletes (after asking), Ctrl+D closes or reopens,
 * Ctrl+Shift+N starts an empty agenda from the previous meeting.
 */
public final class AgendaPane implements RecordTab {

    static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.F2);
    static final KeyCombination ENTER = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination TOGGLE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination CARRY_OVER = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final AgendaViewModel viewModel;
    private final ViewSupport support;
    private final Messages messages;
    private final VBox root = new VBox();
    private final ListView<AgendaRow> list = new ListView<>();

    public AgendaPane(AgendaViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.support = support;
        this.messages = support.messages();
        root.setId("agenda-pane");
        root.getStyleClass().add("record-pane");
        root.getStylesheets().add(RecordControls.CSS);

        Button add = RecordControls.button("agenda-add", messages.get("agenda.action.add"), "mdi2p-plus", ADD);
        Button edit = RecordControls.button("agenda-edit", messages.get("agenda.action.edit"), "mdi2p-pencil", EDIT);
        Button delete = RecordControls.button("agenda-delete", messages.get("agenda.action.delete"), "mdi2d-delete",
                DELETE);
        Button toggle = RecordControls.button("agenda-toggle-open", messages.get("agenda.action.close"),
                "mdi2c-check-circle-outline", TOGGLE);
        toggle.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                viewModel.selectedProperty().get() != null && !viewModel.selectedProperty().get().open()
                        ? "agenda.action.reopen" : "agenda.action.close"), viewModel.selectedProperty()));
        toggle.textProperty().addListener((obs, old, text) -> RecordControls.tooltip(toggle, text, TOGGLE));
        Button up = RecordControls.button("agenda-move-up", messages.get("agenda.action.moveUp"), "mdi2a-arrow-up",
                UP);
        Button down = RecordControls.button("agenda-move-down", messages.get("agenda.action.moveDown"),
                "mdi2a-arrow-down", DOWN);
        Button carryOver = RecordControls.button("agenda-carry-over", messages.get("agenda.action.carryOver"),
                "mdi2c-calendar-import", CARRY_OVER);

        var noSelection = viewModel.selectedProperty().isNull();
        add.disableProperty().bind(viewModel.meetingShownProperty().not());
        edit.disableProperty().bind(noSelection);
        delete.disableProperty().bind(noSelection);
        toggle.disableProperty().bind(noSelection);
        up.disableProperty().bind(viewModel.canMoveUp().not());
        down.disableProperty().bind(viewModel.canMoveDown().not());
        carryOver.disableProperty().bind(viewModel.carryOverPossibleProperty().not());
        // A disabled button shows no tooltip, so its holder says why it is disabled.
        Tooltip why = new Tooltip();
        why.textProperty().bind(Bindings.createStringBinding(() -> viewModel.carryOverHintProperty().get()
                        + "  (" + CARRY_OVER.getDisplayText() + ")", viewModel.carryOverHintProperty()));
        why.setWrapText(true);
        why.setMaxWidth(420);
        carryOver.setTooltip(why);
        StackPane carryOverHolder = new StackPane(carryOver);
        Tooltip.install(carryOverHolder, why);

        add.setOnAction(event -> add());
        edit.setOnAction(event -> edit());
        delete.setOnAction(event -> delete());
        toggle.setOnAction(event -> viewModel.toggleSelectedOpen());
        up.setOnAction(event -> viewModel.moveSelected(-1));
        down.setOnAction(event -> viewModel.moveSelected(1));
        carryOver.setOnAction(event -> viewModel.carryOver());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(add, edit, delete, toggle, up, down, spacer, carryOverHolder);
        toolbar.getStyleClass().add("record-toolbar");

        list.setId("agenda-list");
        list.getStyleClass().add("record-list");
        list.setItems(viewModel.items());
        list.setCellFactory(view -> new ItemCell());
        list.setPlaceholder(RecordControls.placeholder(messages.get("agenda.empty")));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (viewModel.selectedProperty().get() != now) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> select(now));
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (UP.match(event) || DOWN.match(event)) {
                event.consume();
                viewModel.moveSelected(UP.match(event) ? -1 : 1);
            } else if (ENTER.match(event) && viewModel.selectedProperty().get() != null) {
                event.consume();
                edit();
            }
        });

        Label total = RecordControls.note("agenda-total", viewModel.plannedTotalProperty(), "record-notice");
        Label notice = RecordControls.note("agenda-notice", viewModel.noticeProperty(), "record-notice");
        HBox footer = new HBox(total);
        footer.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().setAll(toolbar, notice, list, footer);

        Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
        shortcuts.put(ADD, () -> {
            if (!add.isDisabled()) {
                add();
            }
        });
        shortcuts.put(CARRY_OVER, viewModel::carryOver);
        shortcuts.put(EDIT, this::edit);
        shortcuts.put(DELETE, this::delete);
        shortcuts.put(TOGGLE, viewModel::toggleSelectedOpen);
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
        viewModel.newItem().ifPresent(editor -> new AgendaItemDialog(editor, support, root).showAndWait());
        list.requestFocus();
    }

    private void edit() {
        viewModel.editSelected().ifPresent(editor -> new AgendaItemDialog(editor, support, root).showAndWait());
        list.requestFocus();
    }

    private void delete() {
        if (viewModel.selectedProperty().get() != null
                && RecordControls.confirm(support, root, messages.get("agenda.delete.headline"),
                        viewModel.deleteQuestion())) {
            viewModel.deleteSelected();
        }
        list.requestFocus();
    }

    private void select(AgendaRow row) {
        if (row == null) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != row) {
            list.getSelectionModel().select(row);
            list.scrollTo(row);
        }
    }

    /** One item: number and both titles side by side, then time, side, state and tags; reviewed decisions below. */
    private final class ItemCell extends ListCell<AgendaRow> {

        ItemCell() {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()) {
                    edit();
                }
            });
            setOnDragDetected(event -> {
                if (isEmpty() || getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(getItem().uuid().toString());
                board.setContent(content);
                event.consume();
            });
            setOnDragOver(event -> {
                if (event.getGestureSource() instanceof ItemCell && event.getDragboard().hasString()) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragEntered(event -> {
                if (event.getGestureSource() instanceof ItemCell && event.getGestureSource() != this) {
                    getStyleClass().add("drop-target");
                }
            });
            setOnDragExited(event -> getStyleClass().removeAll("drop-target"));
            setOnDragDropped(event -> {
                boolean moved = false;
                if (event.getDragboard().hasString()) {
                    int target = isEmpty() ? viewModel.items().size() - 1 : getIndex();
                    moved = viewModel.move(UUID.fromString(event.getDragboard().getString()), target);
                }
                event.setDropCompleted(moved);
                event.consume();
            });
        }

        @Override
        protected void updateItem(AgendaRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            getStyleClass().removeAll("record-closed-row");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (!row.open()) {
                getStyleClass().add("record-closed-row");
            }
            Label number = new Label(row.number() + ".");
            number.getStyleClass().add("record-number");
            var titles = RecordControls.sideBySide(RecordControls.wrapped(row.titleZh(), "record-title"),
                    RecordControls.wrapped(row.titleRu(), "record-title"));
            HBox.setHgrow(titles, Priority.ALWAYS);
            HBox head = new HBox(8, number, titles);

            FlowPane meta = RecordControls.chips(this);
            meta.getChildren().add(chip(row.planned()));
            meta.getChildren().add(chip(messages.get("agenda.row.proposedBy", row.proposedBy())));
            meta.getChildren().add(chip(row.state(), row.open() ? "open" : "closed"));
            if (row.carriedOver()) {
                meta.getChildren().add(chip(messages.get("agenda.row.carriedOver"), "carried"));
            }
            row.tags().forEach(tag -> meta.getChildren().add(chip(tag, "tag")));
            meta.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));

            VBox card = new VBox(2, head, indented(meta));
            if (!row.reviewed().isEmpty()) {
                VBox review = new VBox();
                review.getStyleClass().add("record-review");
                review.getChildren().add(RecordControls.wrapped(messages.get("agenda.row.reviewHeading"), "muted"));
                for (AgendaRow.ReviewedDecision decision : row.reviewed()) {
                    Label status = chip(decision.status(), decision.overdue() ? "overdue" : "tag");
                    if (decision.overdue()) {
                        status.setText(decision.status() + " · " + messages.get("agenda.row.overdue"));
                    }
                    var texts = RecordControls.sideBySide(RecordControls.wrapped(decision.textZh()),
                            RecordControls.wrapped(decision.textRu()));
                    HBox.setHgrow(texts, Priority.ALWAYS);
                    review.getChildren().add(new HBox(8, texts, status));
                }
                card.getChildren().add(review);
            }
            RecordControls.fitToList(this, card);
            setGraphic(card);
        }

        private Node indented(Node node) {
            HBox box = new HBox(node);
            box.setPadding(new javafx.geometry.Insets(0, 0, 0, 30));
            return box;
        }

    }
}
