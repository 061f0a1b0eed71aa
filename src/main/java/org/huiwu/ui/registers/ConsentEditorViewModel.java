// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.i18n.Messages;
import org.huiwu.service.confidentiality.ConfidentialityService;

/** Registers the providing side's written consent: who gave it, when, its reference, for whom, and what it covers. */
public final class ConsentEditorViewModel extends RecordEditorViewModel<Consent> {

    private final List<InformationItem> registeredItems;
    private final Consent editing;

    private final ObjectProperty<Side> side = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> givenOn = new SimpleObjectProperty<>();
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty thirdParty = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>();
    private final ObservableSet<InformationCategory> categories = FXCollections.observableSet();
    private final ObservableSet<UUID> items = FXCollections.observableSet();

    /** @param saved runs once the consent is registered, e.g. to reload the table */
    ConsentEditorViewModel(ConfidentialityService service, Messages messages, List<InformationItem> registeredItems,
                           Consent editing, Runnable saved) {
        super(editing != null, service::save, saved, messages);
        this.registeredItems = List.copyOf(registeredItems);
        this.editing = editing;
        if (editing != null) {
            side.set(editing.providingSide());
            givenOn.set(editing.givenOn());
            reference.set(editing.reference());
            thirdParty.set(editing.thirdParty());
            validUntil.set(editing.validUntil());
            categories.addAll(editing.categories());
            items.addAll(editing.items());
        } else {
            side.set(service.homeSide().other());
        }
    }

    public String title() {
        return messages.get(isEditing() ? "art4.editor.consent.edit" : "art4.editor.consent.new");
    }

    /** The items a consent may name one by one: those the chosen side provided. */
    public List<InformationItem> itemsOfSide() {
        return registeredItems.stream().filter(i -> i.providingSide() == side.get()).toList();
    }

    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    public ObjectProperty<LocalDate> givenOnProperty() {
        return givenOn;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty thirdPartyProperty() {
        return thirdParty;
    }

    public ObjectProperty<LocalDate> validUntilProperty() {
        return validUntil;
    }

    public ObservableSet<InformationCategory> categories() {
        return categories;
    }

    public ObservableSet<UUID> items() {
        return items;
    }

    @Override
    protected Consent build() {
        // An edit keeps the consent's UUID: a correction of the register, not a second consent.
        return new Consent(editing == null ? UUID.randomUUID() : editing.uuid(), side.get(), givenOn.get(),
                reference.get(), thirdParty.get(), Set.copyOf(categories), Set.copyOf(items), validUntil.get());
    }

    @Override
    protected boolean complete() {
        return side.get() != null && givenOn.get() != null
                && !reference.get().isBlank() && !thirdParty.get().isBlank()
                && !(categories.isEmpty() && items.isEmpty())
                && (validUntil.get() == null || !validUntil.get().isBefore(givenOn.get()));
    }

    @Override
    protected Observable[] completeness() {
        return new Observable[] {side, givenOn, reference, thirdParty, validUntil, categories, items};
    }

    @Override
    protected String incompleteProblem() {
        return messages.get("art4.editor.incomplete");
    }
}
