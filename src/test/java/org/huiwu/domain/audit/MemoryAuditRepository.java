// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A trail in memory for tests; {@link #entries()} is the list itself, so a test can tamper with it. */
public final class MemoryAuditRepository implements AuditRepository {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        if (entries.stream().anyMatch(e -> e.sequence() == entry.sequence())) {
            throw new IllegalStateException("sequence taken: " + entry.sequence());
        }
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized Optional<AuditEntry> newest() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    public List<AuditEntry> entries() {
        return entries;
    }
}
