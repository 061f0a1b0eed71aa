// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.importing.ImportMinutesDialog;
import org.huiwu.ui.importing.ImportMinutesViewModel;

/**
 * The record of one meeting: pick the meeting, then its minutes, agenda, decisions, attendance and versions in
 * tabs, and the open items of all meetings. Built in code: it is a frame for the tabs, which do the work.
 */
public final class RecordView implements ViewLoader.Built {

    static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** Makes the import dialog's model for the meeting shown (null when none) and its label. */
    @FunctionalInterface
    public interface ImportDialogs {
        ImportMinutesViewModel create(Long currentMeeting, String currentLabel);
    }

    private final RecordViewModel viewModel;
    private final ViewSupport support;
    private final Runnable importShortcut = this::importPastMinutes;
    private ImportDialogs importDialogs;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<Tab, RecordTab> contents = new LinkedHashMap<>();
    private final Map<Tab, Long> shown = new LinkedHashMap<>();
    private Long current;
    private java.util.function.LongConsumer review = meetingId -> { };

    /** Opens the meeting shown in review mode, read-only (Ctrl+R). */
    static final javafx.scene.input.KeyCombination REVIEW = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    /** @param panes the tabs in order, each under the message key of its title */
    public RecordView(RecordViewModel viewModel, ViewSupport support, Map<String, RecordTab> panes) {
        this.viewModel = viewModel;
        this.support = support;
        ComboBox<RecordViewModel.Choice> picker = new ComboBox<>(viewModel.meetings());
        picker.setId("record-meeting");
        picker.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(picker, Priority.ALWAYS);
        Label label = new Label(support.messages().get("record.meeting"));
        label.setLabelFor(picker);
        label.getStyleClass().add("page-title");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Button reviewButton = RecordControls.button("record-review",
                support.messages().get("record.action.review"), "mdi2b-book-open-variant", REVIEW);
        reviewButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        reviewButton.setOnAction(event -> openReview());
                Button importButton = new Button(support.messages().get("importing.action"));
        importButton.setId("record-import");
        importButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The keys as the platform writes them (Ctrl+Shift+I, or ⇧⌘I on macOS).
        importButton.setTooltip(new Tooltip(support.messages().get("importing.action.tooltip") + " ("
                + IMPORT.getDisplayText() + ")"));
        importButton.setOnAction(event -> importPastMinutes());
        HBox top = new HBox(10, label, picker, reviewButton, importButton);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 12, 4, 12));
        for (Map.Entry<String, RecordTab> pane : panes.entrySet()) {
            // Keys are like record.tab.minutes; the tab's id is record-tab-minutes.
            Tab tab = new Tab(support.messages().get(pane.getKey()), pane.getValue().root());
            tab.setId(pane.getKey().replace('.', '-'));
            tab.setClosable(false);
            contents.put(tab, pane.getValue());
            tabs.getTabs().add(tab);
        }
        tabs.setId("record-tabs");
        root.setTop(top);
        root.setCenter(tabs);
        root.setId("record-view");

        picker.valueProperty().bindBidirectional(viewModel.selectedProperty());
        viewModel.selectedProperty().addListener((obs, old, choice) -> {
            if (choice == null) {
                return;
            }
            if (old != null && !leaveAll()) {
                // Unsaved minutes could not be saved: stay on the meeting so nothing is lost.
                javafx.application.Platform.runLater(() -> viewModel.selectedProperty().set(old));
                return;
            }
            current = choice.id();
            showSelected();
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (old != null) {
                contents.get(old).leave();
            }
            showSelected();
        });
        // A window accelerator while the record is shown: the key works wherever the focus is in the record.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(REVIEW);
            }
            if (scene != null) {
                scene.getAccelerators().put(REVIEW, this::openReview);
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            accelerators(old, scene);
            if (scene != null) {
                viewModel.reload();
                if (viewModel.selectedProperty().get() != null) {
                    current = viewModel.selectedProperty().get().id();
                    shown.clear();
                    showSelected();
                }
            } else {
                leaveAll();
            }
        });
        if (viewModel.selectedProperty().get() != null) {
            current = viewModel.selectedProperty().get().id();
            showSelected();
        }
    }

    /** What "Review read-only" does with the meeting shown: the window opens it in review mode. */
    public void onReview(java.util.function.LongConsumer action) {
        this.review = action;
    }

    /** Saves unsaved minutes first, so review mode reads what the user just wrote. */
    private void openReview() {
        RecordViewModel.Choice choice = viewModel.selectedProperty().get();
        if (choice != null && leaveAll()) {
            review.accept(choice.id());
        }
    }

    /** Where the import dialog's model comes from; without it the import action does nothing. */
    public void onImport(ImportDialogs dialogs) {
        this.importDialogs = dialogs;
    }

    private void accelerators(Scene old, Scene scene) {
        if (old != null) {
            old.getAccelerators().remove(IMPORT, importShortcut);
        }
        if (scene != null) {
            scene.getAccelerators().put(IMPORT, importShortcut);
        }
    }

    /**
     * Opens the import dialog for the meeting shown. Unsaved minutes are saved first, so the editor holds what the
     * archive holds and cannot overwrite the imported clauses; afterwards the minutes tab shows them.
     */
    private void importPastMinutes() {
        if (importDialogs == null || !leaveAll()) {
            return;
        }
        RecordViewModel.Choice choice = viewModel.selectedProperty().get();
        ImportMinutesViewModel dialog = importDialogs.create(choice == null ? null : choice.id(),
                choice == null ? null : choice.label());
        ImportMinutesDialog.show(dialog, support);
        dialog.importedMeeting().ifPresent(meetingId -> {
            viewModel.show(meetingId);
            current = meetingId;
            tabs.getTabs().stream().filter(tab -> "record-tab-minutes".equals(tab.getId())).findFirst()
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab));
            showSelected();
        });
    }

    /** Saves what the tabs hold unsaved; false when something could not be saved. */
    public boolean leaveAll() {
        boolean all = true;
        for (RecordTab tab : contents.values()) {
            all &= tab.leave();
        }
        return all;
    }

    /** Shows the current meeting in the selected tab; other tabs catch up when selected. */
    private void showSelected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == null || current == null) {
            return;
        }
        contents.get(tab).show(current);
        shown.put(tab, current);
    }

    @Override
    public Parent root() {
        return root;
    }
}
