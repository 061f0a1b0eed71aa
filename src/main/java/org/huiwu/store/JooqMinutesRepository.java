// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.minutes.Agreement;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesRepository;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.PairSide;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.store.generated.tables.records.MinutesPairRecord;
import org.huiwu.store.generated.tables.records.MinutesRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.huiwu.store.generated.Tables.MINUTES;
import static org.huiwu.store.generated.Tables.SIGNED_PROTOCOL;
import static org.huiwu.store.generated.Tables.MINUTES_PAIR;

/**
 * Minutes and their aligned pairs; every save is journaled like the other records.
 *
 * <p>The editor autosaves every few seconds minutes of up to thousands of pairs, some holding a pasted 1 MB text, and
 * an edit shares every unchanged pair with the minutes before it. So a save writes only what changed since the
 * version was last saved or loaded here: changed pairs updated, new ones inserted, removed ones deleted, moved ones
 * renumbered. After its first save in a session a version is journaled as such a change too
 * ({@link RecordCodec#minutesDelta}); the first save journals it whole, so that a replay, which applies the entries
 * in order, always has the state a change was made against.
 */
final class JooqMinutesRepository implements MinutesRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JooqMinutesRepository.class);
    /** Largest IN list in one statement (PostgreSQL takes at most 32,767 bind values). */
    private static final int CHUNK = 1000;
    /** What a pair's row holds besides its keys, set from {@link #row}. */
    private static final List<Field<?>> CONTENTS = List.of(MINUTES_PAIR.POSITION,
            MINUTES_PAIR.ZH_TEXT, MINUTES_PAIR.ZH_WRITTEN_BY, MINUTES_PAIR.ZH_AUTHOR, MINUTES_PAIR.ZH_WRITTEN_AT,
            MINUTES_PAIR.ZH_AGREED_BY, MINUTES_PAIR.ZH_AGREED_AT, MINUTES_PAIR.ZH_AGREED_AGAINST,
            MINUTES_PAIR.RU_TEXT, MINUTES_PAIR.RU_WRITTEN_BY, MINUTES_PAIR.RU_AUTHOR, MINUTES_PAIR.RU_WRITTEN_AT,
            MINUTES_PAIR.RU_AGREED_BY, MINUTES_PAIR.RU_AGREED_AT, MINUTES_PAIR.RU_AGREED_AGAINST);
    private static final Param<Integer> SHIFT = DSL.param("shift", Integer.class);
    private static final Param<Integer> LOW = DSL.param("low", Integer.class);
    private static final Param<Integer> HIGH = DSL.param("high", Integer.class);

    private final DSLContext dsl;
    private final Journaling journaling;
    private final JooqMeetingRepository meetings;
    private final JooqPersonRepository people;
    /** Per version UUID, the minutes exactly as the database holds them (last saved or loaded). Guarded by this. */
    private final Map<UUID, Minutes> stored = new HashMap<>();
    /** Versions this session's journal holds whole (or whole plus changes), so that a change may follow. */
    private final Set<UUID> journaledWhole = new HashSet<>();

    JooqMinutesRepository(DSLContext dsl, Journaling journaling, JooqMeetingRepository meetings,
                          JooqPersonRepository people) {
        this.dsl = dsl;
        this.journaling = journaling;
        this.meetings = meetings;
        this.people = people;
    }

    @Override
    public synchronized List<Minutes> versions(long meetingId) {
        List<Minutes> versions = dsl.selectFrom(MINUTES).where(MINUTES.MEETING_ID.eq(meetingId))
                .orderBy(MINUTES.VERSION).fetch(this::toMinutes);
        versions.forEach(this::remember);
        return versions;
    }

    @Override
    public synchronized Optional<Minutes> latest(long meetingId) {
        Optional<Minutes> latest = dsl.selectFrom(MINUTES).where(MINUTES.MEETING_ID.eq(meetingId))
                .orderBy(MINUTES.VERSION.desc()).limit(1).fetchOptional(this::toMinutes);
        latest.ifPresent(this::remember);
        return latest;
    }

    /**
     * Loaded minutes are what the editor starts from; final ones are never edited, so not worth keeping. Minutes
     * already kept are the same state, and may share their pairs with the editor's (compared by identity, fast).
     */
    private void remember(Minutes loaded) {
        if (!loaded.isFinal()) {
            stored.putIfAbsent(loaded.uuid(), loaded);
        }
    }

    @Override
    public synchronized Optional<MinutesState> storedState(UUID version) {
        return dsl.select(MINUTES.STATE).from(MINUTES).where(MINUTES.UUID.eq(version))
                .fetchOptional(row -> MinutesState.valueOf(row.value1()));
    }

    @Override
    public synchronized Minutes save(Minutes minutes) {
        UUID uuid = minutes.uuid();
        // Refused here, in the store, not only hidden in the window: signed minutes are the record.
        if (dsl.fetchExists(SIGNED_PROTOCOL, SIGNED_PROTOCOL.MINUTES_UUID.eq(uuid))) {
            throw new ArchiveException(ArchiveException.Reason.SIGNED, Integer.toString(minutes.version()));
        }
        // Forgotten until this save is journaled: after any failure the next save writes and journals it whole.
        Minutes previous = stored.remove(uuid);
        boolean asChange = journaledWhole.remove(uuid);
        Set<UUID> written = write(previous, minutes);
        journaling.record(asChange && written != null
                ? RecordCodec.minutesDelta(minutes, written, meetings::uuidOf, people::uuidOf)
                : RecordCodec.minutes(minutes, meetings::uuidOf, people::uuidOf));
        stored.put(uuid, minutes);
        journaledWhole.add(uuid);
        return minutes;
    }

    /** Minutes from the journal: the version with the same UUID is replaced, a new one inserted. */
    synchronized boolean upsert(Minutes minutes) {
        boolean existed = dsl.fetchExists(MINUTES, MINUTES.UUID.eq(minutes.uuid()));
        stored.remove(minutes.uuid());
        dsl.transaction(configuration -> writeWhole(DSL.using(configuration), minutes));
        stored.put(minutes.uuid(), minutes);
        return !existed;
    }

    /**
     * A change from the journal, applied to the version as the database holds it: the entries before it have just
     * rebuilt the state it was made against. Refuses (rather than drop text) when the version or a pair it keeps is
     * not there, which means the journal does not fit this database.
     */
    synchronized void apply(RecordCodec.MinutesDelta delta) throws IOException {
        Minutes base = stored.remove(delta.uuid());
        if (base == null) {
            base = dsl.selectFrom(MINUTES).where(MINUTES.UUID.eq(delta.uuid())).fetchOptional(this::toMinutes)
                    .orElseThrow(() -> new IOException("Journal changes minutes " + delta.uuid()
                            + " that the archive does not have"));
        }
        Map<UUID, AlignedPair> before = new HashMap<>();
        base.pairs().forEach(pair -> before.put(pair.uuid(), pair));
        List<AlignedPair> pairs = new ArrayList<>(delta.order().size());
        for (UUID pairUuid : delta.order()) {
            AlignedPair pair = delta.written().getOrDefault(pairUuid, before.get(pairUuid));
            if (pair == null) {
                throw new IOException("Journal keeps pair " + pairUuid + " of minutes " + delta.uuid()
                        + " that the archive does not have");
            }
            pairs.add(pair);
        }
        Minutes minutes = new Minutes(delta.uuid(), delta.meetingId(), delta.version(), delta.state(), pairs);
        write(base, minutes);
        stored.put(minutes.uuid(), minutes);
    }

    /**
     * Writes the version in one transaction: only the changes when the database holds {@code previous}, else whole.
     * Returns the UUIDs of the pairs whose contents were written, or null when all were.
     */
    private Set<UUID> write(Minutes previous, Minutes minutes) {
        if (previous != null) {
            try {
                return dsl.transactionResult(configuration ->
                        writeChanges(DSL.using(configuration), previous, minutes));
            } catch (StaleBase | DataAccessException e) {
                // The rows were not what this repository last wrote (changed behind its back): rolled back, so
                // writing the whole version is still right.
                LOG.warn("Minutes {} written whole: their stored state differed ({})", minutes.uuid(), e.toString());
            }
        }
        dsl.transaction(configuration -> writeWhole(DSL.using(configuration), minutes));
        return null;
    }

    private static void writeWhole(DSLContext tx, Minutes minutes) {
        MinutesRecord record = tx.fetchOptional(MINUTES, MINUTES.UUID.eq(minutes.uuid()))
                .orElseGet(() -> tx.newRecord(MINUTES));
        header(record, minutes);
        tx.deleteFrom(MINUTES_PAIR).where(MINUTES_PAIR.MINUTES_ID.eq(record.getId())).execute();
        List<MinutesPairRecord> rows = new ArrayList<>(minutes.pairs().size());
        int position = 0;
        for (AlignedPair pair : minutes.pairs()) {
            rows.add(row(tx, record.getId(), position++, pair));
        }
        tx.batchInsert(rows).execute();
    }

    /**
     * The rows changed from {@code previous} (what the database holds) to {@code minutes}. A pair is unchanged when
     * it is the same object or equal. UNIQUE (minutes_id, position) holds after every statement: removed rows go
     * first, moved rows wait at -(new position + 1), new rows take free positions, then the waiting rows move in.
     */
    private static Set<UUID> writeChanges(DSLContext tx, Minutes previous, Minutes minutes) {
        MinutesRecord record = tx.fetchOptional(MINUTES, MINUTES.UUID.eq(minutes.uuid())).orElseThrow(StaleBase::new);
        header(record, minutes);
        long id = record.getId();

        Map<UUID, Integer> before = new HashMap<>();
        for (int i = 0; i < previous.pairs().size(); i++) {
            before.put(previous.pairs().get(i).uuid(), i);
        }
        Set<UUID> kept = new HashSet<>();
        minutes.pairs().forEach(pair -> kept.add(pair.uuid()));
        List<UUID> removed = previous.pairs().stream().map(AlignedPair::uuid).filter(p -> !kept.contains(p)).toList();
        for (int from = 0; from < removed.size(); from += CHUNK) {
            List<UUID> chunk = removed.subList(from, Math.min(from + CHUNK, removed.size()));
            if (tx.deleteFrom(MINUTES_PAIR).where(MINUTES_PAIR.MINUTES_ID.eq(id), MINUTES_PAIR.UUID.in(chunk))
                    .execute() != chunk.size()) {
                throw new StaleBase();
            }
        }

        BatchBindStep contents = tx.batch(tx.update(MINUTES_PAIR).set(parameters(CONTENTS)).where(keys()));
        // Unchanged rows that keep their neighbours move as runs, one statement each: inserting or deleting a clause
        // near the top renumbers all the others.
        BatchBindStep runs = tx.batch(tx.update(MINUTES_PAIR)
                .set(MINUTES_PAIR.POSITION, MINUTES_PAIR.POSITION.plus(SHIFT).neg().minus(1))
                .where(MINUTES_PAIR.MINUTES_ID.eq(parameter(MINUTES_PAIR.MINUTES_ID)),
                        MINUTES_PAIR.POSITION.between(LOW, HIGH)));
        List<Integer> runLengths = new ArrayList<>();
        List<MinutesPairRecord> inserted = new ArrayList<>();
        Set<UUID> written = new HashSet<>();
        int moved = 0;
        int runFrom = 0;
        int runLength = 0;
        int runShift = 0;
        for (int i = 0; i < minutes.pairs().size(); i++) {
            AlignedPair pair = minutes.pairs().get(i);
            Integer from = before.get(pair.uuid());
            if (from == null) {
                inserted.add(row(tx, id, i, pair));
                written.add(pair.uuid());
                continue;
            }
            moved += from == i ? 0 : 1;
            AlignedPair was = previous.pairs().get(from);
            if (was != pair && !was.equals(pair)) {
                contents.bind(values(row(tx, id, from == i ? i : -(i + 1), pair), CONTENTS));
                written.add(pair.uuid());
            } else if (from != i) {
                if (runLength > 0 && from == runFrom + runLength && i - from == runShift) {
                    runLength++;
                } else {
                    bindRun(runs, runLengths, id, runFrom, runLength, runShift);
                    runFrom = from;
                    runLength = 1;
                    runShift = i - from;
                }
            }
        }
        bindRun(runs, runLengths, id, runFrom, runLength, runShift);
        requireCounts(contents, Collections.nCopies(contents.size(), 1));
        requireCounts(runs, runLengths);
        tx.batchInsert(inserted).execute();
        if (moved > 0 && tx.update(MINUTES_PAIR).set(MINUTES_PAIR.POSITION, MINUTES_PAIR.POSITION.neg().minus(1))
                .where(MINUTES_PAIR.MINUTES_ID.eq(id), MINUTES_PAIR.POSITION.lt(0)).execute() != moved) {
            throw new StaleBase();
        }
        // Rows nobody touched are not checked above; a missing or extra one shows in the count.
        if (tx.fetchCount(MINUTES_PAIR, MINUTES_PAIR.MINUTES_ID.eq(id)) != minutes.pairs().size()) {
            throw new StaleBase();
        }
        return written;
    }

    /** Rows at old positions from..from+length-1 wait at -(old + shift + 1), i.e. at -(new position + 1). */
    private static void bindRun(BatchBindStep runs, List<Integer> lengths, long minutesId, int from, int length,
                                int shift) {
        if (length == 0) {
            return;
        }
        runs.bind(Map.of(MINUTES_PAIR.MINUTES_ID.getName(), minutesId, SHIFT.getParamName(), shift,
                LOW.getParamName(), from, HIGH.getParamName(), from + length - 1));
        lengths.add(length);
    }

    /** Each statement must touch exactly the rows the last saved state puts there. */
    private static void requireCounts(BatchBindStep batch, List<Integer> expected) {
        if (batch.size() == 0) {
            return;
        }
        int[] counts = batch.execute();
        if (counts.length != expected.size()) {
            throw new StaleBase();
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != expected.get(i)) {
                throw new StaleBase();
            }
        }
    }

    private static org.jooq.Condition keys() {
        return MINUTES_PAIR.MINUTES_ID.eq(parameter(MINUTES_PAIR.MINUTES_ID))
                .and(MINUTES_PAIR.UUID.eq(parameter(MINUTES_PAIR.UUID)));
    }

    /** Columns set from named bind parameters, bound per row by name (see {@link #values}). */
    private static Map<Field<?>, Field<?>> parameters(List<Field<?>> columns) {
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        columns.forEach(column -> set.put(column, parameter(column)));
        return set;
    }

    private static <T> Param<T> parameter(Field<T> column) {
        return DSL.param(column.getName(), column.getDataType());
    }

    private static Map<String, Object> values(MinutesPairRecord row, List<Field<?>> columns) {
        Map<String, Object> values = new HashMap<>();
        columns.forEach(column -> values.put(column.getName(), row.get(column)));
        values.put(MINUTES_PAIR.MINUTES_ID.getName(), row.getMinutesId());
        values.put(MINUTES_PAIR.UUID.getName(), row.getUuid());
        return values;
    }

    /** The rows were not what this repository last wrote or read; the transaction rolls back. */
    private static final class StaleBase extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleBase() {
            super("stored minutes differ from the last saved state", null, false, false);
        }
    }

    private static void header(MinutesRecord record, Minutes minutes) {
        record.setUuid(minutes.uuid());
        record.setMeetingId(minutes.meetingId());
        record.setVersion(minutes.version());
        record.setState(minutes.state().name());
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.store();
    }

    private static MinutesPairRecord row(DSLContext tx, long minutesId, int position, AlignedPair pair) {
        MinutesPairRecord row = tx.newRecord(MINUTES_PAIR);
        row.setMinutesId(minutesId);
        row.setUuid(pair.uuid());
        row.setPosition(position);
        row.setZhText(pair.zh().text());
        row.setRuText(pair.ru().text());
        side(pair.zh(), row, true);
        side(pair.ru(), row, false);
        return row;
    }

    private static void side(PairSide side, MinutesPairRecord row, boolean chinese) {
        Provenance by = side.provenance();
        Agreement agreement = side.agreement();
        String writtenBy = by == null ? null : by.writtenBy().code();
        Long author = by == null ? null : by.authorPersonId();
        OffsetDateTime writtenAt = by == null ? null : by.writtenAt().atOffset(ZoneOffset.UTC);
        Long agreedBy = agreement == null ? null : agreement.personId();
        OffsetDateTime agreedAt = agreement == null ? null : agreement.at().atOffset(ZoneOffset.UTC);
        String against = agreement == null ? null : agreement.counterpartText();
        if (chinese) {
            row.setZhWrittenBy(writtenBy);
            row.setZhAuthor(author);
            row.setZhWrittenAt(writtenAt);
            row.setZhAgreedBy(agreedBy);
            row.setZhAgreedAt(agreedAt);
            row.setZhAgreedAgainst(against);
        } else {
            row.setRuWrittenBy(writtenBy);
            row.setRuAuthor(author);
            row.setRuWrittenAt(writtenAt);
            row.setRuAgreedBy(agreedBy);
            row.setRuAgreedAt(agreedAt);
            row.setRuAgreedAgainst(against);
        }
    }

    private Minutes toMinutes(MinutesRecord record) {
        List<AlignedPair> pairs = dsl.selectFrom(MINUTES_PAIR).where(MINUTES_PAIR.MINUTES_ID.eq(record.getId()))
                .orderBy(MINUTES_PAIR.POSITION)
                .fetch(row -> new AlignedPair(row.getUuid(),
                        side(row.getZhText(), row.getZhWrittenBy(), row.getZhAuthor(), row.getZhWrittenAt(),
                                row.getZhAgreedBy(), row.getZhAgreedAt(), row.getZhAgreedAgainst()),
                        side(row.getRuText(), row.getRuWrittenBy(), row.getRuAuthor(), row.getRuWrittenAt(),
                                row.getRuAgreedBy(), row.getRuAgreedAt(), row.getRuAgreedAgainst())));
        return new Minutes(record.getUuid(), record.getMeetingId(), record.getVersion(),
                MinutesState.valueOf(record.getState()), pairs);
    }

    private static PairSide side(String text, String writtenBy, Long author, OffsetDateTime writtenAt, Long agreedBy,
                                 OffsetDateTime agreedAt, String against) {
        Provenance by = writtenBy == null ? null
                : new Provenance(Side.ofCode(writtenBy), author, writtenAt.toInstant());
        Agreement agreement = agreedBy == null ? null : new Agreement(agreedBy, instant(agreedAt), against);
        return new PairSide(text, by, agreement);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
