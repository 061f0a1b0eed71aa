// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.huiwu.service.ArchiveSession;
import org.huiwu.service.archive.ArchiveAccess;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.service.treaty.TreatyService;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.H2ArchiveAccess;
import org.huiwu.store.PropertiesSettingsStore;

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

    public AppContext(DataDirectories directories, Clock clock, Locale systemLocale) {
        this.directories = directories;
        this.clock = clock;
        this.archives = new H2ArchiveAccess();
        this.settings = new SettingsService(new PropertiesSettingsStore(directories.config(), systemLocale));
        this.treaty = new TreatyService(clock);
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

    public TreatyService treaty() {
        return treaty;
    }

    /** Opens the archive in the folder with all its services. */
    public ArchiveSession openSession(Path folder) {
        return new ArchiveSession(archives.open(folder), clock);
    }
}
