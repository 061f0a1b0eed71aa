// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.i18n.Messages;
import org.huiwu.service.confidentiality.ConfidentialityService;

/**
 * The Art. 4 tab: the register of information items received and the register of the providing side's consents.
 * Everyone who may read sees both; only a role that keeps the registers is offered adding and editing.
 */
public final class Art4ViewModel {

    private final ConfidentialityService service;
    private final Art4Links links;
    private final Messages messages;
    private final boolean mayKeep;
    private final ObservableList<InformationItemRow> items = FXCollections.observableArrayList();
    private final ObservableList<ConsentRow> consents = FXCollections.observableArrayList();
    private final ObjectProperty<InformationItemRow> selectedItem = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsentRow> selectedConsent = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");

    public Art4ViewModel(ConfidentialityService service, Art4Links links, Messages messages, boolean mayKeep) {
        this.service = service;
        this.links = links;
        this.messages = messages;
        this.mayKeep = mayKeep;
    }

    /** Whether the user's role keeps the registers: the tab's editing controls are shown only then. */
    public boolean mayKeep() {
        return mayKeep;
    }

    public void load() {
        items.setAll(service.items().stream().map(this::row).toList());
        consents.setAll(service.consents().stream().map(this::row).toList());
    }

    public ObservableList<InformationItemRow> items() {
        return items;
    }

    public ObservableList<ConsentRow> consents() {
        return consents;
    }

    public ObjectProperty<InformationItemRow> selectedItemProperty() {
        return selectedItem;
    }

    public ObjectProperty<ConsentRow> selectedConsentProperty() {
        return selectedConsent;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** An editor for a new item; the table reloads when it saves. */
    public InformationItemEditorViewModel addItem() {
        return new InformationItemEditorViewModel(service, links, messages, null, this::load);
    }

    public Optional<InformationItemEditorViewModel> editSelectedItem() {
        return Optional.ofNullable(selectedItem.get()).map(row ->
                new InformationItemEditorViewModel(service, links, messages, row.item(), this::load));
    }

    /** An editor for a new consent, offering the registered items to cover one by one. */
    public ConsentEditorViewModel addConsent() {
        return new ConsentEditorViewModel(service, messages, items.stream().map(InformationItemRow::item).toList(),
                null, this::load);
    }

    public Optional<ConsentEditorViewModel> editSelectedConsent() {
        return Optional.ofNullable(selectedConsent.get()).map(row -> new ConsentEditorViewModel(service, messages,
                items.stream().map(InformationItemRow::item).toList(), row.consent(), this::load));
    }

    private InformationItemRow row(InformationItem item) {
        return new InformationItemRow(item, messages.of(item.category()), messages.of(item.providingSide()),
                item.receivedOn().toString(), messages.of(item.channel()), item.text().zh(), item.text().ru(),
                messages.get("art4.links.count", item.agendaItems().size(), item.clauses().size()));
    }

    private ConsentRow row(Consent consent) {
        String scope = consent.categories().stream().sorted().map(messages::of)
                .collect(Collectors.joining("; "));
        if (!consent.items().isEmpty()) {
            scope = (scope.isEmpty() ? "" : scope + "; ") + messages.get("art4.scope.items", consent.items().size());
        }
        return new ConsentRow(consent, messages.of(consent.providingSide()), consent.givenOn().toString(),
                consent.reference(), consent.thirdParty(), scope,
                consent.validUntil() == null ? "" : consent.validUntil().toString());
    }
}
