// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.importing;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.place.Place;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewSupport;

/**
 * The "Import past minutes" dialog, thin over {@link ImportMinutesViewModel}: the file (typed, pasted or chosen),
 * the target meeting, the preview table and the status line. "Import" saves and leaves the dialog open with the
 * result; "Close" closes it, saving nothing unless "Import" was pressed.
 */
public final class ImportMinutesDialog {

    private ImportMinutesDialog() {
    }

    /** Shows the dialog and waits until it is closed. */
    public static void show(ImportMinutesViewModel viewModel, ViewSupport support) {
        Messages messages = support.messages();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(support.window());
        dialog.setTitle(messages.get("importing.title"));
        dialog.setHeaderText(messages.get("importing.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("dialog-import");
        ButtonType importButton = new ButtonType(messages.get("importing.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType closeButton = new ButtonType(messages.get("importing.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(importButton, closeButton);

        TextField path = new TextField();
        path.setId("import-path");
        path.setPrefColumnCount(40);
        path.textProperty().bindBidirectional(viewModel.pathProperty());
        path.setOnAction(event -> viewModel.read());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button(messages.get("importing.choose"));
        choose.setId("import-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("importing.chooser.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("importing.chooser.files"),
                    "*.docx", "*.tsv", "*.txt"));
            File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                viewModel.choose(chosen.toPath());
            }
        });
        choose.disableProperty().bind(viewModel.busyProperty());

        ToggleGroup targets = new ToggleGroup();
        RadioButton current = new RadioButton(viewModel.currentMeetingText());
        current.setId("import-target-current");
        current.setToggleGroup(targets);
        current.setUserData(ImportMinutesViewModel.Target.CURRENT);
        current.setDisable(!viewModel.hasCurrentMeeting());
        RadioButton fresh = new RadioButton(messages.get("importing.target.new"));
        fresh.setId("import-target-new");
        fresh.setToggleGroup(targets);
        fresh.setUserData(ImportMinutesViewModel.Target.NEW);
        targets.selectToggle(viewModel.targetProperty().get() == ImportMinutesViewModel.Target.CURRENT
                ? current : fresh);
        targets.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                viewModel.targetProperty().set((ImportMinutesViewModel.Target) toggle.getUserData());
            }
        });

        DatePicker date = new DatePicker();
        date.setId("import-date");
        // Typed and shown as the UI language writes dates, like the meeting editor's.
        var format = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                .withLocale(messages.locale());
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(format, format));
        date.setPromptText(format.format(java.time.LocalDate.of(2026, 12, 31)));
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        ComboBox<MeetingLevel> level = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                MeetingLevel.values()));
        level.setId("import-level");
        level.setConverter(converter(messages::of));
        level.valueProperty().bindBidirectional(viewModel.levelProperty());
        ComboBox<Place> place = new ComboBox<>(viewModel.places());
        place.setId("import-place");
        place.setConverter(converter(p -> p.name().joined()));
        place.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Place item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name().joined());
            }
        });
        place.valueProperty().bindBidirectional(viewModel.placeProperty());
        TextField titleZh = new TextField();
        titleZh.setId("import-title-zh");
        titleZh.textProperty().bindBidirectional(viewModel.titleZhProperty());
        TextField titleRu = new TextField();
        titleRu.setId("import-title-ru");
        titleRu.textProperty().bindBidirectional(viewModel.titleRuProperty());
        GridPane newMeeting = grid();
        newMeeting.addRow(0, label(messages, "importing.date", date), date,
                label(messages, "importing.level", level), level);
        newMeeting.addRow(1, label(messages, "importing.place", place), place);
        GridPane.setColumnSpan(place, 3);
        newMeeting.addRow(2, label(messages, "importing.titleZh", titleZh), titleZh);
        GridPane.setColumnSpan(titleZh, 3);
        newMeeting.addRow(3, label(messages, "importing.titleRu", titleRu), titleRu);
        GridPane.setColumnSpan(titleRu, 3);
        newMeeting.setPadding(new Insets(0, 0, 0, 24));
        newMeeting.disableProperty().bind(fresh.selectedProperty().not());

        GridPane top = grid();
        top.addRow(0, label(messages, "importing.file", path), new HBox(8, path, choose));
        top.addRow(1, new Label(messages.get("importing.target")), new VBox(6, current, fresh, newMeeting));

        TableView<PreviewRow> table = new TableView<>(viewModel.rows());
        table.setId("import-preview");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PreviewRow, Integer> number = new TableColumn<>(messages.get("importing.column.number"));
        number.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().number()));
        number.setMinWidth(44);
        number.setMaxWidth(60);
        TableColumn<PreviewRow, String> zh = textColumn(messages.get("importing.column.zh"), PreviewRow::zh, false);
        TableColumn<PreviewRow, String> ru = textColumn(messages.get("importing.column.ru"), PreviewRow::ru, false);
        // Both languages as equals: the same width.
        zh.prefWidthProperty().bind(ru.widthProperty());
        TableColumn<PreviewRow, String> warnings = textColumn(messages.get("importing.column.warnings"),
                PreviewRow::warnings, true);
        warnings.setMaxWidth(200);
        warnings.setPrefWidth(160);
        table.getColumns().setAll(java.util.List.of(number, zh, ru, warnings));
        table.setPlaceholder(new Label(messages.get("importing.noFile")));
        table.setPrefHeight(320);
        VBox.setVgrow(table, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("import-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.failedProperty().addListener((obs, was, failed) -> {
            if (failed) {
                status.getStyleClass().add("field-error");
            } else {
                status.getStyleClass().remove("field-error");
            }
        });

        VBox content = new VBox(10, top, table, progress, status);
        content.setPadding(new Insets(10));
        dialog.getDialogPane().setPrefSize(1000, 720);
        dialog.getDialogPane().setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);

        Button importNode = (Button) dialog.getDialogPane().lookupButton(importButton);
        importNode.setId("import-run");
        importNode.disableProperty().bind(Bindings.not(viewModel.canImportProperty()));
        // Import saves and keeps the dialog open to show the result; only Close closes it.
        importNode.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.importNow();
        });
        Button closeNode = (Button) dialog.getDialogPane().lookupButton(closeButton);
        closeNode.setId("import-close");
        // Reading a large file may be abandoned by closing (nothing is saved); a save is waited for, so the user
        // learns whether it happened.
        closeNode.disableProperty().bind(viewModel.savingProperty());
        viewModel.importedProperty().addListener((obs, old, done) -> {
            if (done != null) {
                closeNode.requestFocus();
            }
        });
        // A file dropped on the dialog is read like a chosen one.
        dialog.getDialogPane().setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !viewModel.busyProperty().get()) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            event.consume();
        });
        dialog.getDialogPane().setOnDragDropped(event -> {
            boolean taken = event.getDragboard().hasFiles() && !event.getDragboard().getFiles().isEmpty();
            if (taken) {
                viewModel.choose(event.getDragboard().getFiles().get(0).toPath());
            }
            event.setDropCompleted(taken);
            event.consume();
        });
        Themes.style(dialog.getDialogPane().getScene());
        dialog.setOnShown(event -> path.requestFocus());
        dialog.showAndWait();
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private static Label label(Messages messages, String key, javafx.scene.Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** A column of texts that keep their line breaks; the warnings column marks flagged rows. */
    private static TableColumn<PreviewRow, String> textColumn(String title,
                                                              java.util.function.Function<PreviewRow, String> text,
                                                              boolean marksWarnings) {
        TableColumn<PreviewRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            // Whole clauses, wrapped to the column: the preview is for reading the pairing, not a glimpse of it.
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                // A Text reports the height of its wrapped lines, so the row grows to the whole clause.
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setText(empty ? null : item);
                getStyleClass().remove("state-stale");
                if (marksWarnings && !empty && item != null && !item.isEmpty()) {
                    getStyleClass().add("state-stale");
                }
            }
        });
        column.setSortable(false);
        return column;
    }
}
