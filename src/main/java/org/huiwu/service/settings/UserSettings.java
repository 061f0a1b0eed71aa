// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.settings;

import java.util.Objects;

import org.huiwu.i18n.Language;

/** What the user chose for the app itself (not for the records): UI language and theme. */
public record UserSettings(Language language, Theme theme) {

    public UserSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
    }

    public UserSettings withLanguage(Language newLanguage) {
        return new UserSettings(newLanguage, theme);
    }

    public UserSettings withTheme(Theme newTheme) {
        return new UserSettings(language, newTheme);
    }
}
