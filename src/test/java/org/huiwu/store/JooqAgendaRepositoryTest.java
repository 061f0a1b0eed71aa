// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.place.Place;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.store.generated.Tables.AGENDA_ITEM;
import static org.huiwu.store.generated.Tables.AGENDA_ITEM_DECISION;

class JooqAgendaRepositoryTest {

    private static final char[] PASSPHRASE = "议程 повестка passphrase".toCharArray();
    private static final Instant AT = Instant.parse("2026-11-27T06:00:00Z");

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    @Test
    void anAgendaComesBackInItsOrderWithTagsOriginNotesAndReviewedDecisions() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "议程", Side.CHINA, false,
                PASSPHRASE.clone())) {
            Place place = StoreFixture.station(archive);
            Meeting earlier = StoreFixture.meeting(archive, place, AT.minus(Duration.ofDays(90)), List.of());
            Meeting meeting = StoreFixture.meeting(archive, place, AT, List.of());
            Agenda before = archive.agendas().save(earlier.id(), new Agenda(List.of(
                    AgendaItem.create(Bilingual.of("边境形势", "Обстановка на границе"), Duration.ofMinutes(40),
                            Side.CHINA))));
            Agenda agenda = sample(before.items().get(0).uuid());

            Agenda saved = archive.agendas().save(meeting.id(), agenda);

            assertThat(archive.agendas().of(meeting.id())).isEqualTo(saved).isEqualTo(agenda);
            Agenda moved = agenda.move(agenda.items().get(3).uuid(), 0).moveBy(agenda.items().get(0).uuid(), 1);
            archive.agendas().save(meeting.id(), moved);
            Agenda back = archive.agendas().of(meeting.id());
            assertThat(back).isEqualTo(moved);
            assertThat(back.items()).extracting(AgendaItem::uuid).containsExactlyElementsOf(
                    moved.items().stream().map(AgendaItem::uuid).toList());
            AgendaItem everything = back.items().get(moved.indexOf(agenda.items().get(0).uuid()));
            assertThat(everything.areas()).containsExactlyInAnyOrder(CooperationArea.values());
            assertThat(everything.categories()).containsExactlyInAnyOrder(InformationCategory.values());
            assertThat(back.plannedTotal()).isEqualTo(agenda.plannedTotal());
            // The other meeting's agenda is its own.
            assertThat(archive.agendas().of(earlier.id())).isEqualTo(before);
        }
    }

    @Test
    void aMeetingWithoutAgendaAndOneWhoseAgendaWasEmptiedHaveTheEmptyAgenda() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "议程", Side.KYRGYZSTAN, false,
                PASSPHRASE.clone())) {
            Meeting meeting = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of());
            assertThat(archive.agendas().of(meeting.id())).isEqualTo(Agenda.EMPTY);

            Agenda agenda = sample(UUID.randomUUID());
            archive.agendas().save(meeting.id(), agenda);
            archive.agendas().save(meeting.id(), agenda.remove(agenda.items().get(1).uuid()));
            assertThat(archive.agendas().of(meeting.id()).items()).hasSize(agenda.items().size() - 1);
            archive.agendas().save(meeting.id(), Agenda.EMPTY);

            assertThat(archive.agendas().of(meeting.id())).isEqualTo(Agenda.EMPTY);
            assertThat(archive.dsl().fetchCount(AGENDA_ITEM_DECISION)).isZero();
        }
    }

    @Test
    void aPlannedTimeWithSecondsIsRefusedRatherThanRounded() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "议程", Side.CHINA, false,
                PASSPHRASE.clone())) {
            Meeting meeting = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of());
            Agenda odd = new Agenda(List.of(AgendaItem.create(Bilingual.of("议题", "Вопрос"),
                    Duration.ofSeconds(90), Side.CHINA)));

            assertThatThrownBy(() -> archive.agendas().save(meeting.id(), odd))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(archive.agendas().of(meeting.id())).isEqualTo(Agenda.EMPTY);
            assertThat(archive.journalEntries()).isEqualTo(2); // the place and the meeting, not the agenda
        }
    }

    @Test
    void anAgendaTheDatabaseLostComesBackFromTheJournalUnderTheMeetingsNewKey() {
        Path folder = temp.resolve("a");
        Agenda last;
        UUID meetingUuid;
        try (H2Archive archive = (H2Archive) access.create(folder, "议程", Side.CHINA, false, PASSPHRASE.clone())) {
            Meeting meeting = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of());
            meetingUuid = meeting.uuid();
            Agenda agenda = sample(UUID.randomUUID());
            archive.agendas().save(meeting.id(), agenda);
            last = archive.agendas().save(meeting.id(), agenda.move(agenda.items().get(0).uuid(), 2));
            StoreFixture.loseEverything(archive.dsl());
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.agendas().of(StoreFixture.meetingId(reopened, meetingUuid))).isEqualTo(last);
            // The first entry brought back four items; the second found them there.
            assertThat(access.lastReplay().restored()).isEqualTo(1 + 1 + last.items().size());
        }
    }

    @Test
    void replayingAgendasTheDatabaseStillHasChangesNothing() throws Exception {
        Path folder = temp.resolve("a");
        Agenda last;
        long meetingId;
        try (H2Archive archive = (H2Archive) access.create(folder, "议程", Side.CHINA, false, PASSPHRASE.clone())) {
            meetingId = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of()).id();
            Agenda agenda = sample(UUID.randomUUID());
            archive.agendas().save(meetingId, agenda);
            last = archive.agendas().save(meetingId, agenda.move(agenda.items().get(0).uuid(), 3)
                    .replace(agenda.items().get(1).closed()));
            // As after a crash in a clean close, before the journal was emptied: replayed onto a database that
            // has every save already.
            assertThat(archive.replayJournal().restored()).isZero();
            assertThat(archive.agendas().of(meetingId)).isEqualTo(last);
            assertThat(archive.dsl().fetchCount(AGENDA_ITEM)).isEqualTo(last.items().size());
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.agendas().of(meetingId)).isEqualTo(last);
        }
    }

    /** Four items: every tag, a review of earlier decisions, one carried from {@code origin}, one closed. */
    private static Agenda sample(UUID origin) {
        AgendaItem everything = new AgendaItem(UUID.randomUUID(), Bilingual.of("全面合作", "Всестороннее сотрудничество"),
                Bilingual.of("第二条和第四条所列各项。\n第二段", "Все пункты статей 2 и 4.\nВторой абзац ң ө ү"),
                Duration.ofMinutes(90), Side.KYRGYZSTAN, EnumSet.allOf(CooperationArea.class),
                EnumSet.allOf(InformationCategory.class), true, null);
        AgendaItem review = AgendaItem.reviewOf(List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()),
                Side.CHINA);
        AgendaItem carried = new AgendaItem(UUID.randomUUID(), Bilingual.of("非法越境", "Незаконное пересечение"),
                Bilingual.EMPTY, Duration.ofMinutes(25), Side.CHINA,
                Set.of(CooperationArea.ILLEGAL_MIGRATION, CooperationArea.HANDOVER_OF_CROSSERS),
                Set.of(InformationCategory.ILLEGAL_CROSSINGS), true, origin);
        AgendaItem closed = AgendaItem.create(Bilingual.of("其他事项", "Разное"), Duration.ZERO, Side.KYRGYZSTAN)
                .edited(Bilingual.of("其他事项", "Разное"), Bilingual.of("无", ""), Duration.ofMinutes(5),
                        Side.KYRGYZSTAN, Set.of(), Set.of(InformationCategory.DISASTERS_AND_EPIDEMICS))
                .closed();
        return new Agenda(List.of(everything, review, carried, closed));
    }
}
