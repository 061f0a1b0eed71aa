// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.access;

import java.util.Objects;

/** Who is acting in a session: the user whose key slot opened the archive, with their role. */
public record Actor(String userName, Role role) {

    public Actor {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
    }

    public boolean may(Permission permission) {
        return role.may(permission);
    }

    /** Refuses with {@link AccessDeniedException} when the role does not allow it; nothing is written then. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException(this, permission);
        }
    }
}
