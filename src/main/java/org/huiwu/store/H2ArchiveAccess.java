// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.archive.ArchiveException.Reason;
import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.common.Side;
import org.huiwu.service.archive.ArchiveAccess;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.store.crypto.FileKey;
import org.huiwu.store.crypto.KeyDerivation;
import org.huiwu.store.crypto.KeySlot;
import org.huiwu.store.journal.JournalKey;
import org.huiwu.store.journal.SaveJournal;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.huiwu.store.generated.Tables.ARCHIVE_INFO;

/**
 * Opens archives: an H2 database encrypted with AES under a random file key, which the header keeps only sealed in
 * key slots, one per passphrase. Flyway migrates the schema at open. The only place that builds a JDBC URL.
 */
public final class H2ArchiveAccess implements ArchiveAccess {

    private static final Logger LOG = LoggerFactory.getLogger(H2ArchiveAccess.class);
    static final String DATABASE_NAME = "huiwu";
    static final String OWNER_SLOT = "owner";
    /** The newest migration in db/migration (V8__archive_user.sql). */
    static final String SCHEMA_VERSION = "10";
    private static final byte[] ENCRYPTED_FILE_MARKER = "H2encrypt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Two 4 KiB file headers and at least one chunk: anything smaller is not a database H2 wrote. */
    private static final long SMALLEST_DATABASE = 3 * 4096;

    private final KeyDerivation kdf;
    private final boolean encrypt;
    /** What the last open replayed from the journal (the crash bench reports it). */
    private volatile H2Archive.Replay lastReplay = new H2Archive.Replay(0, 0, 0);

    /** Archives created with the production key derivation cost. */
    public H2ArchiveAccess() {
        this(KeyDerivation.PRODUCTION);
    }

    /** Archives created with the given cost (tests make cheap ones; existing archives keep their own cost). */
    public H2ArchiveAccess(KeyDerivation kdf) {
        this(kdf, true);
    }

    /** Encryption switched off: only for the test that proves the plaintext scanner can find records. */
    H2ArchiveAccess(KeyDerivation kdf, boolean encrypt) {
        this.kdf = kdf;
        this.encrypt = encrypt;
    }

    @Override
    public Optional<ArchiveInfo> peek(Path folder) {
        return ArchiveHeader.read(folder).map(ArchiveHeader.Contents::info);
    }

    @Override
    public OpenArchive create(Path folder, String name, Side homeSide, boolean sample, char[] passphrase) {
        return create(folder, name, homeSide, sample, H2ArchiveUsers.defaultName(), passphrase);
    }

    @Override
    public OpenArchive create(Path folder, String name, Side homeSide, boolean sample, String userName,
                              char[] passphrase) {
        String firstUser = userName == null || userName.isBlank() ? H2ArchiveUsers.defaultName() : userName.strip();
        if (ArchiveHeader.read(folder).isPresent() || Files.exists(databaseFile(folder))) {
            throw new ArchiveException(Reason.ALREADY_EXISTS, folder.toString());
        }
        ArchiveInfo info = new ArchiveInfo(UUID.randomUUID(), name.strip(), homeSide, sample, Instant.now());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ArchiveException(Reason.IO, folder.toString(), e);
        }
        ArchiveLock lock = ArchiveLock.acquire(folder);
        FileKey fileKey = FileKey.random();
        // The creator is the first user, a representative: slot 1, labelled with their name.
        KeySlot owner = KeySlot.seal(1, firstUser, fileKey, passphrase, kdf, info.uuid());
        ArchiveHeader.Contents header = new ArchiveHeader.Contents(info, encrypt, kdf, List.of(owner));
        H2Archive archive;
        try {
            archive = connect(folder, info, fileKey, encrypt, false);
            try {
                archive.dsl().insertInto(ARCHIVE_INFO)
                        .set(ARCHIVE_INFO.ID, 1)
                        .set(ARCHIVE_INFO.UUID, info.uuid())
                        .set(ARCHIVE_INFO.NAME, info.name())
                        .set(ARCHIVE_INFO.HOME_SIDE, info.homeSide().code())
                        .set(ARCHIVE_INFO.SAMPLE, info.sample())
                        .set(ARCHIVE_INFO.CREATED_AT, info.createdAt().atOffset(ZoneOffset.UTC))
                        .execute();
                archive.userRows().save(new org.huiwu.domain.access.ArchiveUser(UUID.randomUUID(), firstUser,
                        org.huiwu.domain.access.Role.REPRESENTATIVE, owner.number(), info.createdAt(), null));
                // Closed, copied as the first checkpoint while no one has the file open, and opened again.
                archive.close();
                writeCheckpoint(folder);
                archive = connect(folder, info, fileKey, encrypt, true);
                // The header comes last: a folder with a header always holds a complete, migrated database.
                ArchiveHeader.write(folder, header);
                attachUsers(archive, folder, header, fileKey, owner.number(), kdf);
                archive.hold(lock);
            } catch (IOException | RuntimeException e) {
                archive.close();
                throw e instanceof ArchiveException ae ? ae : new ArchiveException(Reason.IO, folder.toString(), e);
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        } finally {
            fileKey.close();
        }
        LOG.info("Created archive {} ({}) in {}", info.uuid(), info.homeSide().code(), folder);
        return archive;
    }

