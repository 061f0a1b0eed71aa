// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.huiwu.service.ArchiveSession;
import org.huiwu.service.archive.ArchiveAccess;
import org.huiwu.service.archive.UnlockThrottle;
import org.huiwu.service.backup.BackupService;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.service.treaty.TreatyService;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.H2ArchiveAccess;
import org.huiwu.store.H2Backups;
import org.huiwu.store.PropertiesSettingsStore;
import org.huiwu.store.crypto.KeyDerivation;

/**
 * The hand-wired composition root: the one place that picks implementations (H2 store, properties settings) and
 * hands them to the services, the UI and the command line.
 */
public final class AppContext {

    private final DataDirectories directories;
    private final Clock clock;
    private final ArchiveAccess archives;
    private final SettingsService settings;
    private final TreatyService treaty;
    private final UnlockThrottle unlockThrottle;
    private final BackupService backups;

    public AppContext(DataDirectories directories, Clock clock, Locale systemLocale) {
        this(directories, clock, systemLocale, KeyDerivation.PRODUCTION);
    }

    /** With the key derivation cost for new archives (tests make cheap ones). */
    public AppContext(DataDirectories directories, Clock clock, Locale systemLocale, KeyDerivation keyDerivation) {
        this.directories = directories;
        this.clock = clock;
        H2ArchiveAccess access = new H2ArchiveAccess(keyDerivation);
        this.archives = access;
        this.settings = new SettingsService(new PropertiesSettingsStore(directories.config(), systemLocale));
        this.backups = new BackupService(new H2Backups(access), settings, clock);
        this.treaty = new TreatyService(clock);
        // Waiting is about real elapsed time, whatever date the rest of the app is told (tests fix that one).
        this.unlockThrottle = new UnlockThrottle(Clock.systemUTC());
    }

    public static AppContext forCurrentUser() {
        return new AppContext(DataDirectories.forCurrentUser(), Clock.systemDefaultZone(), Locale.getDefault());
    }

    public DataDirectories directories() {
        return directories;
    }

    public Clock clock() {
        return clock;
    }

    public ArchiveAccess archives() {
        return archives;
    }

    public SettingsService settings() {
        return settings;
    }

    /** Backups of archives: now, daily, on exit, verify and restore. */
    public BackupService backups() {
        return backups;
    }

    public TreatyService treaty() {
        return treaty;
    }

    /** Opens the archive in the folder with all its services; the caller wipes the passphrase. */
    public ArchiveSession openSession(Path folder, char[] passphrase) {
        return new ArchiveSession(archives.open(folder, passphrase), clock);
    }

    /** Failed unlocks of this running app: each one makes the next attempt wait longer. */
    public UnlockThrottle unlockThrottle() {
        return unlockThrottle;
    }
}
