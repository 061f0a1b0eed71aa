// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.access;

import java.util.EnumSet;
import java.util.Set;

import static org.huiwu.domain.access.Permission.*;

/**
 * A user's role in an archive. Roles guard against mistakes and casual misuse by colleagues, not against someone
 * who holds a passphrase: every key slot opens the whole archive.
 */
public enum Role {
    /** Leads the talks: everything, users and backups included (a one-person archive needs no administrator). */
    REPRESENTATIVE(EnumSet.allOf(Permission.class)),
    /** Reviews past records and the audit trail, writes private notes, prepares drafts. */
    DEPUTY(EnumSet.of(READ, DRAFT, WRITE_NOTES, READ_AUDIT)),
    /** Drafts agendas and minutes and prints; cannot agree, finalize or sign. */
    ASSISTANT(EnumSet.of(READ, DRAFT, PRINT_EXPORT)),
    /** Keeps the archive: users, backups and a look at the audit trail. */
    ADMINISTRATOR(EnumSet.of(READ, MANAGE_USERS, MANAGE_BACKUPS, READ_AUDIT));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }
}
