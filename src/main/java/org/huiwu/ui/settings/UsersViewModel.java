// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.settings;

import java.util.Arrays;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;
import org.huiwu.i18n.Messages;
import org.huiwu.service.access.UserService;

/** The Users card of Settings: the archive's users, adding one with a passphrase, removing, changing roles. */
public final class UsersViewModel {

    /** One user as the list shows them. */
    public record Row(ArchiveUser user, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final UserService users;
    private final Messages messages;
    private final String me;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.ASSISTANT);
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public UsersViewModel(UserService users, String me, Messages messages) {
        this.users = users;
        this.me = me;
        this.messages = messages;
    }

    /** Reads the users again; false (with the problem set) when the role may not see them. */
    public boolean refresh() {
        try {
            rows.setAll(users.list().stream().map(user -> new Row(user, text(user))).toList());
            return true;
        } catch (RuntimeException e) {
            refused(e);
            return false;
        }
    }

    private String text(ArchiveUser user) {
        String text = messages.get("main.user", user.name(), messages.of(user.role()));
        return user.name().equals(me) ? text + " ★" : text;
    }

    /** Adds the user typed in; the passphrase fields are emptied either way. */
    public boolean add() {
        char[] first = passphrase.get().toCharArray();
        char[] second = repeated.get().toCharArray();
        passphrase.set("");
        repeated.set("");
        try {
            ArchiveUser added = users.add(name.get(), role.get(), first, second);
            name.set("");
            problem.set("");
            status.set(messages.get("cli.users.added", added.name(), messages.of(added.role())));
            refresh();
            return true;
        } catch (RuntimeException e) {
            refused(e);
            return false;
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
        }
    }

    public boolean remove(Row row) {
        try {
            users.remove(row.user().name());
            problem.set("");
            status.set(messages.get("cli.users.removed", row.user().name()));
            refresh();
            return true;
        } catch (RuntimeException e) {
            refused(e);
            return false;
        }
    }

    public boolean changeRole(Row row, Role newRole) {
        try {
            ArchiveUser changed = users.changeRole(row.user().name(), newRole);
            problem.set("");
            status.set(messages.get("cli.users.roleChanged", changed.name(), messages.of(changed.role())));
            refresh();
            return true;
        } catch (RuntimeException e) {
            refused(e);
            return false;
        }
    }

    private void refused(RuntimeException e) {
        status.set("");
        problem.set(UserProblems.text(messages, e).orElseThrow(() -> e));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
