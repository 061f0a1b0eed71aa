// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.settings;

import java.util.Objects;

import org.huiwu.i18n.Language;

/**
 * What the user chose for the app itself (not for the records): UI language, theme, after how many idle minutes
 * the archive locks (0: never), and backups.
 */
public record UserSettings(Language language, Theme theme, int idleLockMinutes, BackupSettings backup) {

    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    public static final int LONGEST_IDLE_LOCK_MINUTES = 480;

    public UserSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(backup, "backup");
        if (idleLockMinutes < 0 || idleLockMinutes > LONGEST_IDLE_LOCK_MINUTES) {
            throw new IllegalArgumentException("idle lock minutes out of range: " + idleLockMinutes);
        }
    }

    public UserSettings(Language language, Theme theme) {
        this(language, theme, DEFAULT_IDLE_LOCK_MINUTES);
    }

    public UserSettings(Language language, Theme theme, int idleLockMinutes) {
        this(language, theme, idleLockMinutes, BackupSettings.DEFAULTS);
    }

    public UserSettings withLanguage(Language newLanguage) {
        return new UserSettings(newLanguage, theme, idleLockMinutes, backup);
    }

    public UserSettings withTheme(Theme newTheme) {
        return new UserSettings(language, newTheme, idleLockMinutes, backup);
    }

    public UserSettings withIdleLockMinutes(int minutes) {
        return new UserSettings(language, theme, minutes, backup);
    }

    public UserSettings withBackup(BackupSettings newBackup) {
        return new UserSettings(language, theme, idleLockMinutes, newBackup);
    }
}
