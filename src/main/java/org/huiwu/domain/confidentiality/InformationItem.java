// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.confidentiality;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;

/**
 * Information one side gave under Art. 4, as registered: its category, who provided it, when and how it came, its
 * text in both languages, and the agenda items and minutes' clauses (aligned pairs) that use it, by UUID. Material
 * that contains a linked agenda item or clause contains the item.
 */
public record InformationItem(UUID uuid, InformationCategory category, Side providingSide, LocalDate receivedOn,
                              InformationChannel channel, Bilingual text, Set<UUID> agendaItems,
                              Set<UUID> clauses) {

    public InformationItem {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(providingSide, "providingSide");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        if (text.zh().isBlank() && text.ru().isBlank()) {
            throw new IllegalArgumentException("An information item needs a text in Chinese or Russian");
        }
        agendaItems = Set.copyOf(agendaItems);
        clauses = Set.copyOf(clauses);
    }

    public static InformationItem create(InformationCategory category, Side providingSide, LocalDate receivedOn,
                                         InformationChannel channel, Bilingual text) {
        return new InformationItem(UUID.randomUUID(), category, providingSide, receivedOn, channel, text, Set.of(),
                Set.of());
    }

    /** Whether material made of these agenda items and clauses uses this item. */
    public boolean usedBy(Set<UUID> agendaItemsOfMaterial, Set<UUID> clausesOfMaterial) {
        return agendaItems.stream().anyMatch(agendaItemsOfMaterial::contains)
                || clauses.stream().anyMatch(clausesOfMaterial::contains);
    }

    public InformationItem withLinks(Set<UUID> agendaItems, Set<UUID> clauses) {
        return new InformationItem(uuid, category, providingSide, receivedOn, channel, text, agendaItems, clauses);
    }

    public InformationItem withDetails(InformationCategory category, Side providingSide, LocalDate receivedOn,
                                       InformationChannel channel, Bilingual text) {
        return new InformationItem(uuid, category, providingSide, receivedOn, channel, text, agendaItems, clauses);
    }

    /** A short stable label for exception messages and audit details: "Art. 4(5) 3f2a1b2c". */
    public String label() {
        return "Art. 4(" + category.item() + ") " + uuid.toString().substring(0, 8);
    }
}
