// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static org.huiwu.store.generated.Tables.MINUTES;
import static org.huiwu.store.generated.Tables.MINUTES_PAIR;

/** Minutes and their aligned pairs; every save is journaled like the other records. */
final class JooqMinutesRepository implements MinutesRepository {

    private final DSLContext dsl;
    private final Journaling journaling;
    private final JooqMeetingRepository meetings;
    private final JooqPersonRepository people;

    JooqMinutesRepository(DSLContext dsl, Journaling journaling, JooqMeetingRepository meetings,
                          JooqPersonRepository people) {
        this.dsl = dsl;
        this.journaling = journaling;
        this.meetings = meetings;
        this.people = people;
    }

    @Override
    public List<Minutes> versions(long meetingId) {
        return dsl.selectFrom(MINUTES).where(MINUTES.MEETING_ID.eq(meetingId)).orderBy(MINUTES.VERSION)
                .fetch(this::toMinutes);
    }

    @Override
    public Optional<Minutes> latest(long meetingId) {
        return dsl.selectFrom(MINUTES).where(MINUTES.MEETING_ID.eq(meetingId)).orderBy(MINUTES.VERSION.desc())
                .limit(1).fetchOptional(this::toMinutes);
    }

    @Override
    public Minutes save(Minutes minutes) {
        write(minutes);
        journaling.record(RecordCodec.minutes(minutes, meetings::uuidOf, people::uuidOf));
        return minutes;
    }

    /** Minutes from the journal: the version with the same UUID is replaced, a new one inserted. */
    boolean upsert(Minutes minutes) {
        boolean existed = dsl.fetchExists(MINUTES, MINUTES.UUID.eq(minutes.uuid()));
        write(minutes);
        return !existed;
    }

    private void write(Minutes minutes) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            MinutesRecord record = tx.fetchOptional(MINUTES, MINUTES.UUID.eq(minutes.uuid()))
                    .orElseGet(() -> tx.newRecord(MINUTES));
            record.setUuid(minutes.uuid());
            record.setMeetingId(minutes.meetingId());
            record.setVersion(minutes.version());
            record.setState(minutes.state().name());
            record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
            record.store();
            tx.deleteFrom(MINUTES_PAIR).where(MINUTES_PAIR.MINUTES_ID.eq(record.getId())).execute();
            List<MinutesPairRecord> rows = new ArrayList<>(minutes.pairs().size());
            int position = 0;
            for (AlignedPair pair : minutes.pairs()) {
                MinutesPairRecord row = tx.newRecord(MINUTES_PAIR);
                row.setMinutesId(record.getId());
                row.setUuid(pair.uuid());
                row.setPosition(position++);
                row.setZhText(pair.zh().text());
                row.setRuText(pair.ru().text());
                side(pair.zh(), row, true);
                side(pair.ru(), row, false);
                rows.add(row);
            }
            tx.batchInsert(rows).execute();
        });
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
