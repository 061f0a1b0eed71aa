// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.backup.BackupException;
import org.huiwu.service.backup.BackupService;
import org.huiwu.service.backup.BackupSummary;
import org.huiwu.service.settings.BackupSettings;
import org.huiwu.service.settings.SettingsService;

/**
 * Backups as the UI offers them, in Settings and (restore only) on the welcome screen: folder, how many to keep,
 * daily and on-exit switches (saved at once), "Back up now", restoring a backup into a new folder, and replacing the
 * open archive. Long work runs on {@code background}; results come back on {@code ui}. A plain restore never touches
 * the open archive: it goes into a folder that must be new or empty.
 */
public final class BackupViewModel {

    /** The backup files' extension, for the file chooser. */
    public static final String EXTENSION = BackupService.EXTENSION;

    private final BackupService backups;
    private final SettingsService settings;
    private final Optional<OpenArchive> archive;
    private final Messages messages;
    private final Formats formats;
    private final ZoneId zone;
    private final Executor background;
    private final Consumer<Runnable> ui;

    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Integer> keep;
    private final BooleanProperty daily;
    private final BooleanProperty onExit;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> restored = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> readyToReplace = new ReadOnlyObjectWrapper<>();
    /** Set by Cancel; the next progress report of the running work throws and so ends it. */
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public BackupViewModel(BackupService backups, SettingsService settings, Optional<OpenArchive> archive,
                           Messages messages, Formats formats, ZoneId zone, Executor background,
                           Consumer<Runnable> ui) {
        this.backups = backups;
        this.settings = settings;
        this.archive = archive;
        this.messages = messages;
        this.formats = formats;
        this.zone = zone;
        this.background = background;
        this.ui = ui;
        BackupSettings current = settings.current().backup();
        folder.set(current.chosenFolder().map(Path::toString).orElse(""));
        keep = new SimpleObjectProperty<>(current.keep());
        daily = new SimpleBooleanProperty(current.daily());
        onExit = new SimpleBooleanProperty(current.onExit());
        keep.addListener((obs, old, chosen) -> {
            if (chosen == null || chosen < 1 || chosen > BackupSettings.MOST_KEPT) {
                keep.set(settings.current().backup().keep());
            } else {
                apply(settings.current().backup().withKeep(chosen));
            }
        });
        daily.addListener((obs, old, on) -> apply(settings.current().backup().withDaily(on)));
        onExit.addListener((obs, old, on) -> apply(settings.current().backup().withOnExit(on)));
        showLatest();
    }

    /** The chosen folder, or empty when none is chosen yet. */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public void chooseFolder(Path chosen) {
        if (chosen != null) {
            apply(settings.current().backup().withFolder(chosen.toAbsolutePath()));
            folder.set(chosen.toAbsolutePath().toString());
            showLatest();
        }
    }

    public ObjectProperty<Integer> keepProperty() {
        return keep;
    }

    public int mostKept() {
        return BackupSettings.MOST_KEPT;
    }

    public BooleanProperty dailyProperty() {
        return daily;
    }

    public BooleanProperty onExitProperty() {
        return onExit;
    }

    /** True while a backup or restore runs: the buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0 to 1 while busy. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The latest backup, what was just done, or why not. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the status reports a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The folder of the archive the last restore made (the view offers to open it). */
    public ReadOnlyObjectProperty<Path> restoredProperty() {
        return restored.getReadOnlyProperty();
    }

    /** Whether an archive is open to be backed up. */
    public boolean canBackUp() {
        return archive.isPresent();
    }

    /** A backup of the open archive into the chosen folder, then rotation. */
    public void backUpNow() {
        if (busy.get() || archive.isEmpty()) {
            return;
        }
        if (settings.current().backup().chosenFolder().isEmpty()) {
            fail(new BackupException(BackupException.Reason.NO_FOLDER, ""));
            return;
        }
        start(messages.get("backup.working"));
        OpenArchive open = archive.get();
        background.execute(() -> {
            try {
                BackupSummary written = backups.backupNow(open, this::advance);
                ui.accept(() -> finish(messages.get("backup.done", written.file().toString(),
                        formats.number(written.bytes() / 1024 + 1))));
            } catch (java.util.concurrent.CancellationException e) {
                ui.accept(this::cancelledDone);
            } catch (BackupException e) {
                ui.accept(() -> fail(e));
            } catch (RuntimeException e) {
                ui.accept(() -> fail(new BackupException(BackupException.Reason.IO, String.valueOf(e.getMessage()),
                        e)));
            }
        });
    }

