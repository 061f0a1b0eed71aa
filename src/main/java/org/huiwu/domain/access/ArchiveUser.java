// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.access;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user of an archive: a name, a role and the number of the key slot their passphrase opens. A removed user keeps
 * the record (the trail names them) but their slot is gone: they can no longer open the archive.
 */
public record ArchiveUser(UUID uuid, String name, Role role, int slot, Instant createdAt, Instant removedAt) {

    public static final int MAX_NAME_LENGTH = 100;

    public ArchiveUser {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        name = name.strip();
    }

    public boolean active() {
        return removedAt == null;
    }

    public Actor actor() {
        return new Actor(name, role);
    }

    public ArchiveUser withRole(Role changed) {
        return new ArchiveUser(uuid, name, changed, slot, createdAt, removedAt);
    }

    public ArchiveUser removed(Instant at) {
        return new ArchiveUser(uuid, name, role, slot, createdAt, at);
    }
}
