// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.settings.BackupSettings;
import org.huiwu.service.settings.SettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups as the user asks for them: now, daily while the app runs, and when it closes, into the folder chosen in
 * Settings, where only the newest N of each archive are kept. A backup's name says whose and when
 * ({@code huiwu-<archive uuid>-<UTC yyyyMMdd-HHmmss>[-n].hwbackup}), so rotation and the daily check need no other
 * record and never touch another archive's backups or other files.
 */
public final class BackupService {

    public static final String EXTENSION = ".hwbackup";
    /** The metadata key of the audit trail's anchor in every backup. */
    public static final String AUDIT_ANCHOR = "auditAnchor";
    /** When the anchor was taken: an anchor older than a restore the trail records belongs to replaced history. */
    public static final String AUDIT_ANCHOR_AT = "auditAnchorAt";
    /** A daily backup is due when the newest one is at least this old. */
    public static final Duration DAILY = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            "huiwu-([0-9a-f-]{36})-(\\d{8}-\\d{6})(?:-(\\d+))?" + Pattern.quote(EXTENSION));

    private final ArchiveBackups backups;
    private final SettingsService settings;
    private final Clock clock;

    public BackupService(ArchiveBackups backups, SettingsService settings, Clock clock) {
        this.backups = backups;
        this.settings = settings;
        this.clock = clock;
    }

    /** A backup into the chosen folder, then rotation; {@link BackupException} NO_FOLDER when none is chosen. */
    public BackupSummary backupNow(OpenArchive archive, DoubleConsumer progress) {
        archive.users().openedBy().actor().require(org.huiwu.domain.access.Permission.MANAGE_BACKUPS);
        return backupIntoFolder(archive, progress);
    }

    /** The daily and the closing backups are made whoever works: they only ever add a file. */
    private BackupSummary backupIntoFolder(OpenArchive archive, DoubleConsumer progress) {
        BackupSettings chosen = settings.current().backup();
        Path folder = chosen.chosenFolder().orElseThrow(() -> new BackupException(BackupException.Reason.NO_FOLDER,
                ""));
        UUID uuid = archive.info().uuid();
        BackupSummary written = backups.write(archive, nextFile(folder, uuid), metadata(archive), progress);
        backedUp(archive, written);
        rotate(folder, uuid, chosen.keep());
        return written;
    }

    /** A backup into a file of the caller's choosing (command line {@code backup --out}); no rotation. */
    public BackupSummary backupTo(OpenArchive archive, Path file, DoubleConsumer progress) {
        archive.users().openedBy().actor().require(org.huiwu.domain.access.Permission.MANAGE_BACKUPS);
        BackupSummary written = backups.write(archive, file, metadata(archive), progress);
        backedUp(archive, written);
        return written;
    }

    /** The daily backup, if daily backups are on, a folder is chosen and the newest is a day old or missing. */
    public Optional<BackupSummary> backupIfDue(OpenArchive archive) {
        if (!dailyDue(archive.info().uuid())) {
            return Optional.empty();
        }
        return Optional.of(backupIntoFolder(archive, progress -> { }));
    }

    /** The backup when the app closes, if the user wants one and chose a folder. */
    public Optional<BackupSummary> backupOnExit(OpenArchive archive) {
        BackupSettings chosen = settings.current().backup();
        if (!chosen.onExit() || chosen.chosenFolder().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(backupIntoFolder(archive, progress -> { }));
    }

    public boolean dailyDue(UUID archive) {
        BackupSettings chosen = settings.current().backup();
        if (!chosen.daily() || chosen.chosenFolder().isEmpty()) {
            return false;
        }
        Optional<Instant> last = lastBackup(chosen.folder(), archive);
        return last.isEmpty() || !last.get().plus(DAILY).isAfter(clock.instant());
    }

    /** When the newest backup of the archive in the folder was made, by its name. */
    public Optional<Instant> lastBackup(Path folder, UUID archive) {
        return backupsOf(folder, archive).stream().findFirst().map(Named::time);
    }

    public BackupSummary verify(Path file, char[] passphrase, DoubleConsumer progress) {
        return backups.verify(file, passphrase, progress);
    }

    public BackupSummary restore(Path file, char[] passphrase, Path newFolder, DoubleConsumer progress) {
        return backups.restore(file, passphrase, newFolder, progress);
    }

    /**
     * The first half of replacing the open archive by a backup: a backup of the open archive into the chosen folder
     * (refused with NO_FOLDER when none is chosen: no replacement without a backup first), then the backup to
     * restore goes into a new folder beside the archive. The open archive is not touched; the caller closes it and
     * calls {@link #swapIn}.
     */
    public Replacement prepareReplacement(OpenArchive open, Path file, char[] passphrase, DoubleConsumer progress) {
        open.users().openedBy().actor().require(org.huiwu.domain.access.Permission.MANAGE_BACKUPS);
        BackupSummary safety = backupIntoFolder(open, done -> progress.accept(done / 2));
        Path current = open.folder().toAbsolutePath();
        Path restored = current.resolveSibling(current.getFileName() + "-restored-" + stamp());
        BackupSummary summary = backups.restore(file, passphrase, restored, done -> progress.accept(0.5 + done / 2));
        return new Replacement(safety.file(), restored, summary);
    }

    /** A backup of the open archive, and the restored archive waiting to take its place. */
    public record Replacement(Path safetyBackup, Path restored, BackupSummary summary) {
    }

    /**
     * Puts the restored archive in the place of the closed one. The old folder is renamed, never deleted (to
     * {@code <folder>-replaced-<time>}, returned); if the second rename fails, the first is undone.
     */
    public Path swapIn(Path current, Path restored) {
        Path kept = current.resolveSibling(current.getFileName() + "-replaced-" + stamp());
        try {
            Files.move(current, kept, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.IO, current.toString(), e);
        }
        try {
            Files.move(restored, current, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(kept, current, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException undo) {
                e.addSuppressed(undo);
            }
            throw new BackupException(BackupException.Reason.IO, current.toString(), e);
        }
        LOG.info("Archive in {} replaced by the restored {}; the old one is kept in {}", current, restored, kept);
        return kept;
    }

    private String stamp() {
        return STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** Deletes all but the {@code keep} newest backups of the archive in the folder; returns what it deleted. */
    public List<Path> rotate(Path folder, UUID archive, int keep) {
        List<Named> all = backupsOf(folder, archive);
        List<Path> deleted = new ArrayList<>();
        for (Named old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
                deleted.add(old.file());
            } catch (IOException e) {
                LOG.warn("Old backup {} not deleted: {}", old.file(), e.toString());
            }
        }
        return deleted;
    }

    /** The chosen folder's backups of the archive, newest first. */
    public List<Path> backups(UUID archive) {
        return settings.current().backup().chosenFolder()
                .map(folder -> backupsOf(folder, archive).stream().map(Named::file).toList())
                .orElse(List.of());
    }

    private record Named(Path file, Instant time, int number) {
    }

    private static List<Named> backupsOf(Path folder, UUID archive) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> named(file, archive)).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Named::time).thenComparing(Named::number).reversed())
                    .toList();
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.IO, folder.toString(), e);
        }
    }

    private static Optional<Named> named(Path file, UUID archive) {
        Matcher match = NAME.matcher(file.getFileName().toString());
        if (!match.matches() || !match.group(1).equals(archive.toString()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant time = LocalDateTime.parse(match.group(2), STAMP).toInstant(ZoneOffset.UTC);
            return Optional.of(new Named(file, time, match.group(3) == null ? 0 : Integer.parseInt(match.group(3))));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A new name: two backups within one second are numbered, never written over each other. */
    private Path nextFile(Path folder, UUID archive) {
        String stem = "huiwu-" + archive + "-" + stamp();
        Path file = folder.resolve(stem + EXTENSION);
        for (int n = 1; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + EXTENSION);
        }
        return file;
    }

    /**
     * Authenticated metadata of every backup: the audit trail's newest entry as it stands before the backup, so a
     * trail later cut short or written anew is caught against the backup (ADR 0007).
     */
    private Map<String, String> metadata(OpenArchive archive) {
        return Map.of(AUDIT_ANCHOR, org.huiwu.service.audit.ArchiveAuditTrail.of(archive, clock).head().text(),
                AUDIT_ANCHOR_AT, clock.instant().toString());
    }

    /** The backup in the trail, after it was written; by whoever opened the archive (daily backups too). */
    private void backedUp(OpenArchive archive, BackupSummary written) {
        org.huiwu.service.audit.ArchiveAuditTrail.of(archive, clock).record(
                org.huiwu.domain.audit.AuditAction.BACKED_UP, "backup:" + written.file().getFileName(),
                "anchor " + written.metadata().getOrDefault(AUDIT_ANCHOR, ""));
    }

    /** The audit anchor a backup file carries in its header, if any (backups made before the trail have none). */
    public Optional<org.huiwu.domain.audit.AuditAnchor> auditAnchor(Path file) {
        return org.huiwu.domain.audit.AuditAnchor.parse(backups.metadata(file).get(AUDIT_ANCHOR));
    }

    /** The anchor of a backup file with the file's name and when the anchor was taken, if it has one. */
    public Optional<org.huiwu.domain.audit.AnchorSource> auditAnchorSource(Path file) {
        Map<String, String> metadata = backups.metadata(file);
        Optional<Instant> at;
        try {
            at = Optional.ofNullable(metadata.get(AUDIT_ANCHOR_AT)).map(Instant::parse);
        } catch (DateTimeParseException e) {
            at = Optional.empty();
        }
        Optional<Instant> made = at;
        return org.huiwu.domain.audit.AuditAnchor.parse(metadata.get(AUDIT_ANCHOR)).map(anchor ->
                new org.huiwu.domain.audit.AnchorSource(org.huiwu.domain.audit.AnchorSource.Kind.BACKUP,
                        file.getFileName().toString(), anchor, made));
    }
}
