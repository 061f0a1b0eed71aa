// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.access;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.huiwu.domain.access.Actor;
import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Permission;
import org.huiwu.domain.access.Role;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditTrail;
import org.huiwu.domain.common.Violation;
import org.huiwu.service.ValidationException;
import org.huiwu.service.archive.ArchiveUsers;
import org.huiwu.service.archive.PassphrasePolicy;

/**
 * Managing the archive's users: listing, adding (each with a key slot of their own), removing and changing roles.
 * Everything here needs {@link Permission#MANAGE_USERS}; the last user who holds it can be neither removed nor
 * demoted, or nobody could manage the archive's users again.
 */
public final class UserService {

    private final ArchiveUsers users;
    private final Supplier<Actor> actor;
    private final Supplier<AuditTrail> audit;
    private final Runnable changed;

    /**
     * @param changed called after every change, so the session sees its own user's new role at once
     */
    public UserService(ArchiveUsers users, Supplier<Actor> actor, Supplier<AuditTrail> audit, Runnable changed) {
        this.users = Objects.requireNonNull(users, "users");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    /** The users who can open the archive, by name. */
    public List<ArchiveUser> list() {
        actor.get().require(Permission.MANAGE_USERS);
        return users.active();
    }

    /** Adds a user with their own passphrase (given twice); the caller wipes both arrays. */
    public ArchiveUser add(String name, Role role, char[] passphrase, char[] repeated) {
        actor.get().require(Permission.MANAGE_USERS);
        Objects.requireNonNull(role, "role");
        PassphrasePolicy.check(passphrase, repeated).ifPresent(key -> {
            throw refused("passphrase", key);
        });
        ArchiveUser added = users.add(name, role, passphrase);
        audit.get().record(AuditAction.USER_ADDED, subject(added), added.role().name());
        changed.run();
        return added;
    }

    /** Removes the user's key slot: their passphrase no longer opens the archive. */
    public void remove(String name) {
        actor.get().require(Permission.MANAGE_USERS);
        ArchiveUser removed = named(name);
        refuseLastManager(removed, null);
        users.remove(removed.uuid());
        audit.get().record(AuditAction.USER_REMOVED, subject(removed), removed.role().name());
        changed.run();
    }

    public ArchiveUser changeRole(String name, Role role) {
        actor.get().require(Permission.MANAGE_USERS);
        Objects.requireNonNull(role, "role");
        ArchiveUser user = named(name);
        if (user.role() == role) {
            return user;
        }
        refuseLastManager(user, role);
        ArchiveUser saved = users.changeRole(user.uuid(), role);
        audit.get().record(AuditAction.ROLE_CHANGED, subject(saved), user.role().name() + " -> " + role.name());
        changed.run();
        return saved;
    }

    /**
     * Changes the session user's own passphrase (every role may; the current one is asked again, so an unlocked
     * session left alone does not hand over the archive). The caller wipes the three arrays.
     */
    public void changeOwnPassphrase(char[] current, char[] replacement, char[] repeated) {
        PassphrasePolicy.check(replacement, repeated).ifPresent(key -> {
            throw refused("passphrase", key);
        });
        ArchiveUser user = users.openedBy();
        users.changeOwnPassphrase(current, replacement);
        audit.get().record(AuditAction.PASSPHRASE_CHANGED, subject(user), "");
    }

    /** The user the session runs as. */
    public ArchiveUser current() {
        return users.openedBy();
    }

    private ArchiveUser named(String name) {
        String wanted = name == null ? "" : name.strip();
        return users.active().stream().filter(user -> user.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> refused("user", "users.unknown"));
    }

    /** {@code newRole} null: the user is removed. */
    private void refuseLastManager(ArchiveUser user, Role newRole) {
        if (!user.role().may(Permission.MANAGE_USERS) || newRole != null && newRole.may(Permission.MANAGE_USERS)) {
            return;
        }
        boolean another = users.active().stream()
                .anyMatch(other -> !other.uuid().equals(user.uuid()) && other.role().may(Permission.MANAGE_USERS));
        if (!another) {
            throw refused("user", "users.lastManager");
        }
    }

    private static String subject(ArchiveUser user) {
        return "user:" + user.name();
    }

    private static ValidationException refused(String field, String key) {
        return new ValidationException(List.of(new Violation(field, key)));
    }
}
