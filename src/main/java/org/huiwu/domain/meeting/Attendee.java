// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

import java.util.Objects;

import org.huiwu.domain.common.Side;

/** A person who took part in a meeting for one side, in a role (which may differ from the planned delegation). */
public record Attendee(long personId, Side side, DelegationRole role) {

    public Attendee {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(role, "role");
    }
}
