// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.agenda;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A meeting's ordered agenda. Immutable: every change returns a new agenda. */
public record Agenda(List<AgendaItem> items) {

    public static final Agenda EMPTY = new Agenda(List.of());

    public Agenda {
        items = List.copyOf(items);
    }

    /** Moves an item to a new position (0-based, clamped to the agenda), the others keeping their order. */
    public Agenda move(UUID item, int newIndex) {
        List<AgendaItem> reordered = new ArrayList<>(items);
        int from = indexOf(item);
        AgendaItem moving = reordered.remove(from);
        reordered.add(Math.max(0, Math.min(newIndex, reordered.size())), moving);
        return new Agenda(reordered);
    }

    /** One place up or down, as the keyboard moves it (Alt+Up / Alt+Down); at either end nothing changes. */
    public Agenda moveBy(UUID item, int steps) {
        return move(item, indexOf(item) + steps);
    }

    public Agenda add(AgendaItem item) {
        List<AgendaItem> added = new ArrayList<>(items);
        added.add(item);
        return new Agenda(added);
    }

    /** Inserts at {@code index} (clamped to 0..n). */
    public Agenda insert(int index, AgendaItem item) {
        List<AgendaItem> added = new ArrayList<>(items);
        added.add(Math.max(0, Math.min(index, added.size())), item);
        return new Agenda(added);
    }

    /** The item with the same UUID replaced. */
    public Agenda replace(AgendaItem item) {
        List<AgendaItem> replaced = new ArrayList<>(items);
        replaced.set(indexOf(item.uuid()), item);
        return new Agenda(replaced);
    }

    public Agenda remove(UUID item) {
        List<AgendaItem> rest = new ArrayList<>(items);
        rest.remove(indexOf(item));
        return new Agenda(rest);
    }

    public Duration plannedTotal() {
        return items.stream().map(AgendaItem::planned).reduce(Duration.ZERO, Duration::plus);
    }

    /** The open items, in order: what the next meeting at the same place starts with. */
    public List<AgendaItem> openItems() {
        return items.stream().filter(AgendaItem::open).toList();
    }

    public int indexOf(UUID item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).uuid().equals(item)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No agenda item " + item);
    }
}
