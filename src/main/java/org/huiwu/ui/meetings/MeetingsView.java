// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.meetings;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.huiwu.domain.common.Side;
import org.huiwu.ui.common.ViewSupport;

/** The meetings area: pick a meeting, read its record. Thin view over {@link MeetingsViewModel}. */
public final class MeetingsView {

    private final MeetingsViewModel viewModel;
    private final ViewSupport support;

    @FXML
    private ListView<MeetingRow> list;
    @FXML
    private Label empty;
    @FXML
    private VBox content;
    @FXML
    private Label level;
    @FXML
    private Label titleZh;
    @FXML
    private Label titleRu;
    @FXML
    private Label status;
    @FXML
    private Label place;
    @FXML
    private Label startLocal;
    @FXML
    private Label startChina;
    @FXML
    private Label startKyrgyz;
    @FXML
    private Label channel;
    @FXML
    private VBox chinaDelegation;
    @FXML
    private VBox kyrgyzDelegation;

    private final org.huiwu.ui.record.MeetingFocus focus;
    private java.util.function.LongConsumer review = meetingId -> { };

    /** Opens the selected meeting in review mode, read-only (Ctrl+R, as in the record). */
    static final javafx.scene.input.KeyCombination REVIEW = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    public MeetingsView(MeetingsViewModel viewModel, ViewSupport support, org.huiwu.ui.record.MeetingFocus focus) {
        this.viewModel = viewModel;
        this.support = support;
        this.focus = focus;
    }

    /** What "Review read-only" does with the selected meeting: the window opens it in review mode. */
    public void onReview(java.util.function.LongConsumer action) {
        this.review = action;
    }

    @FXML
    private void initialize() {
        // A window accelerator while the meetings are shown.
        list.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(REVIEW);
            }
            if (scene != null) {
                scene.getAccelerators().put(REVIEW, this::openReview);
            }
        });
        list.setItems(viewModel.meetings());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(MeetingRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                } else {
                    Label when = new Label(support.formats().date(row.localDate()) + " · " + row.level()
                            + (row.overdue() ? " · " + support.messages().get("schedule.overdue") : ""));
                    when.getStyleClass().add("meeting-list-when");
                    Label zh = new Label(row.titleZh());
                    Label ru = new Label(row.titleRu());
                    VBox box = new VBox(1, when, zh, ru);
                    box.setMaxWidth(Double.MAX_VALUE);
                    setGraphic(box);
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedProperty().set(row));
        viewModel.detailsProperty().addListener((obs, old, details) -> show(details));
        show(viewModel.detailsProperty().get());
    }

    private void show(MeetingsViewModel.Details details) {
        boolean none = details == null;
        empty.setVisible(none);
        empty.setManaged(none);
        content.setVisible(!none);
        content.setManaged(!none);
        if (none) {
            return;
        }
        MeetingRow row = details.row();
        var messages = support.messages();
        level.setText(row.level());
        titleZh.setText(row.titleZh());
        titleRu.setText(row.titleRu());
        status.setText(messages.get("meetings.detail.status", row.status(), row.hostSide())
                + (row.overdue() ? " · " + messages.get("schedule.overdue") : ""));
        place.setText(messages.get("meetings.detail.place", row.place()));
        startLocal.setText(messages.get("meetings.detail.localTime", row.startLocal()));
        startChina.setText(row.startChina());
        startKyrgyz.setText(row.startKyrgyz());
        channel.setText(messages.get("meetings.detail.channel", details.channel()));
        fill(chinaDelegation, Side.CHINA, details.china());
        fill(kyrgyzDelegation, Side.KYRGYZSTAN, details.kyrgyzstan());
    }

    private void fill(VBox box, Side side, List<MeetingsViewModel.MemberLine> members) {
        box.getChildren().clear();
        Label title = new Label(support.messages().get("meetings.detail.delegation", support.messages().of(side)));
        title.getStyleClass().add("page-title");
        title.setStyle("-fx-font-size: 15px;");
        box.getChildren().add(title);
        if (members.isEmpty()) {
            Label none = new Label(support.messages().get("meetings.detail.noMembers"));
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
        }
        for (MeetingsViewModel.MemberLine member : members) {
            Label name = new Label(member.role() + ": " + member.nameZh() + " · " + member.nameRu());
            name.setWrapText(true);
            Label rank = new Label(member.rankAndPost());
            rank.getStyleClass().add("muted");
            rank.setWrapText(true);
            box.getChildren().addAll(name, rank);
        }
    }

    @FXML
    private void openRecord() {
        MeetingRow row = viewModel.selectedProperty().get();
        if (row != null) {
            focus.open(row.id());
        }
    }

    @FXML
    private void openReview() {
        MeetingRow row = viewModel.selectedProperty().get();
        if (row != null) {
            review.accept(row.id());
        }
    }

    @FXML
    private void edit() {
        viewModel.editSelected().ifPresent(editor -> {
            new MeetingEditorDialog(editor, support).showAndWait();
            if (editor.savedMeeting().isPresent()) {
                viewModel.reload();
            }
        });
    }
}
