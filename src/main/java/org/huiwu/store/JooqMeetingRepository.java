// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.store.generated.tables.records.DelegationMemberRecord;
import org.huiwu.store.generated.tables.records.MeetingRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static java.util.stream.Collectors.groupingBy;
import static org.huiwu.store.generated.Tables.DELEGATION_MEMBER;
import static org.huiwu.store.generated.Tables.MEETING;

final class JooqMeetingRepository implements MeetingRepository {

    private final DSLContext dsl;
    private final Side homeSide;
    private final Journaling journaling;
    private final JooqPlaceRepository places;
    private final JooqPersonRepository people;

    JooqMeetingRepository(DSLContext dsl, Side homeSide, Journaling journaling, JooqPlaceRepository places,
                          JooqPersonRepository people) {
        this.dsl = dsl;
        this.homeSide = homeSide;
        this.journaling = journaling;
        this.places = places;
        this.people = people;
    }

    @Override
    public List<Meeting> findAll() {
        Map<Long, List<DelegationMemberRecord>> members = dsl.selectFrom(DELEGATION_MEMBER)
                .orderBy(DELEGATION_MEMBER.POSITION)
                .fetch()
                .stream()
                .collect(groupingBy(DelegationMemberRecord::getMeetingId));
        return dsl.selectFrom(MEETING)
                .orderBy(MEETING.STARTS_AT, MEETING.ID)
                .fetch(r -> toMeeting(r, members.getOrDefault(r.getId(), List.of())));
    }

    @Override
    public Optional<Meeting> findById(long id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOptional()
                .map(r -> toMeeting(r, dsl.selectFrom(DELEGATION_MEMBER)
                        .where(DELEGATION_MEMBER.MEETING_ID.eq(id))
                        .orderBy(DELEGATION_MEMBER.POSITION)
                        .fetch()));
    }

    @Override
    public Meeting save(Meeting meeting) {
        Meeting saved = write(meeting);
        journaling.record(RecordCodec.meeting(saved, places::uuidOf, people::uuidOf));
        return saved;
    }

    Long idOf(java.util.UUID uuid) {
        return dsl.select(MEETING.ID).from(MEETING).where(MEETING.UUID.eq(uuid)).fetchOne(MEETING.ID);
    }

    java.util.UUID uuidOf(long id) {
        return dsl.select(MEETING.UUID).from(MEETING).where(MEETING.ID.eq(id)).fetchSingle(MEETING.UUID);
    }

    /** A meeting from the journal: the same UUID updates the meeting, a new one inserts it; true if inserted. */
    boolean upsert(Meeting meeting) {
        Long id = dsl.select(MEETING.ID).from(MEETING).where(MEETING.UUID.eq(meeting.uuid())).fetchOne(MEETING.ID);
        write(id == null ? meeting : meeting.withId(id));
        return id == null;
    }

    private Meeting write(Meeting meeting) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            MeetingRecord record = meeting.id() == null ? tx.newRecord(MEETING)
                    : tx.fetchSingle(MEETING, MEETING.ID.eq(meeting.id()));
            if (record.getRecordedBy() == null) {
                record.setRecordedBy(homeSide.code());
            }
            record.setUuid(meeting.uuid());
            record.setLevel(meeting.level().name());
            record.setTitleZh(meeting.title().zh());
            record.setTitleRu(meeting.title().ru());
            record.setStartsAt(meeting.start().atOffset(ZoneOffset.UTC));
            record.setEndsAt(meeting.end().atOffset(ZoneOffset.UTC));
            record.setTimeZone(meeting.zone().getId());
            record.setPlaceId(meeting.placeId());
            record.setHostSide(meeting.hostSide().code());
            record.setStatus(meeting.status().name());
            record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
            record.store();
            long id = record.getId();
            tx.deleteFrom(DELEGATION_MEMBER).where(DELEGATION_MEMBER.MEETING_ID.eq(id)).execute();
            int position = 0;
            List<DelegationMemberRecord> rows = new ArrayList<>();
            for (DelegationMember member : meeting.delegation()) {
                DelegationMemberRecord row = tx.newRecord(DELEGATION_MEMBER);
                row.setUuid(member.uuid());
                row.setMeetingId(id);
                row.setPersonId(member.personId());
                row.setSide(member.side().code());
                row.setRole(member.role().name());
                row.setPosition(position++);
                rows.add(row);
            }
            tx.batchInsert(rows).execute();
            return meeting.withId(id);
        });
    }

    private static Meeting toMeeting(MeetingRecord r, List<DelegationMemberRecord> members) {
        List<DelegationMember> delegation = members.stream()
                .map(m -> new DelegationMember(m.getUuid(), m.getPersonId(), Side.ofCode(m.getSide()),
                        DelegationRole.valueOf(m.getRole())))
                .toList();
        return new Meeting(r.getId(), r.getUuid(), MeetingLevel.valueOf(r.getLevel()),
                Bilingual.of(r.getTitleZh(), r.getTitleRu()),
                r.getStartsAt().toInstant(), r.getEndsAt().toInstant(), ZoneId.of(r.getTimeZone()),
                r.getPlaceId(), Side.ofCode(r.getHostSide()), MeetingStatus.valueOf(r.getStatus()), delegation);
    }
}
