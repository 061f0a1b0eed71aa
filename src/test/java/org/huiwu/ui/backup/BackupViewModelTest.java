// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.backup.BackupException;
import org.huiwu.service.backup.BackupService;
import org.huiwu.service.backup.FakeBackups;
import org.huiwu.service.settings.BackupSettings;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.service.settings.SettingsStore;
import org.huiwu.service.settings.Theme;
import org.huiwu.service.settings.UserSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The Backups card without a toolkit: settings saved at once, work reported in the user's language. */
class BackupViewModelTest {

    private static final Messages MESSAGES = Messages.of(Language.ENGLISH);

    @TempDir
    Path temp;

    private final FakeBackups backups = new FakeBackups();
    private final SettingsService settings = new SettingsService(new SettingsStore() {
        private UserSettings saved = new UserSettings(Language.ENGLISH, Theme.LIGHT);

        @Override
        public UserSettings load() {
            return saved;
        }

        @Override
        public void save(UserSettings chosen) {
            saved = chosen;
        }
    });
    private final List<Runnable> queued = new ArrayList<>();
    private final OpenArchive archive = FakeBackups.archive(UUID.randomUUID(), Path.of("/data/archive"));

    private BackupViewModel model(Optional<OpenArchive> open) {
        BackupService service = new BackupService(backups, settings,
                Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
        // Background work runs at once; results wait in a queue, as they would for the FX thread.
        return new BackupViewModel(service, settings, open, MESSAGES, new Formats(Language.ENGLISH),
                ZoneId.of("Asia/Bishkek"), Runnable::run, queued::add);
    }

    @Test
    void choicesAreSavedAtOnceAndAnOutOfRangeCountIsRefused() {
        BackupViewModel model = model(Optional.of(archive));
        assertThat(model.statusProperty().get()).startsWith("Choose a backup folder");

        model.chooseFolder(temp);
        model.keepProperty().set(3);
        model.dailyProperty().set(false);
        model.keepProperty().set(0);

        assertThat(settings.current().backup()).isEqualTo(new BackupSettings(temp, 3, false, true));
        assertThat(model.keepProperty().get()).isEqualTo(3);
        assertThat(model.folderProperty().get()).isEqualTo(temp.toString());
    }

    @Test
    void backUpNowReportsTheFileAndThenTheLatestBackup() {
        BackupViewModel model = model(Optional.of(archive));
        model.chooseFolder(temp);
        assertThat(model.statusProperty().get()).isEqualTo("No backup of this archive in the folder yet.");

        model.backUpNow();
        assertThat(model.busyProperty().get()).isTrue();
        queued.forEach(Runnable::run);

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Backup written: ")
                .contains(backups.written.get(0).toString());
        assertThat(model(Optional.of(archive)).statusProperty().get())
                .isEqualTo("Latest backup: 28 November 2026 16:00.");
    }

    @Test
    void failuresAreToldInTheUsersLanguage() {
        backups.failing(BackupException.Reason.DISK_FULL);
        BackupViewModel model = model(Optional.of(archive));
        model.chooseFolder(temp);

        model.backUpNow();
        queued.forEach(Runnable::run);

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Not enough free space for the backup");
    }

    @Test
    void replacingTheOpenArchiveWithoutABackupFolderWritesAndRestoresNothing() {
        BackupViewModel model = model(Optional.of(archive));
        char[] passphrase = "secret".toCharArray();

        model.replaceOpenArchive(temp.resolve("old.hwbackup"), passphrase);

        assertThat(model.statusProperty().get()).isEqualTo("Choose a backup folder first.");
        assertThat(backups.written).isEmpty();
        assertThat(backups.restores).isEmpty();
        assertThat(model.readyToReplaceProperty().get()).isNull();
        assertThat(passphrase).containsOnly('\0');
    }

    @Test
    void replacingBacksUpFirstAndThenNamesTheRestoredFolderBesideTheArchive() {
        BackupViewModel model = model(Optional.of(archive));
        model.chooseFolder(temp);

        model.replaceOpenArchive(temp.resolve("old.hwbackup"), "secret".toCharArray());
        queued.forEach(Runnable::run);

        assertThat(backups.written).hasSize(1);
        assertThat(backups.restores).hasSize(1);
        assertThat(model.readyToReplaceProperty().get())
                .isEqualTo(Path.of("/data/archive-restored-20261128-100000"));
    }

    @Test
    void restoreNeverTargetsTheOpenArchiveAndWithoutOneThereIsNothingToBackUp() {
        BackupViewModel model = model(Optional.of(archive));
        assertThat(model.isOpenArchive(Path.of("/data/archive/../archive"))).isTrue();
        assertThat(model.isOpenArchive(Path.of("/data/other"))).isFalse();

        BackupViewModel locked = model(Optional.empty());
        assertThat(locked.canBackUp()).isFalse();
        locked.restore(temp.resolve("b.hwbackup"), "p".toCharArray(), temp.resolve("new"));
        queued.forEach(Runnable::run);
        assertThat(locked.restoredProperty().get()).isEqualTo(temp.resolve("new"));
    }

    @Test
    void aRestoreIsProposedIntoTheWantedFolderOnlyWhileItIsFree() throws java.io.IOException {
        BackupViewModel model = model(Optional.empty());
        Path wanted = temp.resolve("archive");

        assertThat(model.suggestedRestoreFolder(wanted)).isEqualTo(wanted);
        java.nio.file.Files.createDirectories(wanted);
        assertThat(model.suggestedRestoreFolder(wanted)).isEqualTo(wanted);
        java.nio.file.Files.writeString(wanted.resolve("huiwu-archive.properties"), "");
        assertThat(model.suggestedRestoreFolder(wanted)).isEqualTo(temp.resolve("archive-2"));
    }

    @Test
    void cancelEndsTheRunningBackupAtItsNextStep() {
        List<Runnable> background = new ArrayList<>();
        BackupViewModel model = new BackupViewModel(new BackupService(backups, settings, Clock.systemUTC()),
                settings, Optional.of(archive), MESSAGES, new Formats(Language.ENGLISH), ZoneOffset.UTC,
                background::add, queued::add);
        model.chooseFolder(temp);

        model.backUpNow();
        model.cancel();
        background.forEach(Runnable::run);
        queued.forEach(Runnable::run);

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Cancelled; nothing half-done was left behind.");
    }
}
