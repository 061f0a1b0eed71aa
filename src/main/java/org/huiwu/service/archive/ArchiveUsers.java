// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.archive;

import java.util.List;
import java.util.UUID;

import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;

/**
 * The users of an open archive and their key slots. Only the store can seal a slot (it holds the file key while the
 * archive is open); the rules of who may do what are {@link org.huiwu.service.access.UserService}'s.
 */
public interface ArchiveUsers {

    /** The user whose key slot opened the archive, as they are now (a role change shows at once). */
    ArchiveUser openedBy();

    /** The users who can open the archive, by name. */
    List<ArchiveUser> active();

    /**
     * A new user with a key slot of their own for the passphrase (the caller wipes it). Refused with a
     * {@link org.huiwu.service.ValidationException} when the name is taken or the passphrase opens another slot.
     */
    ArchiveUser add(String name, Role role, char[] passphrase);

    /** Removes the user's key slot (they can no longer open the archive) and marks them removed. */
    void remove(UUID user);

    ArchiveUser changeRole(UUID user, Role role);

    /**
     * Seals the opening user's own slot for {@code replacement}, if {@code current} opens it (else an
     * {@link org.huiwu.domain.archive.ArchiveException} WRONG_PASSPHRASE); the records do not change.
     */
    void changeOwnPassphrase(char[] current, char[] replacement);

    /** An archive without users (a test's archive in memory): the one who opened it may do everything. */
    static ArchiveUsers unmanaged() {
        ArchiveUser owner = new ArchiveUser(new UUID(0, 1), "", Role.REPRESENTATIVE, 1, java.time.Instant.EPOCH,
                null);
        return new ArchiveUsers() {
            @Override
            public ArchiveUser openedBy() {
                return owner;
            }

            @Override
            public List<ArchiveUser> active() {
                return List.of(owner);
            }

            @Override
            public ArchiveUser add(String name, Role role, char[] passphrase) {
                throw new UnsupportedOperationException("an archive without users");
            }

            @Override
            public void remove(UUID user) {
                throw new UnsupportedOperationException("an archive without users");
            }

            @Override
            public ArchiveUser changeRole(UUID user, Role role) {
                throw new UnsupportedOperationException("an archive without users");
            }

            @Override
            public void changeOwnPassphrase(char[] current, char[] replacement) {
                throw new UnsupportedOperationException("an archive without users");
            }
        };
    }
}
