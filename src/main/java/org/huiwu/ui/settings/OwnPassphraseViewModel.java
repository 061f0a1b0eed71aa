// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.settings;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.huiwu.i18n.Messages;
import org.huiwu.service.access.UserService;

/**
 * The "My passphrase" card of Settings, for every user: the current passphrase, the new one twice. Sealing a slot
 * costs a key derivation per slot (seconds with the production cost), so it runs in the background.
 */
public final class OwnPassphraseViewModel {

    private final UserService users;
    private final Messages messages;
    private final Executor background;
    private final Consumer<Runnable> fxThread;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** @param fxThread where the outcome is applied: Platform::runLater in the app, direct in tests */
    public OwnPassphraseViewModel(UserService users, Messages messages, Executor background,
                                  Consumer<Runnable> fxThread) {
        this.users = users;
        this.messages = messages;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Changes the passphrase typed in; the three fields are emptied at once, whatever the outcome. */
    public void change() {
        if (busy.get()) {
            return;
        }
        char[] old = current.get().toCharArray();
        char[] first = replacement.get().toCharArray();
        char[] second = repeated.get().toCharArray();
        current.set("");
        replacement.set("");
        repeated.set("");
        busy.set(true);
        problem.set("");
        status.set(messages.get("settings.passphrase.changing"));
        background.execute(() -> {
            String failure = null;
            try {
                users.changeOwnPassphrase(old, first, second);
            } catch (RuntimeException e) {
                failure = UserProblems.text(messages, e).orElse(null);
                if (failure == null) {
                    // Not the user's doing: the card is free again, and the error goes to the app's handler.
                    fxThread.accept(() -> {
                        busy.set(false);
                        status.set("");
                    });
                    throw e;
                }
            } finally {
                Arrays.fill(old, '\0');
                Arrays.fill(first, '\0');
                Arrays.fill(second, '\0');
            }
            String refused = failure;
            fxThread.accept(() -> {
                busy.set(false);
                problem.set(refused == null ? "" : refused);
                status.set(refused == null ? messages.get("settings.passphrase.changed") : "");
            });
        });
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
