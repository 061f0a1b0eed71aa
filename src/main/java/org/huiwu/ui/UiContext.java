// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import javafx.stage.Stage;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.archive.ArchiveAccess;
import org.huiwu.service.backup.BackupService;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.service.treaty.TreatyService;

/**
 * What the views of one window need: texts and formats of the current language, the services, the open archive
 * (once there is one) and where things live on disk. Rebuilt when the language changes. {@code archiveSwitch} moves
 * to another archive folder (a restored archive).
 */
public record UiContext(
        Stage stage,
        Messages messages,
        Formats formats,
        Clock clock,
        ArchiveAccess archives,
        SettingsService settings,
        TreatyService treaty,
        Folders folders,
        ArchiveSession session,
        BackupService backups,
        ArchiveSwitch archiveSwitch) {

    /** The folders shown in Settings and used to create archives. */
    public record Folders(Path archive, Path sample, Path data, Path logs) {
    }

    public Optional<ArchiveSession> openSession() {
        return Optional.ofNullable(session);
    }

    public UiContext withSession(ArchiveSession newSession) {
        return new UiContext(stage, messages, formats, clock, archives, settings, treaty, folders, newSession,
                backups, archiveSwitch);
    }
}
