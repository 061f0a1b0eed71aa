// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.backup.ArchiveBackups;
import org.huiwu.service.backup.BackupException;
import org.huiwu.service.backup.BackupException.Reason;
import org.huiwu.service.backup.BackupSummary;
import org.huiwu.store.backup.BackupFile;
import org.huiwu.store.backup.BackupFormatException;
import org.huiwu.store.backup.BackupPayload;
import org.huiwu.store.crypto.FileKey;
import org.huiwu.store.crypto.KeySlot;
import org.huiwu.store.journal.SaveJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of H2 archives (docs/decisions/0005-backups.md): the checkpoint and the save journal's confirmed entries,
 * which together are the whole archive, sealed in one file under a key derived from the archive's file key, with the
 * header's key slots in the clear so the same passphrases open it. Search indexes are left out (rebuilt from the
 * records), as are lock, session marker and a crashed database kept aside.
 */
public final class H2Backups implements ArchiveBackups {

    private static final Logger LOG = LoggerFactory.getLogger(H2Backups.class);
    private static final String ARCHIVE_PREFIX = "archive.";
    private static final String META_PREFIX = "meta.";
    private static final String CREATED_AT = "huiwuBackup.createdAt";
    private static final String DATABASE_ENTRY = H2ArchiveAccess.DATABASE_NAME + ".mv.db";
    private static final Set<String> ENTRIES = Set.of(DATABASE_ENTRY, SaveJournal.FILE_NAME);
    /** Room kept free beyond the backup itself, so a backup never fills the disk to the last byte. */
    private static final long SPARE_BYTES = 16L << 20;

    private final H2ArchiveAccess access;

    public H2Backups(H2ArchiveAccess access) {
        this.access = access;
    }

    @Override
    public BackupSummary write(OpenArchive archive, Path file, Map<String, String> metadata,
                               DoubleConsumer progress) {
        if (!(archive instanceof H2Archive h2)) {
            throw new IllegalArgumentException("Not an archive of this store: " + archive);
        }
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Instant createdAt = Instant.now();
        try {
            Files.createDirectories(target.getParent());
            ArchiveHeader.Contents header = ArchiveHeader.read(h2.folder()).orElseThrow(
                    () -> new BackupException(Reason.IO, h2.folder().toString()));
            Properties properties = new Properties();
            ArchiveHeader.toProperties(header).forEach((k, v) -> properties.put(ARCHIVE_PREFIX + k, v));
            properties.setProperty(CREATED_AT, createdAt.toString());
            metadata.forEach((k, v) -> properties.setProperty(META_PREFIX + k, v));
            h2.backUp((checkpoint, journal, key) -> {
                long total = Files.size(checkpoint) + journal.length;
                if (Files.getFileStore(target.getParent()).getUsableSpace() < total + SPARE_BYTES) {
                    throw new BackupException(Reason.DISK_FULL, target.getParent().toString());
                }
                long[] done = {0};
                try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                     OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                    try (OutputStream sealed = BackupFile.seal(out, properties, key);
                         InputStream database = Files.newInputStream(checkpoint)) {
                        BackupPayload.Writer payload = new BackupPayload.Writer(sealed);
                        payload.entry(DATABASE_ENTRY, Files.size(checkpoint), database, copied -> {
                            done[0] += copied;
                            progress.accept((double) done[0] / total);
                        });
                        payload.entry(SaveJournal.FILE_NAME, journal.length,
                                new java.io.ByteArrayInputStream(journal), copied -> { });
                        payload.finish();
                    }
                    out.flush();
                    channel.force(true);
                }
            });
            // The last chance to cancel (progress may throw): after the move the backup is there.
            progress.accept(1);
            // Only a complete, forced file gets the backup's name: a crash before leaves at most a .partial file.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(target.getParent());
            long bytes = Files.size(target);
            LOG.info("Backup of archive {} written to {} ({} bytes)", header.info().uuid(), target, bytes);
            return new BackupSummary(target, header.info(), createdAt, bytes, metadata, -1, -1, -1);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw failure(e, target);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    @Override
    public Map<String, String> metadata(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            BackupFile.Header header = BackupFile.readHeader(in);
            Map<String, String> metadata = new HashMap<>();
            header.properties().stringPropertyNames().stream().filter(k -> k.startsWith(META_PREFIX))
                    .forEach(k -> metadata.put(k.substring(META_PREFIX.length()), header.get(k)));
            return metadata;
        } catch (IOException e) {
            throw failure(e, file);
        }
    }

