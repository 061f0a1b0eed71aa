// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcConnectionPool;
import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaRepository;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionRepository;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.AttendanceRepository;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesRepository;
import org.huiwu.domain.parity.TermRepository;
import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.person.PersonRepository;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceRepository;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.store.journal.JournalKey;
import org.huiwu.store.journal.SaveJournal;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open H2 archive with its repositories. Every save is committed to H2 and then forced into the save journal
 * before it returns; the journal is replayed at the next open and emptied only after a clean shutdown, because H2
 * alone loses confirmed commits when the process is killed (STACK.md, ADR 0004).
 */
final class H2Archive implements OpenArchive {

    private static final Logger LOG = LoggerFactory.getLogger(H2Archive.class);

    private final ArchiveInfo info;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final JooqPlaceRepository places;
    private final JooqPersonRepository people;
    private final JooqMeetingRepository meetings;
    private final JooqMinutesRepository minutes;
    private final JooqAgendaRepository agendas;
    private final JooqDecisionRepository decisions;
    private final JooqAttendanceRepository attendance;
    private final JooqTermRepository terms;
    private final JooqDismissalRepository dismissals;
    private final JooqSignedProtocolRepository signedProtocols;
    private final JooqTrustedCertificateRepository trusted;
    private final JooqPrivateNoteRepository notes;
    private final JooqConfidentialityRepository confidentiality;
    private final JooqUserRepository userRows;
    private final JooqAuditRepository audit;
    /** Set once the opening key slot is known to belong to a user (see H2ArchiveAccess). */
    private volatile H2ArchiveUsers users;
    private final Runnable forgetKey;
    private final Path folder;
    private final SaveJournal journal;
    private final JournalKey journalKey;
    /** The file key derived for backups (see BackupFile): a backup of an open archive needs no passphrase. */
    private final byte[] backupKey;
    /** Derived from the file key for the search index only; wiped when the archive closes. */
    private final byte[] searchKey;
    private final List<java.util.function.Consumer<UUID>> meetingSaved =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private org.huiwu.store.search.LuceneSearchIndex searchIndex;
    private volatile boolean replaying;
    private boolean closed;
    private boolean keepJournal;
    /** Held from open to close; null while an open is still replaying (see H2ArchiveAccess). */
    private ArchiveLock lock;

    H2Archive(Path folder, ArchiveInfo info, JdbcConnectionPool pool, DSLContext dsl, Runnable forgetKey,
              SaveJournal journal, JournalKey journalKey, byte[] backupKey, byte[] searchKey) {
        this.folder = folder;
        this.backupKey = backupKey;
        this.searchKey = searchKey;
        this.info = info;
        this.forgetKey = forgetKey;
        this.pool = pool;
        this.dsl = dsl;
        this.journal = journal;
        this.journalKey = journalKey;
        Journaling journaling = this::record;
        this.places = new JooqPlaceRepository(dsl, journaling);
        this.people = new JooqPersonRepository(dsl, journaling);
        this.meetings = new JooqMeetingRepository(dsl, info.homeSide(), journaling, places, people);
        this.minutes = new JooqMinutesRepository(dsl, journaling, meetings, people);
        this.agendas = new JooqAgendaRepository(dsl, journaling, meetings);
        this.decisions = new JooqDecisionRepository(dsl, journaling, meetings);
        this.attendance = new JooqAttendanceRepository(dsl, journaling, meetings, people);
        this.terms = new JooqTermRepository(dsl, journaling);
        this.dismissals = new JooqDismissalRepository(dsl, journaling, meetings, people);
        this.signedProtocols = new JooqSignedProtocolRepository(dsl, journaling, meetings);
        this.trusted = new JooqTrustedCertificateRepository(dsl, journaling);
        this.notes = new JooqPrivateNoteRepository(dsl, journaling, meetings);
        this.confidentiality = new JooqConfidentialityRepository(dsl, journaling);
        this.userRows = new JooqUserRepository(dsl, journaling);
        this.audit = new JooqAuditRepository(dsl, journaling);
    }

