// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.agenda;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
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
 * @param reviewedDecisions the decisions of earlier meetings this item reviews (the item "implementation of the
 *                          decisions of the previous meeting"), empty for other items
 */
public record AgendaItem(UUID uuid, Bilingual title, Bilingual note, Duration planned, Side proposedBy,
                         Set<CooperationArea> areas, Set<InformationCategory> categories, boolean open,
                         UUID carriedFrom, List<UUID> reviewedDecisions) {

    /** The title of the item that reviews the previous meeting's decisions, as both sides write it. */
    public static final Bilingual REVIEW_TITLE = Bilingual.of("上次会晤决定的落实情况",
            "О выполнении решений предыдущей встречи");

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
        reviewedDecisions = reviewedDecisions == null ? List.of() : List.copyOf(reviewedDecisions);
    }

    public AgendaItem(UUID uuid, Bilingual title, Bilingual note, Duration planned, Side proposedBy,
                      Set<CooperationArea> areas, Set<InformationCategory> categories, boolean open,
                      UUID carriedFrom) {
        this(uuid, title, note, planned, proposedBy, areas, categories, open, carriedFrom, List.of());
    }

    /** The item that reviews how the given decisions of earlier meetings were carried out. */
    public static AgendaItem reviewOf(List<UUID> decisions, Side proposedBy) {
        return new AgendaItem(UUID.randomUUID(), REVIEW_TITLE, Bilingual.EMPTY, Duration.ofMinutes(30), proposedBy,
                Set.of(), Set.of(), true, null, decisions);
    }

    public boolean reviewsDecisions() {
        return !reviewedDecisions.isEmpty();
    }

    public static AgendaItem create(Bilingual title, Duration planned, Side proposedBy) {
        return new AgendaItem(UUID.randomUUID(), title, Bilingual.EMPTY, planned, proposedBy, Set.of(), Set.of(),
                true, null);
    }

    /** The same matter on the next meeting's agenda: a new item that remembers where it came from. */
    public AgendaItem carriedForward() {
        return new AgendaItem(UUID.randomUUID(), title, note, planned, proposedBy, areas, categories, true, uuid,
                List.of());
    }

    public AgendaItem closed() {
        return withOpen(false);
    }

    public AgendaItem withOpen(boolean isOpen) {
        return new AgendaItem(uuid, title, note, planned, proposedBy, areas, categories, isOpen, carriedFrom,
                reviewedDecisions);
    }

    /** The same item with what an editor changes; its identity, origin and reviewed decisions stay. */
    public AgendaItem edited(Bilingual newTitle, Bilingual newNote, Duration newPlanned, Side newProposedBy,
                             Set<CooperationArea> newAreas, Set<InformationCategory> newCategories) {
        return new AgendaItem(uuid, newTitle, newNote, newPlanned, newProposedBy, newAreas, newCategories, open,
                carriedFrom, reviewedDecisions);
    }
}
