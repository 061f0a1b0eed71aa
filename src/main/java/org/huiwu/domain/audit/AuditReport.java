// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

import java.util.List;
import java.util.Objects;

/** The whole verification: the chain, then every anchor found; intact only when all are. */
public record AuditReport(long entries, AuditCheck chain, List<AuditCheck> anchors) {

    public AuditReport {
        Objects.requireNonNull(chain, "chain");
        anchors = List.copyOf(anchors);
    }

    public boolean intact() {
        return chain.intact() && anchors.stream().allMatch(AuditCheck::intact);
    }

    /** The first finding that is not intact (the chain's first), or the chain's INTACT. */
    public AuditCheck verdict() {
        if (!chain.intact()) {
            return chain;
        }
        return anchors.stream().filter(check -> !check.intact()).findFirst().orElse(chain);
    }
}
