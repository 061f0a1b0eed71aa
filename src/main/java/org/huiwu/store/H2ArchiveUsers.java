// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Violation;
import org.huiwu.service.ValidationException;
import org.huiwu.service.archive.ArchiveUsers;
import org.huiwu.store.crypto.FileKey;
import org.huiwu.store.crypto.KeyDerivation;
import org.huiwu.store.crypto.KeySlot;

/**
 * Users and their key slots in an open archive. The user's row is saved (journaled) before their slot is written
 * into the header, and a slot is removed from the header before the row is marked removed; a crash in between
 * leaves an active user without a slot, which {@link #reconcile} marks removed at the next open. It keeps a copy of
 * the file key to seal new slots, wiped when the archive closes.
 */
final class H2ArchiveUsers implements ArchiveUsers {

    private final Path folder;
    private final JooqUserRepository users;
    private final FileKey fileKey;
    private final UUID openedBy;
    private final KeyDerivation defaultCost;

    private H2ArchiveUsers(Path folder, JooqUserRepository users, FileKey fileKey, UUID openedBy,
                           KeyDerivation defaultCost) {
        this.folder = folder;
        this.users = users;
        this.fileKey = fileKey;
        this.openedBy = openedBy;
        this.defaultCost = defaultCost;
    }

    /**
     * The users of an archive just opened through the slot {@code slot}. An archive made before there were users
     * (no row at all) gets one representative per slot. Empty when the slot belongs to no active user.
     */
    static java.util.Optional<H2ArchiveUsers> of(Path folder, ArchiveHeader.Contents header,
                                                 JooqUserRepository users, FileKey fileKey, int slot,
                                                 KeyDerivation defaultCost) {
        reconcile(header, users);
        return users.activeOfSlot(slot).map(user -> new H2ArchiveUsers(folder, users, fileKey.copy(), user.uuid(),
                defaultCost));
    }

    /** Old archives get their users; users whose slot is gone (a crash inside add or remove) are removed. */
    static void reconcile(ArchiveHeader.Contents header, JooqUserRepository users) {
        List<ArchiveUser> all = users.all();
        if (all.isEmpty()) {
            List<String> taken = new ArrayList<>();
            for (KeySlot slot : header.slots()) {
                String name = nameFor(slot.label(), taken);
                taken.add(name);
                users.save(new ArchiveUser(UUID.randomUUID(), name, Role.REPRESENTATIVE, slot.number(),
                        Instant.now(), null));
            }
            return;
        }
        for (ArchiveUser user : all) {
            boolean hasSlot = header.slots().stream().anyMatch(slot -> slot.number() == user.slot());
            if (user.active() && !hasSlot) {
                users.markRemoved(user.uuid(), Instant.now());
            }
        }
    }

    /** The name of the first user when none is given: the slot's label, else the operating system's user. */
    static String defaultName() {
        String system = System.getProperty("user.name", "").strip();
        return system.isEmpty() ? H2ArchiveAccess.OWNER_SLOT : system;
    }

    private static String nameFor(String label, List<String> taken) {
        String base = label == null || label.isBlank() || label.equals(H2ArchiveAccess.OWNER_SLOT)
                ? defaultName() : label.strip();
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    @Override
    public synchronized ArchiveUser openedBy() {
        return users.find(openedBy).orElseThrow();
    }

    @Override
    public synchronized List<ArchiveUser> active() {
        return users.all().stream().filter(ArchiveUser::active)
                .sorted(Comparator.comparing(ArchiveUser::name)).toList();
    }

    @Override
    public synchronized ArchiveUser add(String name, Role role, char[] passphrase) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > ArchiveUser.MAX_NAME_LENGTH) {
            throw refused("name", "users.name.invalid");
        }
        if (taken(stripped)) {
            throw refused("name", "users.name.taken");
        }
        ArchiveHeader.Contents header = header();
        for (KeySlot slot : header.slots()) {
            try (FileKey opened = slot.open(passphrase, header.kdf(), header.info().uuid())) {
                // Two users with one passphrase could not be told apart at unlock.
                throw refused("passphrase", "users.passphrase.inUse");
            } catch (KeySlot.WrongPassphraseException e) {
                // not this slot's: good
            }
        }
        int number = Math.max(header.highestSlot(),
                users.all().stream().mapToInt(ArchiveUser::slot).max().orElse(0)) + 1;
        ArchiveUser user = users.save(new ArchiveUser(UUID.randomUUID(), stripped, role, number, Instant.now(),
                null));
        KeySlot slot = KeySlot.seal(number, stripped, fileKey, passphrase, header.kdf(), header.info().uuid());
        try {
            ArchiveHeader.write(folder, header.withAddedSlot(slot));
        } catch (IOException e) {
            users.markRemoved(user.uuid(), Instant.now());
            throw new ArchiveException(ArchiveException.Reason.IO, folder.toString(), e);
        }
        return user;
    }

    @Override
    public synchronized void remove(UUID user) {
        ArchiveUser removed = users.find(user).filter(ArchiveUser::active)
                .orElseThrow(() -> refused("user", "users.unknown"));
        ArchiveHeader.Contents header = header();
        try {
            ArchiveHeader.write(folder, header.withoutSlot(removed.slot()));
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Reason.IO, folder.toString(), e);
        }
        users.markRemoved(user, Instant.now());
    }

    @Override
    public synchronized void changeOwnPassphrase(char[] current, char[] replacement) {
        H2ArchiveAccess.reseal(folder, current, replacement, defaultCost, openedBy().slot());
    }

    @Override
    public synchronized ArchiveUser changeRole(UUID user, Role role) {
        ArchiveUser changed = users.find(user).filter(ArchiveUser::active)
                .orElseThrow(() -> refused("user", "users.unknown"));
        return users.save(changed.withRole(role));
    }

    private boolean taken(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return users.all().stream().filter(ArchiveUser::active)
                .anyMatch(user -> user.name().toLowerCase(Locale.ROOT).equals(wanted));
    }

    private ArchiveHeader.Contents header() {
        return ArchiveHeader.read(folder).orElseThrow(
                () -> new ArchiveException(ArchiveException.Reason.NOT_FOUND, folder.toString()));
    }

    private static ValidationException refused(String field, String key) {
        return new ValidationException(List.of(new Violation(field, key)));
    }

    void close() {
        fileKey.close();
    }
}
