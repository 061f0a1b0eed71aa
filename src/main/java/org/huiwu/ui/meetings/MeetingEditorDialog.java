// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.meetings;

import java.util.Locale;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewSupport;

/**
 * The meeting editor: thin dialog over {@link MeetingEditorViewModel}. ControlsFX marks the fields whose rules are
 * broken, with the reason in the user's language under the field; Save stays in the dialog until the meeting is
 * valid, so nothing typed is lost.
 */
public final class MeetingEditorDialog extends Dialog<ButtonType> {

    private final MeetingEditorViewModel viewModel;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();

    public MeetingEditorDialog(MeetingEditorViewModel viewModel, ViewSupport support) {
        this.viewModel = viewModel;
        this.messages = support.messages();
        initOwner(support.window());
        setTitle(messages.get(viewModel.isNew() ? "meeting.editor.newTitle" : "meeting.editor.editTitle"));
        setResizable(true);
        getDialogPane().setId("meeting-editor");
        getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setContent(content());
        getDialogPane().setMinWidth(980);
        Themes.style(getDialogPane().getScene());
        // Fit the window to the content once shown (the fonts are known only then).
        setOnShown(event -> {
            var window = getDialogPane().getScene().getWindow();
            window.sizeToScene();
            window.setWidth(Math.max(window.getWidth(), getDialogPane().prefWidth(-1)));
        });
        Button save = (Button) getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0));
        save.setId("meeting-editor-save");
        // Keep the dialog open when the service refuses: the reasons appear on the fields.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            if (!viewModel.save()) {
                event.consume();
            }
        });
    }

    private VBox content() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        ColumnConstraints labels2 = new ColumnConstraints();
        ColumnConstraints fields2 = new ColumnConstraints();
        fields2.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields, labels2, fields2);

        ComboBox<MeetingLevel> level = enumBox("meeting-level", MeetingLevel.values());
        level.valueProperty().bindBidirectional(viewModel.levelProperty());
        ComboBox<MeetingStatus> status = enumBox("meeting-status", MeetingStatus.values());
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        TextField titleZh = textField("meeting-title-zh", viewModel.titleZhProperty());
        TextField titleRu = textField("meeting-title-ru", viewModel.titleRuProperty());
        ComboBox<Place> place = new ComboBox<>(viewModel.places());
        place.setId("meeting-place");
        place.setMaxWidth(Double.MAX_VALUE);
        place.setConverter(new StringConverter<>() {
            @Override
            public String toString(Place value) {
                return value == null ? "" : value.name().joined();
            }

            @Override
            public Place fromString(String text) {
                return null;
            }
        });
        place.valueProperty().bindBidirectional(viewModel.placeProperty());
        ComboBox<Side> host = enumBox("meeting-host", Side.values());
        host.valueProperty().bindBidirectional(viewModel.hostSideProperty());
        DatePicker startDate = datePicker("meeting-start-date");
        startDate.valueProperty().bindBidirectional(viewModel.startDateProperty());
        TextField startTime = textField("meeting-start-time", viewModel.startTimeProperty());
        startTime.setPrefColumnCount(4);
        startTime.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        DatePicker endDate = datePicker("meeting-end-date");
        endDate.valueProperty().bindBidirectional(viewModel.endDateProperty());
        TextField endTime = textField("meeting-end-time", viewModel.endTimeProperty());
        endTime.setPrefColumnCount(4);
        endTime.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        int row = 0;
        grid.addRow(row++, label("meeting.field.level", level), level, label("meeting.field.status", status), status);
        grid.add(label("meeting.field.titleZh", titleZh), 0, row);
        grid.add(titleZh, 1, row++, 3, 1);
        grid.add(label("meeting.field.titleRu", titleRu), 0, row);
        grid.add(titleRu, 1, row++, 3, 1);
        grid.add(error(viewModel.titleErrorProperty()), 1, row++, 3, 1);
        grid.addRow(row++, label("meeting.field.place", place), place, label("meeting.field.host", host), host);
        grid.add(error(viewModel.placeErrorProperty()), 1, row++, 3, 1);
        grid.addRow(row++, label("meeting.field.start", startDate), new HBox(6, startDate, startTime),
                label("meeting.field.end", endDate), new HBox(6, endDate, endTime));
        Label zones = new Label();
        zones.setId("meeting-both-zones");
        zones.getStyleClass().add("muted");
        zones.textProperty().bind(viewModel.timesInBothZonesProperty());
        grid.add(zones, 1, row++, 3, 1);
        grid.add(error(viewModel.timeErrorProperty()), 1, row++, 3, 1);

        HBox delegations = new HBox(16, delegation(Side.CHINA), delegation(Side.KYRGYZSTAN));
        VBox box = new VBox(10, grid, new Label(messages.get("meeting.field.delegations")), delegations,
                error(viewModel.delegationErrorProperty()));
        box.setPadding(new Insets(8));

        validation.registerValidator(titleZh, false, (Control c, String v) ->
                ValidationResult.fromErrorIf(c, viewModel.titleErrorProperty().get(),
                        shown(viewModel.titleErrorProperty())));
        validation.registerValidator(titleRu, false, (Control c, String v) ->
                ValidationResult.fromErrorIf(c, viewModel.titleErrorProperty().get(),
                        shown(viewModel.titleErrorProperty())));
        validation.registerValidator(place, false, (Control c, Place v) ->
                ValidationResult.fromErrorIf(c, viewModel.placeErrorProperty().get(),
                        shown(viewModel.placeErrorProperty())));
        validation.registerValidator(endTime, false, (Control c, String v) ->
                ValidationResult.fromErrorIf(c, viewModel.timeErrorProperty().get(),
                        shown(viewModel.timeErrorProperty())));
        for (ReadOnlyStringProperty error : new ReadOnlyStringProperty[] {viewModel.titleErrorProperty(),
            viewModel.placeErrorProperty(), viewModel.timeErrorProperty()}) {
            error.addListener(obs -> validation.revalidate());
        }
        viewModel.showErrorsProperty().addListener(obs -> validation.revalidate());
        return box;
    }

    private boolean shown(ReadOnlyStringProperty error) {
        return viewModel.showErrorsProperty().get() && !error.get().isEmpty();
    }

    private VBox delegation(Side side) {
        ListView<MeetingEditorViewModel.Member> list = new ListView<>(
                viewModel.members().filtered(member -> member.person().side() == side));
        list.setId("delegation-" + side.code().toLowerCase(Locale.ROOT));
        list.setPrefHeight(160);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(MeetingEditorViewModel.Member member, boolean empty) {
                super.updateItem(member, empty);
                setText(empty || member == null ? null
                        : messages.of(member.role()) + " — " + member.person().name().joined());
            }
        });
        ComboBox<Person> person = new ComboBox<>();
        person.setId("delegation-person-" + side.code().toLowerCase(Locale.ROOT));
        person.getItems().setAll(viewModel.peopleOf(side));
        person.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person value) {
                return value == null ? "" : value.name().joined();
            }

            @Override
            public Person fromString(String text) {
                return null;
            }
        });
        person.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(person, Priority.ALWAYS);
        ComboBox<DelegationRole> role = enumBox("delegation-role-" + side.code().toLowerCase(Locale.ROOT),
                DelegationRole.values());
        role.setValue(DelegationRole.REPRESENTATIVE);
        Button add = new Button(messages.get("action.add"));
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setId("delegation-add-" + side.code().toLowerCase(Locale.ROOT));
        add.setOnAction(event -> viewModel.addMember(person.getValue(), role.getValue()));
        Button remove = new Button(messages.get("action.remove"));
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> viewModel.removeMember(list.getSelectionModel().getSelectedItem()));
        Label title = new Label(messages.of(side));
        title.getStyleClass().add("page-title");
        title.setStyle("-fx-font-size: 15px;");
        VBox box = new VBox(6, title, list, new HBox(6, person, role, add, remove));
        // Both sides' columns as equals: the same width, whatever their contents.
        box.setPrefWidth(440);
        box.setMaxWidth(Double.MAX_VALUE);
        person.setPrefWidth(200);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** Dates typed and shown as the UI language writes them (2026/11/27, 27.11.2026, 27/11/2026). */
    private DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        var format = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                .withLocale(messages.locale());
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(format, format));
        picker.setPromptText(format.format(java.time.LocalDate.of(2026, 12, 31)));
        picker.setPrefWidth(160);
        picker.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return picker;
    }

    private <E extends Enum<E>> ComboBox<E> enumBox(String id, E[] values) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.of(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private static TextField textField(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private Label label(String key, Control target) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(target);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** A field's error, shown once the user has tried to save (a new, empty form is not an error yet). */
    private Label error(ReadOnlyStringProperty text) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty().and(viewModel.showErrorsProperty()));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
