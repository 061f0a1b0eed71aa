// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import static org.huiwu.ui.record.RecordControls.chip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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

/**
 * The open items tab: a thin view over {@link OpenItemsViewModel}. Every open decision and action item by due
 * date, with the meeting it came from; Enter or a double click opens that meeting, F5 reads the list again.
 */
public final class OpenItemsPane implements RecordTab {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);

    private final OpenItemsViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox();
    private final ListView<DecisionRow> list = new ListView<>();

    public OpenItemsPane(OpenItemsViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.messages = support.messages();
        root.setId("open-items-pane");
        root.getStyleClass().add("record-pane");
        root.getStylesheets().add(RecordControls.CSS);

        Label summary = RecordControls.note("open-items-summary", viewModel.summaryProperty(), "record-notice");
        Button open = RecordControls.button("open-items-open", messages.get("openItems.action.open"),
                "mdi2o-open-in-new", OPEN);
        open.disableProperty().bind(viewModel.selectedProperty().isNull());
        open.setOnAction(event -> viewModel.openSelected());
        Button refresh = RecordControls.button("open-items-refresh", messages.get("openItems.action.refresh"),
                "mdi2r-refresh", REFRESH);
        refresh.setOnAction(event -> viewModel.reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(summary, spacer, open, refresh);
        toolbar.getStyleClass().add("record-toolbar");

        list.setId("open-items-list");
        list.getStyleClass().add("record-list");
        list.setItems(viewModel.items());
        list.setPlaceholder(RecordControls.placeholder(messages.get("openItems.empty")));
        list.setCellFactory(view -> new ItemCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (viewModel.selectedProperty().get() != now) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (OPEN.match(event) && viewModel.openSelected()) {
                event.consume();
            }
        });
        root.getChildren().setAll(toolbar, list);

        Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
        shortcuts.put(REFRESH, viewModel::reload);
        RecordControls.shortcuts(root, shortcuts);
        viewModel.onProblem(problem -> RecordControls.report(support, root, problem));
    }

    /** What opening an item does: the record area selects the meeting with this id. */
    public void onOpenMeeting(LongConsumer action) {
        viewModel.onOpenMeeting(action);
    }

    @Override
    public Node root() {
        return root;
    }

    /** The open items do not depend on the meeting shown: they are read again. */
    @Override
    public void show(long meetingId) {
        viewModel.reload();
    }

    /** One open item: due date (overdue marked), kind, responsible, status; both texts; the meeting it came from. */
    private final class ItemCell extends ListCell<DecisionRow> {

        ItemCell() {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()) {
                    viewModel.openSelected();
                }
            });
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
            meta.getChildren().addAll(RecordControls.due(row, messages), chip(row.kind(), "tag"),
                    chip(messages.get("decisions.row.responsible", row.responsible())), chip(row.status(), "open"));
            VBox card = new VBox(4, meta,
                    RecordControls.sideBySide(RecordControls.wrapped(row.textZh()),
                            RecordControls.wrapped(row.textRu())),
                    RecordControls.wrapped(messages.get("decisions.row.from", row.meeting().text()), "muted"));
            RecordControls.fitToList(this, card);
            setGraphic(card);
        }
    }
}
