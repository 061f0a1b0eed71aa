// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One check's result: of the chain itself ({@code source} empty) or of the trail against one anchor.
 *
 * @param sequence the entry concerned: the edited or unchained one, the last before a gap, the anchor's sequence,
 *                 or for SUPERSEDED the RESTORED entry
 */
public record AuditCheck(AuditFinding finding, long sequence, Optional<AnchorSource> source) {

    public AuditCheck {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(source, "source");
    }

    /** INTACT, or SUPERSEDED: an anchor of a history a recorded restore replaced is no sign of tampering. */
    public boolean intact() {
        return finding == AuditFinding.INTACT || finding == AuditFinding.SUPERSEDED;
    }
}
