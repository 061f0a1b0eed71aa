// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import static org.huiwu.store.generated.Tables.SIGNED_PROTOCOL;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.SignedProtocol;
import org.huiwu.domain.protocol.SignedProtocolRepository;
import org.jooq.DSLContext;

/** Signed protocol PDFs; every one is journaled, PDF included, like any confirmed save. */
final class JooqSignedProtocolRepository implements SignedProtocolRepository {

    private final DSLContext dsl;
    private final Journaling journaling;
    private final JooqMeetingRepository meetings;

    JooqSignedProtocolRepository(DSLContext dsl, Journaling journaling, JooqMeetingRepository meetings) {
        this.dsl = dsl;
        this.journaling = journaling;
        this.meetings = meetings;
    }

    @Override
    public SignedProtocol save(SignedProtocol signed) {
        byte[] payload = RecordCodec.signedProtocol(meetings.uuidOf(signed.meetingId()), signed);
        upsert(signed);
        journaling.record(payload);
        return signed;
    }

    @Override
    public List<SignedProtocol> ofMeeting(long meetingId) {
        return dsl.selectFrom(SIGNED_PROTOCOL).where(SIGNED_PROTOCOL.MEETING_ID.eq(meetingId))
                .orderBy(SIGNED_PROTOCOL.STORED_AT)
                .fetch(r -> new SignedProtocol(r.getUuid(), r.getMeetingId(), r.getMinutesUuid(),
                        Original.valueOf(r.getOriginal()), r.getSignatures(), r.getSha256(), r.getPdf(),
                        r.getStoredAt().toInstant()));
    }

    /** True when a signed protocol was made from this minutes version: the store then refuses to change it. */
    boolean signs(UUID minutesVersion) {
        return dsl.fetchExists(SIGNED_PROTOCOL, SIGNED_PROTOCOL.MINUTES_UUID.eq(minutesVersion));
    }

    /** Also the journal's replay: the row with the same UUID is replaced. */
    void upsert(SignedProtocol signed) {
        dsl.mergeInto(SIGNED_PROTOCOL)
                .using(dsl.selectOne())
                .on(SIGNED_PROTOCOL.UUID.eq(signed.uuid()))
                .whenMatchedThenUpdate()
                .set(SIGNED_PROTOCOL.SIGNATURES, signed.signatures())
                .set(SIGNED_PROTOCOL.SHA256, signed.sha256())
                .set(SIGNED_PROTOCOL.PDF, signed.pdf())
                .whenNotMatchedThenInsert(SIGNED_PROTOCOL.UUID, SIGNED_PROTOCOL.MEETING_ID,
                        SIGNED_PROTOCOL.MINUTES_UUID, SIGNED_PROTOCOL.ORIGINAL, SIGNED_PROTOCOL.SIGNATURES,
                        SIGNED_PROTOCOL.SHA256, SIGNED_PROTOCOL.PDF, SIGNED_PROTOCOL.STORED_AT)
                .values(signed.uuid(), signed.meetingId(), signed.minutesVersion(), signed.original().name(),
                        signed.signatures(), signed.sha256(), signed.pdf(), signed.storedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }
}
