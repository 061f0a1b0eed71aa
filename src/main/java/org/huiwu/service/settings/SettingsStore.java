// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.settings;

/** Keeps the user's settings between runs. */
public interface SettingsStore {

    /** The saved settings, or the defaults (system language, light theme) when none were saved. */
    UserSettings load();

    void save(UserSettings settings);
}
