// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.ui.common.Dialogs;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewSupport;
import org.huiwu.ui.meetings.MeetingEditorDialog;
import org.huiwu.ui.meetings.MeetingEditorViewModel;
import org.huiwu.ui.meetings.MeetingRow;

/** The schedule area: thin view over {@link ScheduleViewModel}. */
public final class ScheduleView {

    private final ScheduleViewModel viewModel;
    private final ViewSupport support;

    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<MeetingLevel> levelFilter;
    @FXML
    private TextField textFilter;
    @FXML
    private Button editButton;
    @FXML
    private Button postponeButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Button heldButton;
    @FXML
    private HBox proposalCard;
    @FXML
    private Label proposalText;
    @FXML
    private TableView<MeetingRow> table;
    @FXML
    private TableColumn<MeetingRow, String> startColumn;
    @FXML
    private TableColumn<MeetingRow, String> levelColumn;
    @FXML
    private TableColumn<MeetingRow, String> titleColumn;
    @FXML
    private TableColumn<MeetingRow, String> placeColumn;
    @FXML
    private TableColumn<MeetingRow, String> hostColumn;
    @FXML
    private TableColumn<MeetingRow, String> statusColumn;
    @FXML
    private Label monthTitle;
    @FXML
    private GridPane calendar;
    @FXML
    private Button previousButton;
    @FXML
    private Button nextButton;

    public ScheduleView(ScheduleViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.support = support;
    }

