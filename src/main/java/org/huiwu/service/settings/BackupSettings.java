// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where and when backups are made: the chosen folder (none yet: no automatic backups), how many of an archive's
 * backups the folder keeps, and whether one is made once a day while the app runs and when it closes.
 */
public record BackupSettings(Path folder, int keep, boolean daily, boolean onExit) {

    public static final int DEFAULT_KEEP = 10;
    public static final int MOST_KEPT = 365;
    public static final BackupSettings DEFAULTS = new BackupSettings(null, DEFAULT_KEEP, true, true);

    public BackupSettings {
        if (keep < 1 || keep > MOST_KEPT) {
            throw new IllegalArgumentException("backups kept out of range: " + keep);
        }
    }

    public Optional<Path> chosenFolder() {
        return Optional.ofNullable(folder);
    }

    public BackupSettings withFolder(Path newFolder) {
        return new BackupSettings(newFolder, keep, daily, onExit);
    }

    public BackupSettings withKeep(int newKeep) {
        return new BackupSettings(folder, newKeep, daily, onExit);
    }

    public BackupSettings withDaily(boolean newDaily) {
        return new BackupSettings(folder, keep, newDaily, onExit);
    }

    public BackupSettings withOnExit(boolean newOnExit) {
        return new BackupSettings(folder, keep, daily, newOnExit);
    }
}
