// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.agenda;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;

/**
 * One item of a meeting's agenda: title and note in both languages, planned duration, the side that proposed it,
 * and its tags from Art. 2 (areas of cooperation) and Art. 4 (categories of information).
 *
 * @param carriedFrom the item of an earlier meeting this one continues, or null
 */
public record AgendaItem(UUID uuid, Bilingual title, Bilingual note, Duration planned, Side proposedBy,
                         Set<CooperationArea> areas, Set<InformationCategory> categories, boolean open,
                         UUID carriedFrom) {

    public AgendaItem {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(title, "title");
        note = Objects.requireNonNullElse(note, Bilingual.EMPTY);
        Objects.requireNonNull(planned, "planned");
        if (planned.isNegative()) {
            throw new IllegalArgumentException("planned duration is negative");
        }
        Objects.requireNonNull(proposedBy, "proposedBy");
        areas = areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }

    public static AgendaItem create(Bilingual title, Duration planned, Side proposedBy) {
        return new AgendaItem(UUID.randomUUID(), title, Bilingual.EMPTY, planned, proposedBy, Set.of(), Set.of(),
                true, null);
    }

    /** The same matter on the next meeting's agenda: a new item that remembers where it came from. */
    public AgendaItem carriedForward() {
        return new AgendaItem(UUID.randomUUID(), title, note, planned, proposedBy, areas, categories, true, uuid);
    }

    public AgendaItem closed() {
        return new AgendaItem(uuid, title, note, planned, proposedBy, areas, categories, false, carriedFrom);
    }
}
