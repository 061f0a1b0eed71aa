// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.access.AccessDeniedException;
import org.huiwu.domain.access.Actor;
import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.service.ValidationException;
import org.huiwu.service.archive.ArchiveUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserServiceTest {

    /** Users in memory, the first one opened the archive. */
    private static final class Users implements ArchiveUsers {
        final List<ArchiveUser> rows = new ArrayList<>();
        final List<String> resealed = new ArrayList<>();

        ArchiveUser put(String name, Role role) {
            ArchiveUser user = new ArchiveUser(UUID.randomUUID(), name, role, rows.size() + 1, Instant.EPOCH, null);
            rows.add(user);
            return user;
        }

        @Override
        public ArchiveUser openedBy() {
            return rows.get(0);
        }

        @Override
        public List<ArchiveUser> active() {
            return rows.stream().filter(ArchiveUser::active).toList();
        }

        @Override
        public ArchiveUser add(String name, Role role, char[] passphrase) {
            return put(name, role);
        }

        @Override
        public void remove(UUID user) {
            rows.replaceAll(u -> u.uuid().equals(user) ? u.removed(Instant.EPOCH) : u);
        }

        @Override
        public ArchiveUser changeRole(UUID user, Role role) {
            rows.replaceAll(u -> u.uuid().equals(user) ? u.withRole(role) : u);
            return rows.stream().filter(u -> u.uuid().equals(user)).findFirst().orElseThrow();
        }

        @Override
        public void changeOwnPassphrase(char[] current, char[] replacement) {
            resealed.add(new String(current) + " -> " + new String(replacement));
        }
    }


    private final Users users = new Users();
    private final List<String> trail = new ArrayList<>();
    private int changes;

    private UserService service() {
        return new UserService(users, () -> users.openedBy().actor(),
                () -> (action, subject, detail) -> trail.add(action + " " + subject + " " + detail), () -> changes++);
    }

    @Test
    void addingRemovingAndChangingRolesAreAuditedAndTheSessionIsTold() {
        users.put("王立新", Role.REPRESENTATIVE);
        UserService service = service();

        service.add("刘海燕", Role.ASSISTANT, "deputy passphrase".toCharArray(), "deputy passphrase".toCharArray());
        service.changeRole("刘海燕", Role.DEPUTY);
        service.remove("刘海燕");

        assertThat(service.list()).extracting(ArchiveUser::name).containsExactly("王立新");
        assertThat(trail).containsExactly(AuditAction.USER_ADDED + " user:刘海燕 ASSISTANT",
                AuditAction.ROLE_CHANGED + " user:刘海燕 ASSISTANT -> DEPUTY",
                AuditAction.USER_REMOVED + " user:刘海燕 DEPUTY");
        assertThat(changes).isEqualTo(3);
    }

    @Test
    void everyRoleChangesItsOwnPassphraseAuditedButNotToOneThePolicyRefuses() {
        users.put("陈晓东", Role.ASSISTANT);
        UserService service = service();

        assertThatThrownBy(() -> service.changeOwnPassphrase("old one".toCharArray(), "short".toCharArray(),
                "short".toCharArray())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.changeOwnPassphrase("old one".toCharArray(),
                "a new passphrase".toCharArray(), "a new passphrase!".toCharArray()))
                .isInstanceOf(ValidationException.class);
        assertThat(users.resealed).isEmpty();
        assertThat(trail).isEmpty();

        service.changeOwnPassphrase("old one".toCharArray(), "a new passphrase".toCharArray(),
                "a new passphrase".toCharArray());

        assertThat(users.resealed).containsExactly("old one -> a new passphrase");
        assertThat(trail).containsExactly(AuditAction.PASSPHRASE_CHANGED + " user:陈晓东 ");
    }

    @Test
    void theLastUserWhoMayManageUsersCanBeNeitherRemovedNorDemoted() {
        users.put("周建华", Role.ADMINISTRATOR);
        users.put("刘海燕", Role.DEPUTY);
        UserService service = service();

        assertThatThrownBy(() -> service.remove("周建华")).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().get(0).messageKey())
                .isEqualTo("users.lastManager");
        assertThatThrownBy(() -> service.changeRole("周建华", Role.ASSISTANT))
                .isInstanceOf(ValidationException.class);
        // A representative may manage users too: then the administrator may go.
        service.changeRole("刘海燕", Role.REPRESENTATIVE);
        service.changeRole("周建华", Role.ASSISTANT);
        assertThat(users.active()).extracting(ArchiveUser::role).containsExactly(Role.ASSISTANT, Role.REPRESENTATIVE);
    }

    @Test
    void aRoleWithoutManageUsersIsRefusedAndNothingChanges() {
        users.put("陈晓东", Role.ASSISTANT);
        users.put("王立新", Role.REPRESENTATIVE);
        UserService service = service();

        assertThatThrownBy(service::list).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.add("x", Role.DEPUTY, "long passphrase".toCharArray(),
                "long passphrase".toCharArray())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.remove("王立新")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeRole("陈晓东", Role.REPRESENTATIVE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.active()).hasSize(2);
        assertThat(users.openedBy().actor()).isEqualTo(new Actor("陈晓东", Role.ASSISTANT));
        assertThat(trail).isEmpty();
    }

    @Test
    void aNewUsersPassphraseMustFollowThePolicyAndBeGivenTwice() {
        users.put("王立新", Role.REPRESENTATIVE);
        UserService service = service();

        assertThatThrownBy(() -> service.add("x", Role.DEPUTY, "short".toCharArray(), "short".toCharArray()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.add("x", Role.DEPUTY, "long enough 1".toCharArray(),
                "long enough 2".toCharArray())).isInstanceOf(ValidationException.class);
        assertThat(users.active()).hasSize(1);
    }
}
