// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

import java.util.Objects;

/** An anchor and where it was found: a backup file or a protocol PDF (kept in the archive or given by hand). */
public record AnchorSource(Kind kind, String name, AuditAnchor anchor) {

    public enum Kind { BACKUP, PROTOCOL }

    public AnchorSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(anchor, "anchor");
    }
}