    /**
     * Restores {@code file} into {@code newFolder} (new or empty, never the open archive's); the passphrase is wiped
     * afterwards. On success {@link #restoredProperty()} names the folder.
     */
    public void restore(Path file, char[] passphrase, Path newFolder) {
        if (busy.get()) {
            Arrays.fill(passphrase, '\0');
            return;
        }
        restored.set(null);
        start(messages.get("backup.restoring"));
        background.execute(() -> {
            try {
                BackupSummary summary = backups.restore(file, passphrase, newFolder, this::advance);
                ui.accept(() -> {
                    finish(messages.get("backup.restored", newFolder.toString(), summary.meetings(),
                            summary.pairs()));
                    restored.set(newFolder);
                });
            } catch (java.util.concurrent.CancellationException e) {
                ui.accept(this::cancelledDone);
            } catch (BackupException e) {
                ui.accept(() -> fail(e));
            } catch (RuntimeException e) {
                ui.accept(() -> fail(new BackupException(BackupException.Reason.IO, String.valueOf(e.getMessage()),
                        e)));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        });
    }

    /**
     * Replaces the open archive by a backup, in the safe order: a backup of the open archive first (refused without a
     * backup folder), then the restore into a new folder beside it. The open archive is not touched here; when both
     * are done {@link #readyToReplaceProperty()} names the restored folder, and the app closes the open archive and
     * swaps the folders (the old one is kept). The passphrase is wiped afterwards.
     */
    public void replaceOpenArchive(Path file, char[] passphrase) {
        if (busy.get() || archive.isEmpty()) {
            Arrays.fill(passphrase, '\0');
            return;
        }
        if (settings.current().backup().chosenFolder().isEmpty()) {
            Arrays.fill(passphrase, '\0');
            fail(new BackupException(BackupException.Reason.NO_FOLDER, ""));
            return;
        }
        readyToReplace.set(null);
        start(messages.get("backup.replacing"));
        OpenArchive open = archive.get();
        background.execute(() -> {
            try {
                BackupService.Replacement replacement = backups.prepareReplacement(open, file, passphrase,
                        this::advance);
                ui.accept(() -> {
                    finish(messages.get("backup.replaceReady", replacement.safetyBackup().toString()));
                    readyToReplace.set(replacement.restored());
                });
            } catch (java.util.concurrent.CancellationException e) {
                ui.accept(this::cancelledDone);
            } catch (BackupException e) {
                ui.accept(() -> fail(e));
            } catch (RuntimeException e) {
                ui.accept(() -> fail(new BackupException(BackupException.Reason.IO, String.valueOf(e.getMessage()),
                        e)));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        });
    }

    /** The restored archive that is to take the open one's place, once the open one is backed up. */
    public ReadOnlyObjectProperty<Path> readyToReplaceProperty() {
        return readyToReplace.getReadOnlyProperty();
    }

    /** Whether {@code folder} is the open archive's own (a restore must never go there). */
    public boolean isOpenArchive(Path candidate) {
        return archive.map(open -> open.folder().toAbsolutePath().normalize()
                .equals(candidate.toAbsolutePath().normalize())).orElse(false);
    }

    /** {@code preferred} if a restore may go there (absent or an empty folder), else it numbered: "-2", "-3"… */
    public Path suggestedRestoreFolder(Path preferred) {
        Path candidate = preferred;
        for (int n = 2; !usableForRestore(candidate); n++) {
            candidate = preferred.resolveSibling(preferred.getFileName() + "-" + n);
        }
        return candidate;
    }

    private static boolean usableForRestore(Path folder) {
        if (!java.nio.file.Files.exists(folder)) {
            return true;
        }
        try (java.util.stream.Stream<Path> children = java.nio.file.Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void showLatest() {
        failed.set(false);
        status.set(archive.flatMap(open -> settings.current().backup().chosenFolder()
                        .flatMap(chosen -> backups.lastBackup(chosen, open.info().uuid())))
                .map(time -> messages.get("backup.latest", formats.dateTime(time.atZone(zone))))
                .orElse(settings.current().backup().chosenFolder().isPresent() ? messages.get("backup.none")
                        : messages.get("backup.chooseFolder")));
    }

    /** Stops the running backup or restore at its next step; nothing half-done is left behind. */
    public void cancel() {
        if (busy.get()) {
            cancelled.set(true);
        }
    }

    private void cancelledDone() {
        busy.set(false);
        failed.set(false);
        progress.set(0);
        status.set(messages.get("backup.cancelled"));
    }

    private void start(String working) {
        cancelled.set(false);
        busy.set(true);
        failed.set(false);
        progress.set(0);
        status.set(working);
    }

    private void advance(double done) {
        if (cancelled.get()) {
            throw new java.util.concurrent.CancellationException();
        }
        ui.accept(() -> progress.set(done));
    }

    private void finish(String text) {
        busy.set(false);
        progress.set(1);
        failed.set(false);
        status.set(text);
    }

    private void fail(BackupException e) {
        busy.set(false);
        failed.set(true);
        status.set(messages.get(e.reason().messageKey(), e.detail()));
    }

    private void apply(BackupSettings wanted) {
        try {
            settings.update(settings.current().withBackup(wanted));
        } catch (java.io.UncheckedIOException e) {
            failed.set(true);
            status.set(messages.get("settings.error.save", e.getCause().toString()));
        }
    }
}
