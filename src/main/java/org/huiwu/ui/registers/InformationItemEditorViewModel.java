// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.InformationChannel;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.i18n.Messages;
import org.huiwu.service.confidentiality.ConfidentialityService;

/**
 * Registers or edits an information item: category, providing side, date, channel, the two texts, and links to
 * agenda items and clauses. The meeting chosen only says which links are offered; links ticked under other
 * meetings stay.
 */
public final class InformationItemEditorViewModel extends RecordEditorViewModel<InformationItem> {

    private final Art4Links links;
    private final InformationItem editing;

    private final ObjectProperty<InformationCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<InformationChannel> channel = new SimpleObjectProperty<>(InformationChannel.MEETING);
    private final StringProperty zh = new SimpleStringProperty("");
    private final StringProperty ru = new SimpleStringProperty("");
    private final ObjectProperty<Art4Links.MeetingChoice> meeting = new SimpleObjectProperty<>();
    private final ObservableList<Art4Links.LinkChoice> agendaChoices = FXCollections.observableArrayList();
    private final ObservableList<Art4Links.LinkChoice> clauseChoices = FXCollections.observableArrayList();
    private final ObservableSet<UUID> linkedAgendaItems = FXCollections.observableSet();
    private final ObservableSet<UUID> linkedClauses = FXCollections.observableSet();

    /** @param saved runs once the item is stored, e.g. to reload the table */
    InformationItemEditorViewModel(ConfidentialityService service, Art4Links links, Messages messages,
                                   InformationItem editing, Runnable saved) {
        super(editing != null, service::save, saved, messages);
        this.links = links;
        this.editing = editing;
        if (editing != null) {
            category.set(editing.category());
            side.set(editing.providingSide());
            receivedOn.set(editing.receivedOn());
            channel.set(editing.channel());
            zh.set(editing.text().zh());
            ru.set(editing.text().ru());
            linkedAgendaItems.addAll(editing.agendaItems());
            linkedClauses.addAll(editing.clauses());
        } else {
            // What is registered is usually what the other side gave.
            side.set(service.homeSide().other());
        }
        meeting.addListener((obs, old, now) -> {
            agendaChoices.setAll(now == null ? List.of() : links.agendaItems(now.id()));
            clauseChoices.setAll(now == null ? List.of() : links.clauses(now.id()));
        });
    }

    public String title() {
        return messages.get(isEditing() ? "art4.editor.item.edit" : "art4.editor.item.new");
    }

    public List<Art4Links.MeetingChoice> meetings() {
        return links.meetings();
    }

    public ObjectProperty<InformationCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public ObjectProperty<InformationChannel> channelProperty() {
        return channel;
    }

    public StringProperty zhProperty() {
        return zh;
    }

    public StringProperty ruProperty() {
        return ru;
    }

    public ObjectProperty<Art4Links.MeetingChoice> meetingProperty() {
        return meeting;
    }

    public ObservableList<Art4Links.LinkChoice> agendaChoices() {
        return agendaChoices;
    }

    public ObservableList<Art4Links.LinkChoice> clauseChoices() {
        return clauseChoices;
    }

    public ObservableSet<UUID> linkedAgendaItems() {
        return linkedAgendaItems;
    }

    public ObservableSet<UUID> linkedClauses() {
        return linkedClauses;
    }

    @Override
    protected InformationItem build() {
        Bilingual text = Bilingual.of(zh.get().strip(), ru.get().strip());
        InformationItem item = editing == null
                ? InformationItem.create(category.get(), side.get(), receivedOn.get(), channel.get(), text)
                : editing.withDetails(category.get(), side.get(), receivedOn.get(), channel.get(), text);
        return item.withLinks(new HashSet<>(linkedAgendaItems), new HashSet<>(linkedClauses));
    }

    @Override
    protected boolean complete() {
        return category.get() != null && side.get() != null && receivedOn.get() != null && channel.get() != null
                && !(zh.get().isBlank() && ru.get().isBlank());
    }

    @Override
    protected Observable[] completeness() {
        return new Observable[] {category, side, receivedOn, channel, zh, ru};
    }

    @Override
    protected String incompleteProblem() {
        return messages.get("art4.editor.incomplete");
    }
}
