// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.decision;

/** How far a decision or action item has come. Open ones follow the sides into their next meetings. */
public enum DecisionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