    @Override
    public BackupSummary verify(Path file, char[] passphrase, DoubleConsumer progress) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("huiwu-verify");
        } catch (IOException e) {
            throw failure(e, file);
        }
        try {
            return unpackAndOpen(file, passphrase, scratch, progress, false);
        } finally {
            deleteTree(scratch);
        }
    }

    @Override
    public BackupSummary restore(Path file, char[] passphrase, Path newFolder, DoubleConsumer progress) {
        Path target = newFolder.toAbsolutePath();
        refuseExisting(target);
        Path scratch;
        try {
            // Beside the target (same file system, so the final move is one rename), hidden, and new.
            Files.createDirectories(target.getParent());
            scratch = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".restoring-");
        } catch (IOException e) {
            throw failure(e, target);
        }
        try {
            BackupSummary summary = unpackAndOpen(file, passphrase, scratch, progress, true);
            // The archive was opened and closed cleanly in the scratch folder: only now does it get its name.
            refuseExisting(target);
            Files.deleteIfExists(target);
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(target.getParent());
            LOG.info("Backup {} restored into {}", file, target);
            return summary;
        } catch (IOException e) {
            throw failure(e, target);
        } finally {
            deleteTree(scratch);
        }
    }

    /** A folder that holds anything is never restored into (nor is a file of that name). */
    private static void refuseExisting(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new BackupException(Reason.TARGET_EXISTS, target.toString());
        }
        try (Stream<Path> children = Files.list(target)) {
            if (children.findAny().isPresent()) {
                throw new BackupException(Reason.TARGET_EXISTS, target.toString());
            }
        } catch (IOException e) {
            throw new BackupException(Reason.IO, target.toString(), e);
        }
    }

    /**
     * Authenticates the whole file while writing its contents into {@code folder}, then opens the archive there with
     * the passphrase (which replays the journal's pending saves and closes cleanly) and counts its records.
     */
    private BackupSummary unpackAndOpen(Path file, char[] passphrase, Path folder, DoubleConsumer progress,
                                        boolean restoring) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw failure(e, file);
        }
        BackupFile.Header header;
        ArchiveHeader.Contents archiveHeader;
        try (Counting counting = new Counting(Files.newInputStream(file), size, progress);
             InputStream in = new BufferedInputStream(counting, 1 << 16)) {
            header = BackupFile.readHeader(in);
            archiveHeader = archiveHeader(header, file);
            byte[] key = backupKey(archiveHeader, passphrase, file);
            try (InputStream opened = BackupFile.open(in, header, key)) {
                BackupPayload.extract(opened, folder, ENTRIES);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
            ArchiveHeader.write(folder, archiveHeader);
        } catch (IOException e) {
            throw failure(e, file);
        }
        if (!Files.exists(folder.resolve(DATABASE_ENTRY))) {
            throw new BackupException(Reason.DAMAGED, file.toString());
        }
        BackupSummary.Counts counts;
        try (OpenArchive opened = access.open(folder, passphrase)) {
            counts = ((H2Archive) opened).counts();
            if (restoring) {
                restored(opened, file, header);
            }
        } catch (ArchiveException e) {
            throw new BackupException(e.reason() == ArchiveException.Reason.WRONG_PASSPHRASE
                    ? Reason.WRONG_PASSPHRASE : Reason.UNREADABLE, file.toString(), e);
        }
        Map<String, String> metadata = new HashMap<>();
        header.properties().stringPropertyNames().stream().filter(k -> k.startsWith(META_PREFIX))
                .forEach(k -> metadata.put(k.substring(META_PREFIX.length()), header.get(k)));
        Instant createdAt;
        try {
            createdAt = Instant.parse(header.get(CREATED_AT));
        } catch (NullPointerException | DateTimeParseException e) {
            throw new BackupException(Reason.DAMAGED, file.toString(), e);
        }
        progress.accept(1);
        return new BackupSummary(file.toAbsolutePath(), archiveHeader.info(), createdAt, size, metadata,
                counts.meetings(), counts.minutesVersions(), counts.pairs());
    }

    /**
     * The restored archive's trail says it was restored, by whom (the owner of the slot the passphrase opened) and
     * from which backup: the entries after the backup's anchor are gone on purpose, not by tampering.
     */
    private static void restored(OpenArchive opened, Path file, BackupFile.Header header) {
        var trail = opened.audit();
        var newest = trail.newest().orElse(null);
        trail.append(org.huiwu.domain.audit.AuditEntry.after(newest, Instant.now(), opened.users().openedBy(),
                org.huiwu.domain.audit.AuditAction.RESTORED, "backup:" + file.getFileName(),
                "created " + header.get(CREATED_AT) + ", anchor "
                        + header.get(META_PREFIX + org.huiwu.service.backup.BackupService.AUDIT_ANCHOR)));
    }

    private static ArchiveHeader.Contents archiveHeader(BackupFile.Header header, Path file) {
        Properties archive = new Properties();
        header.properties().stringPropertyNames().stream().filter(k -> k.startsWith(ARCHIVE_PREFIX))
                .forEach(k -> archive.setProperty(k.substring(ARCHIVE_PREFIX.length()), header.get(k)));
        try {
            return ArchiveHeader.fromProperties(archive, file.toString());
        } catch (ArchiveException e) {
            throw new BackupException(e.reason() == ArchiveException.Reason.NEWER_FORMAT ? Reason.NEWER_FORMAT
                    : Reason.DAMAGED, file.toString(), e);
        }
    }

    /** The backup key from the first key slot the passphrase opens; the caller wipes it. */
    private static byte[] backupKey(ArchiveHeader.Contents header, char[] passphrase, Path file) {
        for (KeySlot slot : header.slots()) {
            try (FileKey fileKey = slot.open(passphrase, header.kdf(), header.info().uuid())) {
                return fileKey.derive(BackupFile.PURPOSE);
            } catch (KeySlot.WrongPassphraseException e) {
                // try the next slot
            }
        }
        throw new BackupException(Reason.WRONG_PASSPHRASE, file.toString());
    }

    private static BackupException failure(IOException e, Path file) {
        if (e instanceof BackupFormatException format) {
            return new BackupException(switch (format.kind()) {
                case NOT_A_BACKUP -> Reason.FOREIGN;
                case NEWER_VERSION -> Reason.NEWER_FORMAT;
                case DAMAGED -> Reason.DAMAGED;
                case TRUNCATED -> Reason.TRUNCATED;
            }, file.toString(), e);
        }
        if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
            return new BackupException(Reason.TARGET_EXISTS, file.toString(), e);
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        // The JDK reports ENOSPC only in the message ("No space left on device"; Windows: "not enough space").
        if (message.contains("no space") || message.contains("not enough space") || message.contains("disk full")) {
            return new BackupException(Reason.DISK_FULL, file.toString(), e);
        }
        return new BackupException(Reason.IO, file.toString(), e);
    }

    /** Makes the rename durable where the system allows forcing a folder (Linux, macOS); elsewhere a no-op. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Folder {} not forced: {}", folder, e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Left {} behind: {}", file, e.toString());
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(H2Backups::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Left {} behind: {}", folder, e.toString());
        }
    }

    /** Reports how far through the file reading has come. */
    private static final class Counting extends FilterInputStream {
        private final long size;
        private final DoubleConsumer progress;
        private long read;

        Counting(InputStream in, long size, DoubleConsumer progress) {
            super(in);
            this.size = Math.max(1, size);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) {
            read += n;
            // The last tenth is the opening of the restored archive.
            progress.accept(0.9 * read / size);
        }
    }
}
