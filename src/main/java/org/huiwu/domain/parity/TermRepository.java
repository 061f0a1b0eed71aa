// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.util.List;
import java.util.UUID;

/** The archive's termbase. Entries are identified by their term's UUID; every change is durable when it returns. */
public interface TermRepository {

    /** Every entry, in the order they were first stored. */
    List<TermbaseEntry> findAll();

    /** Stores the entry: a new one, or the one with the same UUID replaced. */
    TermbaseEntry save(TermbaseEntry entry);

    /** Stores several entries at once (seed, import): one transaction and one journal entry. */
    void saveAll(List<TermbaseEntry> entries);

    /** Removes the entry; returns whether there was one. */
    boolean delete(UUID uuid);

    /**
     * Whether the termbase was ever filled: seeded, or any entry saved or deleted. An archive whose users deleted
     * every term is not seeded again.
     */
    boolean seeded();
}
