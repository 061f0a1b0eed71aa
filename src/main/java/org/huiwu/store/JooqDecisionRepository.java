// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.DecisionRepository;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.store.generated.tables.records.DecisionRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static org.huiwu.store.generated.Tables.DECISION;
import static org.huiwu.store.generated.Tables.MEETING;

/** The decisions and action items of meetings: every save replaces one meeting's list and is journaled whole. */
final class JooqDecisionRepository implements DecisionRepository {

    private static final List<String> OPEN = Arrays.stream(DecisionStatus.values()).filter(DecisionStatus::isOpen)
            .map(Enum::name).toList();

    private final DSLContext dsl;
    private final Journaling journaling;
    private final JooqMeetingRepository meetings;

    JooqDecisionRepository(DSLContext dsl, Journaling journaling, JooqMeetingRepository meetings) {
        this.dsl = dsl;
        this.journaling = journaling;
        this.meetings = meetings;
    }

    @Override
    public List<Decision> ofMeeting(long meetingId) {
        return dsl.selectFrom(DECISION).where(DECISION.MEETING_ID.eq(meetingId)).orderBy(DECISION.POSITION)
                .fetch(JooqDecisionRepository::toDecision);
    }

    /** Earliest due date first, those without one last; then by meeting (oldest first) and order within it. */
    @Override
    public List<Decision> open() {
        return dsl.select(DECISION.fields()).from(DECISION)
                .join(MEETING).on(MEETING.ID.eq(DECISION.MEETING_ID))
                .where(DECISION.STATUS.in(OPEN))
                .orderBy(DECISION.DUE.asc().nullsLast(), MEETING.STARTS_AT, MEETING.ID, DECISION.POSITION)
                .fetchInto(DECISION)
                .map(JooqDecisionRepository::toDecision);
    }

    @Override
    public Optional<Decision> find(UUID uuid) {
        return dsl.selectFrom(DECISION).where(DECISION.UUID.eq(uuid)).fetchOptional(JooqDecisionRepository::toDecision);
    }

    @Override
    public List<Decision> saveAll(long meetingId, List<Decision> decisions) {
        for (Decision decision : decisions) {
            // A decision stays with the meeting that made it; one of another meeting here is a caller's mistake.
            if (decision.meetingId() != meetingId) {
                throw new IllegalArgumentException("decision " + decision.uuid() + " belongs to meeting "
                        + decision.meetingId() + ", not " + meetingId);
            }
        }
        List<Decision> saved = List.copyOf(decisions);
        byte[] payload = RecordCodec.decisions(meetings.uuidOf(meetingId), saved);
        write(meetingId, saved);
        journaling.record(payload);
        return saved;
    }

    /** Decisions from the journal, replacing the meeting's; returns how many of them the database lacked. */
    int upsert(long meetingId, List<Decision> decisions) {
        List<UUID> uuids = decisions.stream().map(Decision::uuid).toList();
        int present = uuids.isEmpty() ? 0 : dsl.fetchCount(DECISION, DECISION.UUID.in(uuids));
        write(meetingId, decisions);
        return uuids.size() - present;
    }

    private void write(long meetingId, List<Decision> decisions) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.deleteFrom(DECISION).where(DECISION.MEETING_ID.eq(meetingId)).execute();
            List<DecisionRecord> rows = new ArrayList<>(decisions.size());
            int position = 0;
            for (Decision decision : decisions) {
                DecisionRecord row = tx.newRecord(DECISION);
                row.setUuid(decision.uuid());
                row.setMeetingId(meetingId);
                row.setPosition(position++);
                row.setKind(decision.kind().name());
                row.setTextZh(decision.text().zh());
                row.setTextRu(decision.text().ru());
                row.setResponsible(decision.responsible().name());
                row.setDue(decision.due());
                row.setStatus(decision.status().name());
                row.setAgendaItem(decision.agendaItem());
                rows.add(row);
            }
            tx.batchInsert(rows).execute();
        });
    }

    private static Decision toDecision(DecisionRecord r) {
        return new Decision(r.getUuid(), r.getMeetingId(), DecisionKind.valueOf(r.getKind()),
                Bilingual.of(r.getTextZh(), r.getTextRu()), Responsibility.valueOf(r.getResponsible()), r.getDue(),
                DecisionStatus.valueOf(r.getStatus()), r.getAgendaItem());
    }
}
