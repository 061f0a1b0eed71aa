// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.parity.Dismissal;
import org.huiwu.domain.parity.DismissalRepository;
import org.jooq.DSLContext;

import static org.huiwu.store.generated.Tables.PARITY_DISMISSAL;

/** Dismissed parity findings, one row per finding of a pair; every change is journaled. */
final class JooqDismissalRepository implements DismissalRepository {

    private final DSLContext dsl;
    private final Journaling journaling;
    private final JooqMeetingRepository meetings;
    private final JooqPersonRepository people;

    JooqDismissalRepository(DSLContext dsl, Journaling journaling, JooqMeetingRepository meetings,
                            JooqPersonRepository people) {
        this.dsl = dsl;
        this.journaling = journaling;
        this.meetings = meetings;
        this.people = people;
    }

    @Override
    public List<Dismissal> ofMeeting(long meetingId) {
        return dsl.selectFrom(PARITY_DISMISSAL).where(PARITY_DISMISSAL.MEETING_ID.eq(meetingId))
                .orderBy(PARITY_DISMISSAL.DISMISSED_AT, PARITY_DISMISSAL.FINGERPRINT)
                .fetch(r -> new Dismissal(r.getPairUuid(), r.getFingerprint(), r.getTextsHash(), r.getReason(),
                        Side.ofCode(r.getSide()), r.getPersonId(), r.getDismissedAt().toInstant()));
    }

    @Override
    public Dismissal save(long meetingId, Dismissal dismissal) {
        byte[] payload = RecordCodec.dismissal(meetings.uuidOf(meetingId), dismissal, people::uuidOf);
        upsert(meetingId, dismissal);
        journaling.record(payload);
        return dismissal;
    }

    @Override
    public void remove(long meetingId, UUID pair, String fingerprint) {
        byte[] payload = RecordCodec.dismissalRemoved(meetings.uuidOf(meetingId), pair, fingerprint);
        delete(pair, fingerprint);
        journaling.record(payload);
    }

    /** Also the journal's replay: replaces the row of the same finding of the same pair. */
    void upsert(long meetingId, Dismissal dismissal) {
        dsl.mergeInto(PARITY_DISMISSAL)
                .using(dsl.selectOne())
                .on(PARITY_DISMISSAL.PAIR_UUID.eq(dismissal.pair())
                        .and(PARITY_DISMISSAL.FINGERPRINT.eq(dismissal.fingerprint())))
                .whenMatchedThenUpdate()
                .set(PARITY_DISMISSAL.MEETING_ID, meetingId)
                .set(PARITY_DISMISSAL.TEXTS_HASH, dismissal.textsHash())
                .set(PARITY_DISMISSAL.REASON, dismissal.reason())
                .set(PARITY_DISMISSAL.SIDE, dismissal.side().code())
                .set(PARITY_DISMISSAL.PERSON_ID, dismissal.personId())
                .set(PARITY_DISMISSAL.DISMISSED_AT, dismissal.at().atOffset(ZoneOffset.UTC))
                .whenNotMatchedThenInsert(PARITY_DISMISSAL.MEETING_ID, PARITY_DISMISSAL.PAIR_UUID,
                        PARITY_DISMISSAL.FINGERPRINT, PARITY_DISMISSAL.TEXTS_HASH, PARITY_DISMISSAL.REASON,
                        PARITY_DISMISSAL.SIDE, PARITY_DISMISSAL.PERSON_ID, PARITY_DISMISSAL.DISMISSED_AT)
                .values(meetingId, dismissal.pair(), dismissal.fingerprint(), dismissal.textsHash(),
                        dismissal.reason(), dismissal.side().code(), dismissal.personId(),
                        dismissal.at().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Also the journal's replay. */
    void delete(UUID pair, String fingerprint) {
        dsl.deleteFrom(PARITY_DISMISSAL).where(PARITY_DISMISSAL.PAIR_UUID.eq(pair)
                .and(PARITY_DISMISSAL.FINGERPRINT.eq(fingerprint))).execute();
    }
}
