// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The user's settings, remembered between runs; listeners apply a change at once. */
public class SettingsService {

    private final SettingsStore store;
    private final List<Consumer<UserSettings>> listeners = new ArrayList<>();
    private UserSettings current;

    public SettingsService(SettingsStore store) {
        this.store = store;
        this.current = store.load();
    }

    public UserSettings current() {
        return current;
    }

    /** Saves the new settings and tells every listener; nothing happens when nothing changed. */
    public void update(UserSettings settings) {
        if (settings.equals(current)) {
            return;
        }
        store.save(settings);
        current = settings;
        for (Consumer<UserSettings> listener : List.copyOf(listeners)) {
            listener.accept(settings);
        }
    }

    public void onChange(Consumer<UserSettings> listener) {
        listeners.add(listener);
    }
}
