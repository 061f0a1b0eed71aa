// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.InformationChannel;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.i18n.Messages;
import org.huiwu.ui.common.ViewSupport;

/** Registers or edits an information item; the links are ticked per meeting. Thin: the model does the work. */
final class InformationItemDialog extends EditorDialog<InformationItem> {

    InformationItemDialog(InformationItemEditorViewModel model, ViewSupport support) {
        super(model, model.title(), "dialog-art4-item", support);
        Messages messages = support.messages();

        ComboBox<InformationCategory> category = Art4Fields.choice(messages, InformationCategory.class,
                "art4-item-category");
        category.valueProperty().bindBidirectional(model.categoryProperty());
        ComboBox<Side> side = Art4Fields.choice(messages, Side.class, "art4-item-side");
        side.valueProperty().bindBidirectional(model.sideProperty());
        DatePicker date = new DatePicker();
        date.setId("art4-item-date");
        date.valueProperty().bindBidirectional(model.receivedOnProperty());
        ComboBox<InformationChannel> channel = Art4Fields.choice(messages, InformationChannel.class,
                "art4-item-channel");
        channel.valueProperty().bindBidirectional(model.channelProperty());
        TextArea zh = text("art4-item-zh", model.zhProperty());
        TextArea ru = text("art4-item-ru", model.ruProperty());
        ComboBox<Art4Links.MeetingChoice> meeting = new ComboBox<>();
        meeting.setId("art4-item-meeting");
        meeting.getItems().setAll(model.meetings());
        meeting.valueProperty().bindBidirectional(model.meetingProperty());
        VBox agenda = new VBox(4);
        VBox clauses = new VBox(4);
        model.agendaChoices().addListener((javafx.collections.ListChangeListener<Art4Links.LinkChoice>) change ->
                ticks(agenda, model.agendaChoices(), model.linkedAgendaItems()));
        model.clauseChoices().addListener((javafx.collections.ListChangeListener<Art4Links.LinkChoice>) change ->
                ticks(clauses, model.clauseChoices(), model.linkedClauses()));

        GridPane grid = Art4Fields.grid();
        Art4Fields.row(grid, 0, messages.get("art4.column.category"), category);
        Art4Fields.row(grid, 1, messages.get("registers.column.side"), side);
        Art4Fields.row(grid, 2, messages.get("art4.column.date"), date);
        Art4Fields.row(grid, 3, messages.get("art4.column.channel"), channel);
        Art4Fields.row(grid, 4, messages.get("art4.column.zh"), zh);
        Art4Fields.row(grid, 5, messages.get("art4.column.ru"), ru);
        Art4Fields.row(grid, 6, messages.get("art4.editor.meeting"), meeting);
        Art4Fields.row(grid, 7, messages.get("art4.editor.agendaItems"), agenda);
        Art4Fields.row(grid, 8, messages.get("art4.editor.clauses"), clauses);
        setForm(Art4Fields.scrolling(grid));
    }

    private static TextArea text(String id, javafx.beans.property.StringProperty property) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private static void ticks(VBox box, ObservableList<Art4Links.LinkChoice> choices,
                              ObservableSet<java.util.UUID> linked) {
        box.getChildren().clear();
        for (Art4Links.LinkChoice choice : choices) {
            CheckBox tick = new CheckBox(choice.text());
            tick.setSelected(linked.contains(choice.uuid()));
            tick.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    linked.add(choice.uuid());
                } else {
                    linked.remove(choice.uuid());
                }
            });
            box.getChildren().add(tick);
        }
    }
}
