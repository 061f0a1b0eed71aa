// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

import java.util.List;
import java.util.Optional;

/**
 * Where the trail is kept. It only appends and reads: nothing in the app changes or deletes an entry, which is what
 * makes a changed or missing one a sign of tampering.
 */
public interface AuditRepository {

    /** Appends the entry, durable when this returns; refused when its sequence is taken. */
    void append(AuditEntry entry);

    /** Every entry, by sequence. */
    List<AuditEntry> all();

    /** The entry with the highest sequence. */
    Optional<AuditEntry> newest();
}