    /** The users' rows, for creating the first user and for knowing who opened the archive. */
    JooqUserRepository userRows() {
        return userRows;
    }

    /** Who opened the archive, with the copy of the file key that seals new users' slots. */
    void openedBy(H2ArchiveUsers opened) {
        this.users = opened;
    }

    @Override
    public org.huiwu.service.archive.ArchiveUsers users() {
        if (users == null) {
            throw new IllegalStateException("The archive's user is not known yet");
        }
        return users;
    }

    private void record(byte[] payload) {
        if (replaying) {
            return;
        }
        try {
            journal.append(payload);
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Reason.IO, folder.toString(), e);
        }
        if (!meetingSaved.isEmpty()) {
            RecordCodec.meetingOf(payload).ifPresent(meeting -> {
                for (var listener : meetingSaved) {
                    try {
                        listener.accept(meeting);
                    } catch (RuntimeException e) {
                        // The save is confirmed already; a listener (the search index) catches up at the next open.
                        LOG.warn("Listener of saves failed: {}", e.toString());
                    }
                }
            });
        }
    }

    @Override
    public void onMeetingSaved(java.util.function.Consumer<UUID> listener) {
        meetingSaved.add(listener);
    }

    @Override
    public synchronized org.huiwu.service.search.SearchIndex searchIndex() {
        if (closed) {
            throw new IllegalStateException("The archive is closed");
        }
        if (searchIndex == null) {
            try {
                searchIndex = org.huiwu.store.search.LuceneSearchIndex.open(
                        folder.resolve(org.huiwu.store.search.LuceneSearchIndex.FOLDER), searchKey);
            } catch (java.io.UncheckedIOException e) {
                // The archive opened, so its records are readable: search from memory rather than not at all.
                LOG.warn("Search index of {} cannot be written, kept in memory for this session: {}", folder,
                        e.getCause().toString());
                searchIndex = org.huiwu.store.search.LuceneSearchIndex.inMemory();
            }
        }
        return searchIndex;
    }

    /**
     * What a replay found: entries applied, records the database no longer had (H2 lost them although the save had
     * been confirmed), and bytes of a torn last entry (a kill in the middle of writing it). For a meeting's agenda
     * and decisions the records are its items and decisions, for its attendance the fact that it was recorded; a
     * change to minutes restores no record of its own (the version it changes must be there already).
     */
    record Replay(int entries, int restored, long tornBytes) {
    }

    /** Applies every journaled save to the database again (each is an upsert by UUID). */
    Replay replayJournal() throws IOException {
        int[] count = {0};
        int[] restored = {0};
        RecordCodec.Target target = new RecordCodec.Target() {
            @Override
            public void upsert(Place place) {
                restored[0] += place.id() == null ? 1 : 0;
                places.save(place);
            }

            @Override
            public void upsert(Person person) {
                restored[0] += person.id() == null ? 1 : 0;
                people.save(person);
            }

            @Override
            public void upsert(Meeting meeting) {
                restored[0] += meetings.upsert(meeting) ? 1 : 0;
            }

            @Override
            public void upsert(Minutes version) {
                restored[0] += minutes.upsert(version) ? 1 : 0;
            }

            @Override
            public void upsert(long meetingId, Agenda agenda) {
                restored[0] += agendas.upsert(meetingId, agenda);
            }

            @Override
            public void upsert(long meetingId, List<Decision> list) {
                restored[0] += decisions.upsert(meetingId, list);
            }

            @Override
            public void upsert(long meetingId, Attendance recorded) {
                restored[0] += attendance.upsert(meetingId, recorded);
            }

            @Override
            public void upsertTerms(List<TermbaseEntry> entries) {
                restored[0] += terms.upsert(entries);
            }

            @Override
            public void deleteTerm(UUID uuid) {
                terms.deleteForReplay(uuid);
            }

            @Override
            public void upsert(long meetingId, org.huiwu.domain.parity.Dismissal dismissal) {
                dismissals.upsert(meetingId, dismissal);
            }

            @Override
            public void upsert(org.huiwu.domain.protocol.SignedProtocol signed) {
                signedProtocols.upsert(signed);
            }

            @Override
            public void upsert(org.huiwu.domain.protocol.TrustedCertificate certificate) {
                trusted.upsert(certificate);
            }

            @Override
            public void removeTrust(String sha256) {
                trusted.delete(sha256);
            }

            @Override
            public void removeDismissal(long meetingId, UUID pair, String fingerprint) {
                dismissals.delete(pair, fingerprint);
            }

            @Override
            public void upsert(org.huiwu.domain.note.PrivateNote note) {
                notes.upsert(note);
            }

            @Override
            public void removeNote(UUID uuid) {
                notes.delete(uuid);
            }

            @Override
            public void upsert(org.huiwu.domain.access.ArchiveUser user) {
                userRows.upsert(user);
            }

            @Override
            public void removeUser(UUID uuid, java.time.Instant at) {
                userRows.removeForReplay(uuid, at);
            }

            @Override
            public void append(org.huiwu.domain.audit.AuditEntry entry) {
                audit.replay(entry);
            }

            @Override
            public void upsert(org.huiwu.domain.confidentiality.InformationItem item) {
                confidentiality.upsert(item);
            }

            @Override
            public void upsert(org.huiwu.domain.confidentiality.Consent consent) {
                confidentiality.upsert(consent);
            }

            @Override
            public void apply(RecordCodec.MinutesDelta delta) throws IOException {
                minutes.apply(delta);
            }

            @Override
            public Long meetingId(UUID uuid) {
                return meetings.idOf(uuid);
            }

            @Override
            public Long placeId(UUID uuid) {
                return places.idOf(uuid);
            }

            @Override
            public Long personId(UUID uuid) {
                return people.idOf(uuid);
            }
        };
        replaying = true;
        try {
            journal.replay(entry -> {
                RecordCodec.replay(entry.payload(), target);
                count[0]++;
            });
        } finally {
            replaying = false;
        }
        return new Replay(count[0], restored[0], journal.droppedTailBytes());
    }

    /** How many saves the journal holds now (all since the last clean close). */
    int journalEntries() {
        return journal.entryCount();
    }

    DSLContext dsl() {
        return dsl;
    }

    /** Writes a backup from what is stable while the archive is open; see {@link #backUp}. */
    @FunctionalInterface
    interface BackupWriter {
        void write(Path checkpoint, byte[] journalSnapshot, byte[] backupKey) throws IOException;
    }

    /**
     * Hands the writer the checkpoint and the journal's confirmed entries: together they are the whole archive
     * (ADR 0004), and neither changes while this runs. The checkpoint is only rewritten at open, and a close (which
     * empties the journal) waits for this method; saves go on, and those confirmed after the journal snapshot are
     * simply not in this backup. H2's own file is not copied: it is being written and may need a roll-back.
     */
    synchronized void backUp(BackupWriter writer) throws IOException {
        if (closed) {
            throw new ArchiveException(ArchiveException.Reason.IO, folder + " (closed)");
        }
        Path checkpoint = H2ArchiveAccess.checkpointFile(folder);
        if (!Files.exists(checkpoint)) {
            throw new java.nio.file.NoSuchFileException(checkpoint.toString());
        }
        byte[] journalSnapshot = journal.snapshot();
        byte[] key = backupKey.clone();
        try {
            writer.write(checkpoint, journalSnapshot, key);
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    /** Meetings, minutes versions, and pairs in each meeting's newest minutes version. */
    org.huiwu.service.backup.BackupSummary.Counts counts() {
        int meetingCount = dsl.fetchCount(org.huiwu.store.generated.Tables.MEETING);
        int versionCount = dsl.fetchCount(org.huiwu.store.generated.Tables.MINUTES);
        var version = org.huiwu.store.generated.Tables.MINUTES.as("version");
        var newest = org.huiwu.store.generated.Tables.MINUTES.as("newest");
        var pair = org.huiwu.store.generated.Tables.MINUTES_PAIR;
        int pairs = dsl.selectCount().from(pair).join(version).on(pair.MINUTES_ID.eq(version.ID))
                .where(version.VERSION.eq(org.jooq.impl.DSL.select(org.jooq.impl.DSL.max(newest.VERSION))
                        .from(newest).where(newest.MEETING_ID.eq(version.MEETING_ID))))
                .fetchOne(0, int.class);
        return new org.huiwu.service.backup.BackupSummary.Counts(meetingCount, versionCount, pairs);
    }

    @Override
    public ArchiveInfo info() {
        return info;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public PlaceRepository places() {
        return places;
    }

    @Override
    public PersonRepository people() {
        return people;
    }

    @Override
    public MeetingRepository meetings() {
        return meetings;
    }

    @Override
    public MinutesRepository minutes() {
        return minutes;
    }

    @Override
    public AgendaRepository agendas() {
        return agendas;
    }

    @Override
    public DecisionRepository decisions() {
        return decisions;
    }

    @Override
    public AttendanceRepository attendance() {
        return attendance;
    }

    @Override
    public TermRepository terms() {
        return terms;
    }

    @Override
    public org.huiwu.domain.parity.DismissalRepository dismissals() {
        return dismissals;
    }

    @Override
    public org.huiwu.domain.protocol.SignedProtocolRepository signedProtocols() {
        return signedProtocols;
    }

    @Override
    public org.huiwu.domain.protocol.TrustedCertificateRepository trustedCertificates() {
        return trusted;
    }

    @Override
    public org.huiwu.domain.note.PrivateNoteRepository notes() {
        return notes;
    }

    @Override
    public org.huiwu.domain.audit.AuditRepository audit() {
        return audit;
    }

    @Override
    public org.huiwu.domain.confidentiality.ConfidentialityRepository confidentiality() {
        return confidentiality;
    }

    /**
     * SHUTDOWN closes the file at once (and writes everything) instead of waiting for the last connection; the pool
     * is disposed either way. Through a raw connection: jOOQ reports the dead connection afterwards as a failure.
     * Returns whether the database shut down cleanly (false when it was already closed, e.g. by H2's shutdown hook).
     */
    static boolean shutDown(JdbcConnectionPool pool) {
        try {
            java.sql.Connection connection = pool.getConnection();
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
                return true;
            } finally {
                closeQuietly(connection);
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.debug("Archive already shut down: {}", e.toString());
            return false;
        } finally {
            pool.dispose();
        }
    }

    /** After SHUTDOWN the connection is dead; closing it may complain, which changes nothing. */
    private static void closeQuietly(java.sql.Connection connection) {
        try {
            connection.close();
        } catch (java.sql.SQLException e) {
            LOG.trace("Connection of a shut-down archive: {}", e.toString());
        }
    }

    /** Hands over the folder's lock, released when this archive closes. */
    synchronized void hold(ArchiveLock folderLock) {
        this.lock = folderLock;
    }

    /** Closes without emptying the journal: its entries could not be applied and must stay for a later try. */
    synchronized void closeKeepingJournal() {
        keepJournal = true;
        close();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (searchIndex != null) {
            searchIndex.close();
        }
        java.util.Arrays.fill(searchKey, (byte) 0);
        if (users != null) {
            users.close();
        }
        boolean shutDown;
        try {
            shutDown = shutDown(pool);
        } finally {
            forgetKey.run();
        }
        try {
            if (shutDown && !keepJournal) {
                // Only a database that closed cleanly and is on disk makes the journal redundant.
                try (FileChannel database = FileChannel.open(H2ArchiveAccess.databaseFile(folder),
                        StandardOpenOption.WRITE)) {
                    database.force(true);
                }
                journal.clear();
                Files.deleteIfExists(H2ArchiveAccess.sessionMarker(folder));
            }
        } catch (IOException e) {
            LOG.warn("Journal of archive {} kept after close: {}", info.uuid(), e.toString());
        } finally {
            try {
                journal.close();
            } catch (IOException e) {
                LOG.warn("Journal of archive {} not closed cleanly: {}", info.uuid(), e.toString());
            }
            journalKey.close();
            java.util.Arrays.fill(backupKey, (byte) 0);
            if (lock != null) {
                lock.close();
            }
        }
    }
}
