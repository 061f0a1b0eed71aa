// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.note.NoteSubject;
import org.huiwu.domain.note.PrivateNote;
import org.huiwu.domain.note.PrivateNoteRepository;
import org.huiwu.store.generated.tables.records.PrivateNoteRecord;
import org.jooq.DSLContext;

import static org.huiwu.store.generated.Tables.PRIVATE_NOTE;

/** Private notes, one row each; every save and removal is journaled like any confirmed save. */
final class JooqPrivateNoteRepository implements PrivateNoteRepository {

    private final DSLContext dsl;
    private final Journaling journaling;
    private final JooqMeetingRepository meetings;

    JooqPrivateNoteRepository(DSLContext dsl, Journaling journaling, JooqMeetingRepository meetings) {
        this.dsl = dsl;
        this.journaling = journaling;
        this.meetings = meetings;
    }

    @Override
    public List<PrivateNote> findAll() {
        return dsl.selectFrom(PRIVATE_NOTE).orderBy(PRIVATE_NOTE.UPDATED_AT.desc(), PRIVATE_NOTE.UUID)
                .fetch(JooqPrivateNoteRepository::note);
    }

    @Override
    public List<PrivateNote> ofMeeting(long meetingId) {
        return dsl.selectFrom(PRIVATE_NOTE).where(PRIVATE_NOTE.MEETING_ID.eq(meetingId))
                .orderBy(PRIVATE_NOTE.CREATED_AT, PRIVATE_NOTE.UUID)
                .fetch(JooqPrivateNoteRepository::note);
    }

    @Override
    public Optional<PrivateNote> find(UUID uuid) {
        return dsl.selectFrom(PRIVATE_NOTE).where(PRIVATE_NOTE.UUID.eq(uuid)).fetchOptional()
                .map(JooqPrivateNoteRepository::note);
    }

    @Override
    public PrivateNote save(PrivateNote note) {
        byte[] payload = RecordCodec.privateNote(meetings.uuidOf(note.meetingId()), note);
        upsert(note);
        journaling.record(payload);
        return note;
    }

    @Override
    public void remove(UUID uuid) {
        byte[] payload = RecordCodec.privateNoteRemoved(uuid);
        delete(uuid);
        journaling.record(payload);
    }

    /** Also the journal's replay: the row with the same UUID is replaced. */
    void upsert(PrivateNote note) {
        dsl.mergeInto(PRIVATE_NOTE)
                .using(dsl.selectOne())
                .on(PRIVATE_NOTE.UUID.eq(note.uuid()))
                .whenMatchedThenUpdate()
                .set(PRIVATE_NOTE.MEETING_ID, note.meetingId())
                .set(PRIVATE_NOTE.SUBJECT, note.subject().name())
                .set(PRIVATE_NOTE.SUBJECT_UUID, note.subjectUuid())
                .set(PRIVATE_NOTE.SIDE, note.side().code())
                .set(PRIVATE_NOTE.NOTE_TEXT, note.text())
                .set(PRIVATE_NOTE.CREATED_AT, note.createdAt().atOffset(ZoneOffset.UTC))
                .set(PRIVATE_NOTE.UPDATED_AT, note.updatedAt().atOffset(ZoneOffset.UTC))
                .whenNotMatchedThenInsert(PRIVATE_NOTE.UUID, PRIVATE_NOTE.MEETING_ID, PRIVATE_NOTE.SUBJECT,
                        PRIVATE_NOTE.SUBJECT_UUID, PRIVATE_NOTE.SIDE, PRIVATE_NOTE.NOTE_TEXT,
                        PRIVATE_NOTE.CREATED_AT, PRIVATE_NOTE.UPDATED_AT)
                .values(note.uuid(), note.meetingId(), note.subject().name(), note.subjectUuid(),
                        note.side().code(), note.text(), note.createdAt().atOffset(ZoneOffset.UTC),
                        note.updatedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Also the journal's replay. */
    void delete(UUID uuid) {
        dsl.deleteFrom(PRIVATE_NOTE).where(PRIVATE_NOTE.UUID.eq(uuid)).execute();
    }

    private static PrivateNote note(PrivateNoteRecord r) {
        return new PrivateNote(r.getUuid(), r.getMeetingId(), NoteSubject.valueOf(r.getSubject()),
                r.getSubjectUuid(), Side.ofCode(r.getSide()), r.getNoteText(), r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }
}
