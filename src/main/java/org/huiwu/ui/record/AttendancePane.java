// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.Locale;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.ViewSupport;

/**
 * The attendance tab: a thin view over {@link AttendanceViewModel}. China on the left, Kyrgyzstan on the right, in
 * columns of the same width; each person with "took part" (Space) and a role. Ctrl+S saves; leaving the meeting
 * saves unsaved ticks.
 */
public final class AttendancePane implements RecordTab {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final AttendanceViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox();

    public AttendancePane(AttendanceViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.messages = support.messages();
        root.setId("attendance-pane");
        root.getStyleClass().add("record-pane");
        root.getStylesheets().add(RecordControls.CSS);

        Label state = RecordControls.note("attendance-state", viewModel.stateProperty(), "record-state");
        viewModel.recordedProperty().addListener((obs, old, now) -> style(state));
        viewModel.dirtyProperty().addListener((obs, old, now) -> style(state));
        style(state);
        Button revert = RecordControls.button("attendance-revert", messages.get("attendance.action.revert"),
                "mdi2r-restore", null);
        revert.disableProperty().bind(viewModel.dirtyProperty().not());
        revert.setOnAction(event -> viewModel.revert());
        Button save = RecordControls.button("attendance-save", messages.get("attendance.action.save"),
                "mdi2c-content-save", SAVE);
        save.disableProperty().bind(viewModel.dirtyProperty().not());
        save.setOnAction(event -> viewModel.save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(state, spacer, revert, save);
        toolbar.getStyleClass().add("record-toolbar");
        HBox.setHgrow(state, Priority.SOMETIMES);

        Label warning = RecordControls.note("attendance-warning", viewModel.warningProperty(), "record-warning");
        HBox columns = new HBox(16, column(Side.CHINA), column(Side.KYRGYZSTAN));
        VBox.setVgrow(columns, Priority.ALWAYS);
        root.getChildren().setAll(toolbar, warning, columns);

        RecordControls.shortcuts(root, Map.of(SAVE, () -> {
            if (viewModel.dirtyProperty().get()) {
                viewModel.save();
            }
        }));
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

    @Override
    public boolean leave() {
        return viewModel.leave();
    }

    private void style(Label state) {
        state.getStyleClass().removeAll("planned");
        if (viewModel.dirtyProperty().get() || !viewModel.recordedProperty().get()) {
            state.getStyleClass().add("planned");
        }
    }

    /** One side's column: its heading with how many took part, then its people. */
    private VBox column(Side side) {
        String code = side.code().toLowerCase(Locale.ROOT);
        Label heading = new Label();
        heading.setId("attendance-heading-" + code);
        heading.getStyleClass().add("record-section-title");
        heading.textProperty().bind(viewModel.headingProperty(side));
        VBox people = new VBox();
        people.setId("attendance-" + code);
        people.getStyleClass().add("attendance-side");
        ObservableList<AttendeeRow> rows = viewModel.of(side);
        rows.addListener((ListChangeListener<AttendeeRow>) change -> fill(people, rows));
        fill(people, rows);
        ScrollPane scroll = new ScrollPane(people);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox column = new VBox(8, heading, scroll);
        // Both sides as equals: the same width, whatever their contents.
        column.setPrefWidth(100);
        column.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private void fill(VBox people, ObservableList<AttendeeRow> rows) {
        people.getChildren().clear();
        if (rows.isEmpty()) {
            people.getChildren().add(RecordControls.wrapped(messages.get("attendance.nobody"), "muted"));
        }
        for (AttendeeRow row : rows) {
            people.getChildren().add(person(row));
        }
    }

    private Node person(AttendeeRow row) {
        CheckBox present = new CheckBox(row.nameZh() + " · " + row.nameRu());
        present.setId("attendance-present-" + row.personId());
        present.setWrapText(true);
        present.selectedProperty().bindBidirectional(row.presentProperty());
        RecordControls.tooltip(present, messages.get("attendance.person.tookPart"), null);
        ComboBox<DelegationRole> role = RecordControls.choice("attendance-role-" + row.personId(),
                viewModel.roles(), RecordControls.converter(viewModel::roleText));
        role.valueProperty().bindBidirectional(row.roleProperty());
        role.disableProperty().bind(row.presentProperty().not());
        RecordControls.tooltip(role, messages.get("attendance.person.role"), null);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(8, present, gap, role);
        line.setAlignment(Pos.CENTER_LEFT);
        String detail = row.planned().isEmpty() ? row.details()
                : row.details().isEmpty() ? row.planned() : row.planned() + " · " + row.details();
        VBox box = new VBox(0, line);
        box.getStyleClass().add("attendance-person");
        if (!detail.isEmpty()) {
            Label details = RecordControls.wrapped(detail, "muted");
            details.setPadding(new javafx.geometry.Insets(0, 0, 0, 26));
            box.getChildren().add(details);
        }
        return box;
    }
}
