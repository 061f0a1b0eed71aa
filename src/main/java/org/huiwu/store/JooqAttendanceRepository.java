// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.AttendanceRepository;
import org.huiwu.domain.meeting.Attendee;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.store.generated.tables.records.AttendanceRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static org.huiwu.store.generated.Tables.ATTENDANCE;
import static org.huiwu.store.generated.Tables.ATTENDANCE_RECORD;

/**
 * Who attended a meeting. A row in attendance_record marks the attendance as recorded, so that "nobody attended"
 * differs from "not recorded yet". Every save replaces the meeting's attendance and is journaled whole.
 */
final class JooqAttendanceRepository implements AttendanceRepository {

    private final DSLContext dsl;
    private final Journaling journaling;
    private final JooqMeetingRepository meetings;
    private final JooqPersonRepository people;

    JooqAttendanceRepository(DSLContext dsl, Journaling journaling, JooqMeetingRepository meetings,
                             JooqPersonRepository people) {
        this.dsl = dsl;
        this.journaling = journaling;
        this.meetings = meetings;
        this.people = people;
    }

    @Override
    public Optional<Attendance> of(long meetingId) {
        if (!dsl.fetchExists(ATTENDANCE_RECORD, ATTENDANCE_RECORD.MEETING_ID.eq(meetingId))) {
            return Optional.empty();
        }
        return Optional.of(new Attendance(dsl.selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId))
                .orderBy(ATTENDANCE.POSITION)
                .fetch(r -> new Attendee(r.getPersonId(), Side.ofCode(r.getSide()),
                        DelegationRole.valueOf(r.getRole())))));
    }

    @Override
    public Attendance save(long meetingId, Attendance attendance) {
        byte[] payload = RecordCodec.attendance(meetings.uuidOf(meetingId), attendance, people::uuidOf);
        write(meetingId, attendance);
        journaling.record(payload);
        return attendance;
    }

    /** Attendance from the journal, replacing the meeting's; returns 1 when the database had none recorded. */
    int upsert(long meetingId, Attendance attendance) {
        boolean recorded = dsl.fetchExists(ATTENDANCE_RECORD, ATTENDANCE_RECORD.MEETING_ID.eq(meetingId));
        write(meetingId, attendance);
        return recorded ? 0 : 1;
    }

    private void write(long meetingId, Attendance attendance) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            if (!tx.fetchExists(ATTENDANCE_RECORD, ATTENDANCE_RECORD.MEETING_ID.eq(meetingId))) {
                tx.insertInto(ATTENDANCE_RECORD).set(ATTENDANCE_RECORD.MEETING_ID, meetingId).execute();
            }
            tx.deleteFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId)).execute();
            List<AttendanceRecord> rows = new ArrayList<>(attendance.attendees().size());
            int position = 0;
            for (Attendee attendee : attendance.attendees()) {
                AttendanceRecord row = tx.newRecord(ATTENDANCE);
                row.setMeetingId(meetingId);
                row.setPersonId(attendee.personId());
                row.setSide(attendee.side().code());
                row.setRole(attendee.role().name());
                row.setPosition(position++);
                rows.add(row);
            }
            tx.batchInsert(rows).execute();
        });
    }
}