    @Override
    public OpenArchive open(Path folder, char[] passphrase) {
        ArchiveHeader.Contents header = header(folder);
        if (!Files.exists(databaseFile(folder))) {
            throw new ArchiveException(Reason.NOT_AN_ARCHIVE, folder.toString());
        }
        if (!crashed(folder)) {
            // After a crash the file H2 left is not read at all (below); otherwise refuse a damaged one at once.
            refuseDamagedFile(folder, header.encrypted());
        }
        // Only the header is read until the passphrase proves right: a wrong one changes no file.
        long begin = System.nanoTime();
        Unsealed opened = unseal(folder, header, passphrase);
        FileKey fileKey = opened.key();
        long unsealed = System.nanoTime();
        H2Archive archive;
        ArchiveLock lock = ArchiveLock.acquire(folder);
        try {
            boolean afterCrash = crashed(folder);
            if (!afterCrash) {
                // The last session closed cleanly: the database holds everything and the journal is empty, so it
                // becomes the base the journal builds on. Copied before H2 opens the file: closing any other
                // channel to a file would drop the lock H2 holds on it.
                writeCheckpointOrFail(folder);
            } else {
                // The last session crashed after saving: its database is what H2 left at the kill, which after
                // some kills opens only with a roll-back, fails the replay's commit or hangs on the dead process's
                // row locks. The checkpoint plus the journal of every confirmed save since is the archive. (With
                // an empty journal H2's file is kept when it looks sound: the crash may have come in a clean close
                // between emptying the journal and removing the marker, after the checkpoint was left behind.)
                if (Files.exists(checkpointFile(folder))
                        && (journalHasEntries(folder) || looksDamaged(folder, header.encrypted()))) {
                    restoreCheckpoint(folder);
                }
                // Not checked before unsealing after a crash: only the file now in place counts.
                refuseDamagedFile(folder, header.encrypted());
            }
            archive = connectAndReplay(folder, header, fileKey, afterCrash);
            attachUsers(archive, folder, header, fileKey, opened.slot(), kdf);
            archive.hold(lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        } finally {
            fileKey.close();
        }
        LOG.info("Opened archive {} in {} (key slot {} ms, database {} ms)", header.info().uuid(), folder,
                (unsealed - begin) / 1_000_000, (System.nanoTime() - unsealed) / 1_000_000);
        return archive;
    }

    /**
     * Whether the last session ended without a clean close. Only meaningful while this program holds the folder's
     * lock (or about to take it): the marker of a session open in another program looks the same.
     */
    private static boolean crashed(Path folder) {
        return Files.exists(sessionMarker(folder));
    }

    /** Whether the journal holds anything past its header (a torn, unconfirmed entry counts too). */
    private static boolean journalHasEntries(Path folder) {
        try {
            Path journal = folder.resolve(SaveJournal.FILE_NAME);
            return Files.exists(journal) && Files.size(journal) > SaveJournal.HEADER_SIZE;
        } catch (IOException e) {
            throw new ArchiveException(Reason.IO, folder.toString(), e);
        }
    }

    /**
     * Connects and replays the journal; after a replay or a crash, closes cleanly and opens again (see below). After
     * a crash with an empty journal H2's file is kept, and it may hold saves the checkpoint lacks (a crash inside a
     * clean close, after the journal was emptied): the new checkpoint written between the two connections makes
     * checkpoint + journal the whole archive again, which a later crash recovery and every backup rely on.
     */
    private H2Archive connectAndReplay(Path folder, ArchiveHeader.Contents header, FileKey fileKey,
                                       boolean afterCrash) {
        H2Archive archive = connect(folder, header.info(), fileKey, header.encrypted(), true);
        H2Archive.Replay replayed = replay(archive, folder);
        lastReplay = replayed;
        if (replayed.entries() > 0 || afterCrash) {
            // After a crash: close cleanly (which empties the journal once the database is on disk), then
            // open again, so the journal only ever holds what this session saves.
            LOG.info("Replayed {} journaled saves into archive {} ({} the database had lost, {} torn bytes)",
                    replayed.entries(), header.info().uuid(), replayed.restored(), replayed.tornBytes());
            archive.close();
            if (!crashed(folder)) {
                writeCheckpointOrFail(folder);
            }
            archive = connect(folder, header.info(), fileKey, header.encrypted(), true);
        }
        return archive;
    }

    @Override
    public void changePassphrase(Path folder, char[] current, char[] replacement) {
        reseal(folder, current, replacement, kdf, 0);
    }

    /**
     * Seals the file key of the slot {@code current} opens anew for {@code replacement}: only the header changes.
     * {@code onlySlot} > 0 limits it to that slot (a session changes its own user's passphrase, never another's).
     */
    static void reseal(Path folder, char[] current, char[] replacement, KeyDerivation defaultCost, int onlySlot) {
        ArchiveHeader.Contents header = header(folder);
        for (KeySlot slot : header.slots()) {
            if (onlySlot > 0 && slot.number() != onlySlot) {
                continue;
            }
            try (FileKey fileKey = slot.open(current, header.kdf(), header.info().uuid())) {
                refuseAnotherUsersPassphrase(folder, header, slot, replacement);
                // All slots share the header's cost; a lone slot may move up to the current default.
                boolean raise = header.slots().size() == 1 && defaultCost.iterations() > header.kdf().iterations();
                KeyDerivation cost = raise ? defaultCost : header.kdf();
                KeySlot renewed = KeySlot.seal(slot.number(), slot.label(), fileKey, replacement, cost,
                        header.info().uuid());
                ArchiveHeader.Contents changed = raise
                        ? new ArchiveHeader.Contents(header.info(), header.encrypted(), cost, List.of(renewed))
                        : header.withSlot(renewed);
                ArchiveHeader.write(folder, changed);
                LOG.info("Passphrase of slot {} of archive {} changed", slot.number(), header.info().uuid());
                return;
            } catch (KeySlot.WrongPassphraseException e) {
                // try the next slot
            } catch (IOException e) {
                throw new ArchiveException(Reason.IO, folder.toString(), e);
            }
        }
        throw new ArchiveException(Reason.WRONG_PASSPHRASE, folder.toString());
    }

    /** Two users with one passphrase could not be told apart at unlock: another slot's passphrase is refused. */
    private static void refuseAnotherUsersPassphrase(Path folder, ArchiveHeader.Contents header, KeySlot own,
                                                     char[] replacement) {
        for (KeySlot other : header.slots()) {
            if (other.number() == own.number()) {
                continue;
            }
            try (FileKey opened = other.open(replacement, header.kdf(), header.info().uuid())) {
                throw new org.huiwu.service.ValidationException(List.of(
                        new org.huiwu.domain.common.Violation("passphrase", "users.passphrase.inUse")));
            } catch (KeySlot.WrongPassphraseException e) {
                // another user's slot stays theirs
            }
        }
    }

    private static ArchiveHeader.Contents header(Path folder) {
        return ArchiveHeader.read(folder).orElseThrow(() -> new ArchiveException(
                Files.isDirectory(folder) ? Reason.NOT_AN_ARCHIVE : Reason.NOT_FOUND, folder.toString()));
    }

    /** The file key and the number of the slot that gave it (whose user is working). */
    private record Unsealed(FileKey key, int slot) {
    }

    /**
     * Finds who opened the archive by their slot (an archive from before users gets them first). A slot that
     * belongs to no active user opens nothing: the archive is closed again as if the passphrase were wrong.
     */
    private static void attachUsers(H2Archive archive, Path folder, ArchiveHeader.Contents header, FileKey fileKey,
                                    int slot, KeyDerivation defaultCost) {
        java.util.Optional<H2ArchiveUsers> users;
        try {
            users = H2ArchiveUsers.of(folder, header, archive.userRows(), fileKey, slot, defaultCost);
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
        if (users.isEmpty()) {
            archive.close();
            throw new ArchiveException(Reason.WRONG_PASSPHRASE, folder.toString());
        }
        archive.openedBy(users.get());
    }

    private static Unsealed unseal(Path folder, ArchiveHeader.Contents header, char[] passphrase) {
        for (KeySlot slot : header.slots()) {
            try {
                return new Unsealed(slot.open(passphrase, header.kdf(), header.info().uuid()), slot.number());
            } catch (KeySlot.WrongPassphraseException e) {
                // try the next slot
            }
        }
        throw new ArchiveException(Reason.WRONG_PASSPHRASE, folder.toString());
    }

    /**
     * H2 silently starts a new, empty database over a file it cannot read (seen with a truncated file): check the
     * file first, so a damaged archive is reported and left as it is, never replaced by an empty one.
     */
    private static void refuseDamagedFile(Path folder, boolean encrypted) {
        if (looksDamaged(folder, encrypted)) {
            throw new ArchiveException(Reason.DAMAGED, folder.toString());
        }
    }

    private static boolean looksDamaged(Path folder, boolean encrypted) {
        Path file = databaseFile(folder);
        if (!Files.exists(file)) {
            return true;
        }
        try (var in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(ENCRYPTED_FILE_MARKER.length);
            boolean marked = java.util.Arrays.equals(start, ENCRYPTED_FILE_MARKER);
            return Files.size(file) < SMALLEST_DATABASE || marked != encrypted;
        } catch (IOException e) {
            throw new ArchiveException(Reason.IO, folder.toString(), e);
        }
    }

    /** The database must be the one the header describes, already migrated: checked before Flyway may write. */
    private static void refuseForeignDatabase(java.sql.Connection connection, Path folder, ArchiveInfo info) {
        try (var statement = connection.prepareStatement("SELECT UUID FROM ARCHIVE_INFO WHERE ID = 1");
             var result = statement.executeQuery()) {
            if (!result.next() || !info.uuid().equals(result.getObject(1, UUID.class))) {
                throw new ArchiveException(Reason.DAMAGED, folder.toString());
            }
        } catch (SQLException e) {
            throw new ArchiveException(Reason.DAMAGED, folder.toString(), e);
        }
    }

    /**
     * Whether the archive already has the newest schema, read from Flyway's history table without starting Flyway
     * (which scans the classpath and costs most of the time an unlock takes). {@code SCHEMA_VERSION} must name the
     * newest migration; a test checks it against the migration files.
     */
    private static boolean schemaIsCurrent(JdbcConnectionPool pool) throws SQLException {
        try (var connection = pool.getConnection();
             var statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = ? AND \"success\"")) {
            statement.setString(1, SCHEMA_VERSION);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
                return false;
            }
            throw e;
        }
    }

