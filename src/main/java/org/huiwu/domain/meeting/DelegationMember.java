// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.common.Side;

/** A person's place in one side's delegation to a meeting. */
public record DelegationMember(UUID uuid, long personId, Side side, DelegationRole role) {

    public DelegationMember {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(role, "role");
    }

    public static DelegationMember of(long personId, Side side, DelegationRole role) {
        return new DelegationMember(UUID.randomUUID(), personId, side, role);
    }
}