    @FXML
    private void initialize() {
        levelFilter.getItems().add(null);
        levelFilter.getItems().addAll(MeetingLevel.values());
        levelFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(MeetingLevel level) {
                return level == null ? support.messages().get("schedule.filter.allLevels")
                        : support.messages().of(level);
            }

            @Override
            public MeetingLevel fromString(String text) {
                return null;
            }
        });
        levelFilter.valueProperty().bindBidirectional(viewModel.levelFilterProperty());
        textFilter.textProperty().bindBidirectional(viewModel.textFilterProperty());

        table.setItems(viewModel.meetings());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        startColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().startLocal()));
        levelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().level()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        placeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().place()));
        hostColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hostSide()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().overdue()
                ? c.getValue().status() + " · " + support.messages().get("schedule.overdue")
                : c.getValue().status()));
        table.setRowFactory(view -> {
            TableRow<MeetingRow> row = new TableRow<>() {
                @Override
                protected void updateItem(MeetingRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("overdue");
                    setTooltip(null);
                    if (!empty && item != null) {
                        if (item.overdue()) {
                            getStyleClass().add("overdue");
                        }
                        setTooltip(new Tooltip(item.startChina() + "\n" + item.startKyrgyz()));
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
                if (row != null) {
                    table.scrollTo(row);
                }
            }
            updateButtons();
            renderCalendar();
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                edit();
            }
        });
        updateButtons();
        scrollToToday();

        proposalText.textProperty().bind(viewModel.proposalProperty());
        proposalCard.visibleProperty().bind(viewModel.proposalProperty().isNotEmpty());
        proposalCard.managedProperty().bind(proposalCard.visibleProperty());
        viewModel.proposalOverdueProperty().addListener((obs, old, overdue) -> markOverdue(overdue));
        markOverdue(viewModel.proposalOverdueProperty().get());

        previousButton.setTooltip(new Tooltip(support.messages().get("schedule.action.previousMonth")));
        nextButton.setTooltip(new Tooltip(support.messages().get("schedule.action.nextMonth")));
        viewModel.monthProperty().addListener(obs -> renderCalendar());
        viewModel.meetings().addListener((javafx.collections.ListChangeListener<MeetingRow>) change ->
                renderCalendar());
        renderCalendar();

        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        () -> {
                            if (root.isVisible() && root.getParent() != null) {
                                newMeeting();
                            }
                        });
            }
        });
    }

    /** Opens on the present: the first meeting that has not ended yet, not the oldest one. */
    private void scrollToToday() {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).meeting().status().isOpen()) {
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
        table.scrollTo(table.getItems().size() - 1);
    }

    private void markOverdue(boolean overdue) {
        proposalText.getStyleClass().remove("overdue");
        if (overdue) {
            proposalText.getStyleClass().add("overdue");
        }
    }

    private void updateButtons() {
        MeetingRow row = viewModel.selectedProperty().get();
        boolean none = row == null;
        editButton.setDisable(none);
        postponeButton.setDisable(none || !row.meeting().status().isOpen());
        cancelButton.setDisable(none || row.meeting().status() == MeetingStatus.CANCELLED
                || row.meeting().status() == MeetingStatus.HELD);
        heldButton.setDisable(none || !row.meeting().status().isOpen());
    }

    private void renderCalendar() {
        monthTitle.setText(viewModel.monthTitle());
        calendar.getChildren().clear();
        calendar.getColumnConstraints().clear();
        calendar.getRowConstraints().clear();
        for (int column = 0; column < 7; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / 7);
            calendar.getColumnConstraints().add(constraints);
            Label header = new Label(DayOfWeek.of(column + 1).getDisplayName(TextStyle.SHORT,
                    support.messages().locale()));
            header.getStyleClass().add("calendar-header");
            header.setMaxWidth(Double.MAX_VALUE);
            calendar.add(header, column, 0);
        }
        calendar.getRowConstraints().add(new RowConstraints());
        for (int week = 0; week < 6; week++) {
            RowConstraints constraints = new RowConstraints();
            constraints.setVgrow(Priority.ALWAYS);
            constraints.setPercentHeight(100.0 / 6.3);
            calendar.getRowConstraints().add(constraints);
        }
        var days = viewModel.calendar();
        MeetingRow selected = viewModel.selectedProperty().get();
        for (int i = 0; i < days.size(); i++) {
            ScheduleViewModel.CalendarDay day = days.get(i);
            VBox cell = new VBox();
            cell.getStyleClass().add("calendar-day");
            if (!day.inMonth()) {
                cell.getStyleClass().add("other-month");
            }
            if (day.today()) {
                cell.getStyleClass().add("today");
            }
            Label number = new Label(Integer.toString(day.date().getDayOfMonth()));
            number.getStyleClass().add("day-number");
            cell.getChildren().add(number);
            for (MeetingRow meeting : day.meetings()) {
                Label chip = new Label(meeting.level() + " · " + meeting.title());
                chip.getStyleClass().addAll("meeting-chip",
                        "level-" + meeting.meeting().level().name().toLowerCase(java.util.Locale.ROOT));
                if (meeting.meeting().status() == MeetingStatus.CANCELLED) {
                    chip.getStyleClass().add("cancelled");
                }
                if (meeting.overdue()) {
                    chip.getStyleClass().add("overdue");
                }
                if (selected != null && selected.id() == meeting.id()) {
                    chip.setStyle("-fx-border-width: 1 1 1 3;");
                }
                chip.setMaxWidth(Double.MAX_VALUE);
                chip.setTooltip(new Tooltip(meeting.title() + "\n" + meeting.place() + "\n" + meeting.status()
                        + "\n" + meeting.startChina() + "\n" + meeting.startKyrgyz()));
                chip.setOnMouseClicked(event -> {
                    viewModel.select(meeting.id());
                    if (event.getClickCount() == 2) {
                        edit();
                    }
                    event.consume();
                });
                cell.getChildren().add(chip);
            }
            LocalDate date = day.date();
            cell.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2) {
                    openEditor(viewModel.newMeeting(date));
                }
            });
            calendar.add(cell, i % 7, 1 + i / 7);
        }
    }

    @FXML
    private void newMeeting() {
        openEditor(viewModel.newMeeting(null));
    }

    @FXML
    private void edit() {
        viewModel.editSelected().ifPresent(this::openEditor);
    }

    @FXML
    private void planProposal() {
        viewModel.planProposal().ifPresent(this::openEditor);
    }

    private void openEditor(MeetingEditorViewModel editor) {
        new MeetingEditorDialog(editor, support).showAndWait();
        if (editor.savedMeeting().isPresent()) {
            viewModel.saved(editor);
        }
    }

    @FXML
    private void postpone() {
        MeetingRow row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(support.window());
        dialog.setTitle(support.messages().get("schedule.postpone.title"));
        dialog.setHeaderText(row.title());
        DatePicker date = new DatePicker(row.localDate().plusWeeks(1));
        date.setId("postpone-date");
        dialog.getDialogPane().setContent(new VBox(8,
                new Label(support.messages().get("schedule.postpone.question")), date));
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(support.messages().get("schedule.action.postpone").replace("…", ""),
                        javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new ButtonType(support.messages().get("action.cancel"),
                        javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        Themes.style(dialog.getDialogPane().getScene());
        dialog.setResultConverter(button -> button.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE
                ? date.getValue() : null);
        dialog.showAndWait().ifPresent(viewModel::postponeSelected);
    }

    @FXML
    private void cancelMeeting() {
        if (viewModel.selectedProperty().get() != null && Dialogs.confirm(support.window(), support.messages(),
                support.messages().get("schedule.action.cancel"), viewModel.cancelQuestion())) {
            viewModel.cancelSelected();
        }
    }

    @FXML
    private void markHeld() {
        viewModel.markSelectedHeld();
    }

    @FXML
    private void previousMonth() {
        viewModel.previousMonth();
    }

    @FXML
    private void nextMonth() {
        viewModel.nextMonth();
    }

    @FXML
    private void thisMonth() {
        viewModel.thisMonth();
    }
}