    private static H2Archive.Replay replay(H2Archive archive, Path folder) {
        try {
            return archive.replayJournal();
        } catch (IOException | RuntimeException e) {
            archive.closeKeepingJournal();
            throw new ArchiveException(Reason.DAMAGED, folder.toString(), e);
        }
    }

    H2Archive.Replay lastReplay() {
        return lastReplay;
    }

    static Path databaseFile(Path folder) {
        return folder.resolve(DATABASE_NAME + ".mv.db");
    }

    private static H2Archive connect(Path folder, ArchiveInfo info, FileKey fileKey, boolean encrypt,
                                     boolean mustExist) {
        String url = "jdbc:h2:file:" + folder.resolve(DATABASE_NAME).toAbsolutePath()
                + (encrypt ? ";CIPHER=AES" : "")
                // No trace file: it would hold SQL (and so record text) in the clear next to the archive.
                + ";TRACE_LEVEL_FILE=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
        // H2 takes "filePassword userPassword": the file key, then a fixed user password (the file key is the secret;
        // H2 wants the second part non-empty).
        char[] filePassword = fileKey.h2FilePassword();
        char[] userPassword = DATABASE_NAME.toCharArray();
        char[] password = encrypt ? Arrays.copyOf(filePassword, filePassword.length + 1 + userPassword.length)
                : userPassword.clone();
        if (encrypt) {
            password[filePassword.length] = ' ';
            System.arraycopy(userPassword, 0, password, filePassword.length + 1, userPassword.length);
        }
        Arrays.fill(filePassword, '\0');
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("huiwu");
        // H2 keeps this very array (no copy) for every new connection: it is wiped when the archive closes.
        dataSource.setPasswordChars(password);
        Runnable forgetKey = () -> {
            dataSource.setPasswordChars(new char[0]);
            Arrays.fill(password, '\0');
        };
        if (mustExist) {
            try {
                probeReadOnly(url, password, folder, info);
            } catch (SQLException e) {
                // A healthy database opens read-only; one that H2 would have to roll back first asks to write.
                // Letting H2 repair it is not safe (after some kills its repaired tree loops for ever). After a
                // crash of a session that saved nothing (else the checkpoint is in place already) the checkpoint
                // holds the same records: put it back.
                if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY && crashed(folder)
                        && !journalHasEntries(folder) && Files.exists(checkpointFile(folder))) {
                    restoreCheckpoint(folder);
                    try {
                        probeReadOnly(url, password, folder, info);
                    } catch (SQLException again) {
                        forgetKey.run();
                        throw new ArchiveException(Reason.DAMAGED, folder.toString(), again);
                    } catch (ArchiveException again) {
                        forgetKey.run();
                        throw again;
                    }
                } else {
                    forgetKey.run();
                    throw e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY
                            ? new ArchiveException(Reason.DAMAGED, folder.toString(), e) : translate(e, folder);
                }
            } catch (ArchiveException e) {
                forgetKey.run();
                throw e;
            }
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(dataSource);
        try {
            // Touch the database first so that "in use" is reported as such, not as a migration failure.
            if (!schemaIsCurrent(pool)) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .failOnMissingLocations(true)
                        .load()
                        .migrate();
            }
        } catch (SQLException e) {
            pool.dispose();
            forgetKey.run();
            throw translate(e, folder);
        } catch (ArchiveException e) {
            pool.dispose();
            forgetKey.run();
            throw e;
        } catch (FlywayException e) {
            pool.dispose();
            forgetKey.run();
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw translate(sql, folder);
            }
            throw new ArchiveException(Reason.NEWER_FORMAT, folder.toString(), e);
        }
        DSLContext dsl = DSL.using(pool, SQLDialect.H2);
        JournalKey journalKey = JournalKey.wrap(fileKey.derive(JournalKey.PURPOSE));
        byte[] backupKey = fileKey.derive(org.huiwu.store.backup.BackupFile.PURPOSE);
        SaveJournal journal;
        try {
            journal = SaveJournal.open(folder, info.uuid(), journalKey);
        } catch (IOException e) {
            journalKey.close();
            Arrays.fill(backupKey, (byte) 0);
            H2Archive.shutDown(pool);
            forgetKey.run();
            throw new ArchiveException(e instanceof org.huiwu.store.journal.JournalCorruptedException
                    ? Reason.DAMAGED : Reason.IO, folder.toString(), e);
        }
        try {
            // Present while the archive is open; a clean close removes it. Found at the next open, it says the
            // last session ended in a crash.
            Files.write(sessionMarker(folder), new byte[0]);
        } catch (IOException e) {
            try {
                journal.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            journalKey.close();
            Arrays.fill(backupKey, (byte) 0);
            H2Archive.shutDown(pool);
            forgetKey.run();
            throw new ArchiveException(Reason.IO, folder.toString(), e);
        }
        return new H2Archive(folder, info, pool, dsl, forgetKey, journal, journalKey, backupKey,
                fileKey.derive(org.huiwu.store.search.LuceneSearchIndex.PURPOSE));
    }

    /** The marker of an open session (see {@link #connect}). */
    static Path sessionMarker(Path folder) {
        return folder.resolve("huiwu.session");
    }

    private static void probeReadOnly(String url, char[] password, Path folder, ArchiveInfo info)
            throws SQLException {
        // Read-only: H2 "repairs" a damaged file when it opens it for writing, and a refused archive must be
        // left exactly as it was.
        JdbcDataSource readOnly = new JdbcDataSource();
        readOnly.setURL(url + ";ACCESS_MODE_DATA=r");
        readOnly.setUser("huiwu");
        readOnly.setPasswordChars(password);
        try (var connection = readOnly.getConnection()) {
            refuseForeignDatabase(connection, folder, info);
        } finally {
            readOnly.setPasswordChars(new char[0]);
        }
    }

    /**
     * The database as it was when the journal was last empty (a clean close, or a new archive): with the journal,
     * everything confirmed since. Costs a copy of the database file per session; see ADR 0004. Only ever copied
     * while no connection has the database open.
     */
    static Path checkpointFile(Path folder) {
        return folder.resolve(DATABASE_NAME + ".checkpoint");
    }

    private static void writeCheckpointOrFail(Path folder) {
        try {
            writeCheckpoint(folder);
        } catch (IOException e) {
            throw new ArchiveException(Reason.IO, folder.toString(), e);
        }
    }

    /** Copies the database beside itself as the checkpoint, atomically, so a crash never leaves half a copy. */
    static void writeCheckpoint(Path folder) throws IOException {
        copyDurably(databaseFile(folder), folder.resolve(DATABASE_NAME + ".checkpoint.partial"),
                checkpointFile(folder));
    }

    /** Copies through {@code partial}, forced to disk, then moved over {@code target} in one step. */
    private static void copyDurably(Path source, Path partial, Path target) throws IOException {
        Files.copy(source, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(partial,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The crashed database is copied aside (the last one only), then a copy of the checkpoint replaces it in one
     * step: the folder always holds a database, and a crash in between leaves the marker and the journal, so the
     * next open does the same again.
     */
    private static void restoreCheckpoint(Path folder) {
        try {
            if (Files.exists(databaseFile(folder))) {
                Files.copy(databaseFile(folder), folder.resolve(DATABASE_NAME + ".mv.db.crashed"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            copyDurably(checkpointFile(folder), folder.resolve(DATABASE_NAME + ".checkpoint.restoring"),
                    databaseFile(folder));
            LOG.warn("Archive in {} restored from its checkpoint after a crash; the save journal follows", folder);
        } catch (IOException e) {
            throw new ArchiveException(Reason.IO, folder.toString(), e);
        }
    }

    static ArchiveException translate(SQLException e, Path folder) {
        LOG.warn("Archive {} refused by H2: error {} ({})", folder, e.getErrorCode(), e.getSQLState());
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new ArchiveException(Reason.IN_USE, folder.toString(), e);
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 ->
                    new ArchiveException(Reason.NOT_FOUND, folder.toString(), e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.GENERAL_ERROR_1 ->
                    new ArchiveException(Reason.DAMAGED, folder.toString(), e);
            case ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD,
                 ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                    new ArchiveException(Reason.NOT_AN_ARCHIVE, folder.toString(), e);
            default -> new ArchiveException(Reason.IO, folder.toString(), e);
        };
    }
}
