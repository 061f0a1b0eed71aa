// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.AgendaRepository;
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.store.generated.tables.records.AgendaItemDecisionRecord;
import org.huiwu.store.generated.tables.records.AgendaItemRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static org.huiwu.store.generated.Tables.AGENDA_ITEM;
import static org.huiwu.store.generated.Tables.AGENDA_ITEM_DECISION;

/** A meeting's agenda: every save replaces the meeting's items and is journaled whole. */
final class JooqAgendaRepository implements AgendaRepository {

    private final DSLContext dsl;
    private final Journaling journaling;
    private final JooqMeetingRepository meetings;

    JooqAgendaRepository(DSLContext dsl, Journaling journaling, JooqMeetingRepository meetings) {
        this.dsl = dsl;
        this.journaling = journaling;
        this.meetings = meetings;
    }

    @Override
    public Agenda of(long meetingId) {
        List<AgendaItemRecord> rows = dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.POSITION).fetch();
        if (rows.isEmpty()) {
            return Agenda.EMPTY;
        }
        Map<Long, List<UUID>> reviewed = dsl.select(AGENDA_ITEM_DECISION.AGENDA_ITEM_ID,
                        AGENDA_ITEM_DECISION.DECISION_UUID)
                .from(AGENDA_ITEM_DECISION)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_DECISION.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM_DECISION.AGENDA_ITEM_ID, AGENDA_ITEM_DECISION.POSITION)
                .fetchGroups(AGENDA_ITEM_DECISION.AGENDA_ITEM_ID, AGENDA_ITEM_DECISION.DECISION_UUID);
        return new Agenda(rows.stream().map(r -> toItem(r, reviewed.getOrDefault(r.getId(), List.of()))).toList());
    }

    @Override
    public Agenda save(long meetingId, Agenda agenda) {
        byte[] payload = RecordCodec.agenda(meetings.uuidOf(meetingId), agenda);
        write(meetingId, agenda);
        journaling.record(payload);
        return agenda;
    }

    /** An agenda from the journal, replacing the meeting's; returns how many of its items the database lacked. */
    int upsert(long meetingId, Agenda agenda) {
        List<UUID> uuids = agenda.items().stream().map(AgendaItem::uuid).toList();
        int present = uuids.isEmpty() ? 0 : dsl.fetchCount(AGENDA_ITEM, AGENDA_ITEM.UUID.in(uuids));
        write(meetingId, agenda);
        return uuids.size() - present;
    }

    private void write(long meetingId, Agenda agenda) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            // The links to reviewed decisions go with their items (ON DELETE CASCADE).
            tx.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).execute();
            List<AgendaItemRecord> rows = new ArrayList<>(agenda.items().size());
            int position = 0;
            for (AgendaItem item : agenda.items()) {
                AgendaItemRecord row = tx.newRecord(AGENDA_ITEM);
                row.setUuid(item.uuid());
                row.setMeetingId(meetingId);
                row.setPosition(position++);
                row.setTitleZh(item.title().zh());
                row.setTitleRu(item.title().ru());
                row.setNoteZh(item.note().zh());
                row.setNoteRu(item.note().ru());
                row.setPlannedMinutes(minutes(item.planned()));
                row.setProposedBy(item.proposedBy().code());
                row.setAreas(names(item.areas()));
                row.setCategories(names(item.categories()));
                row.setIsOpen(item.open());
                row.setCarriedFrom(item.carriedFrom());
                rows.add(row);
            }
            tx.batchInsert(rows).execute();
            if (agenda.items().stream().noneMatch(AgendaItem::reviewsDecisions)) {
                return;
            }
            // Batch inserts do not return the new keys.
            Map<UUID, Long> ids = tx.select(AGENDA_ITEM.UUID, AGENDA_ITEM.ID).from(AGENDA_ITEM)
                    .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).fetchMap(AGENDA_ITEM.UUID, AGENDA_ITEM.ID);
            List<AgendaItemDecisionRecord> links = new ArrayList<>();
            for (AgendaItem item : agenda.items()) {
                int index = 0;
                for (UUID decision : item.reviewedDecisions()) {
                    AgendaItemDecisionRecord link = tx.newRecord(AGENDA_ITEM_DECISION);
                    link.setAgendaItemId(ids.get(item.uuid()));
                    link.setPosition(index++);
                    link.setDecisionUuid(decision);
                    links.add(link);
                }
            }
            tx.batchInsert(links).execute();
        });
    }

    /** The column holds whole minutes; a planned time with seconds would come back different, so it is refused. */
    private static int minutes(Duration planned) {
        if (!planned.equals(Duration.ofMinutes(planned.toMinutes()))) {
            throw new IllegalArgumentException("planned time is not in whole minutes: " + planned);
        }
        return Math.toIntExact(planned.toMinutes());
    }

    /** Enum names in declaration order, comma-separated; '' for none. */
    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal())).map(Enum::name)
                .collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> names(String stored, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (!stored.isEmpty()) {
            Arrays.stream(stored.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        }
        return values;
    }

    private static AgendaItem toItem(AgendaItemRecord r, List<UUID> reviewed) {
        return new AgendaItem(r.getUuid(), Bilingual.of(r.getTitleZh(), r.getTitleRu()),
                Bilingual.of(r.getNoteZh(), r.getNoteRu()), Duration.ofMinutes(r.getPlannedMinutes()),
                Side.ofCode(r.getProposedBy()), names(r.getAreas(), CooperationArea.class),
                names(r.getCategories(), InformationCategory.class), r.getIsOpen(), r.getCarriedFrom(), reviewed);
    }
}
