// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.domain.parity.TermRepository;
import org.huiwu.domain.parity.TermbaseEntry;

/** A termbase in memory, in the order entries were first stored, like the store keeps it. */
public final class InMemoryTerms implements TermRepository {

    private final Map<UUID, TermbaseEntry> entries = new LinkedHashMap<>();
    private boolean seeded;

    @Override
    public synchronized List<TermbaseEntry> findAll() {
        return List.copyOf(entries.values());
    }

    @Override
    public synchronized TermbaseEntry save(TermbaseEntry entry) {
        entries.put(entry.uuid(), entry);
        seeded = true;
        return entry;
    }

    @Override
    public synchronized void saveAll(List<TermbaseEntry> list) {
        list.forEach(this::save);
        seeded = true;
    }

    @Override
    public synchronized boolean delete(UUID uuid) {
        seeded = true;
        return entries.remove(uuid) != null;
    }

    @Override
    public synchronized boolean seeded() {
        return seeded;
    }
}
