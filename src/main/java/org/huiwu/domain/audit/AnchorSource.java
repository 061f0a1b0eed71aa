// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An anchor and where it was found: a backup file or a protocol PDF (kept in the archive or given by hand).
 *
 * @param made when the file was made, if it says: an anchor older than a restore belongs to the history the restore
 *             replaced
 */
public record AnchorSource(Kind kind, String name, AuditAnchor anchor, Optional<Instant> made) {

    public enum Kind { BACKUP, PROTOCOL }

    public AnchorSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(made, "made");
    }

    /** An anchor whose file does not say when it was made. */
    public AnchorSource(Kind kind, String name, AuditAnchor anchor) {
        this(kind, name, anchor, Optional.empty());
    }
}
