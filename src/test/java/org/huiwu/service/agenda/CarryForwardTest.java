// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.agenda;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.app.AppContext;
import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What carries over between meetings, on the sample archive in a real (encrypted H2) store: a new meeting at the
 * same station starts with the open items of the previous one and an item reviewing the decisions still open.
 */
class CarryForwardTest {

    @TempDir
    static Path home;
    private static AppContext context;
    private static Path folder;

    @BeforeAll
    static void sample() {
        context = new AppContext(new DataDirectories(home, home, home.resolve("logs")),
                Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC), Locale.ENGLISH,
                KeyDerivation.forTests());
        folder = home.resolve("sample");
        try (var archive = context.archives().create(folder, SampleArchive.NAME, Side.CHINA, true,
                SampleArchive.PASSPHRASE.toCharArray())) {
            SampleArchive.fill(archive);
        }
    }

    private ArchiveSession open() {
        return context.openSession(folder, SampleArchive.PASSPHRASE.toCharArray());
    }

    private static List<Meeting> talks(ArchiveSession session) {
        return session.schedule().meetings().stream().filter(m -> m.level() == MeetingLevel.TALKS)
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .sorted(Comparator.comparing(Meeting::start)).toList();
    }

    @Test
    void thePlannedTalksStartWithTheReviewOfOpenDecisionsAndTheOpenItemsOfTheLastTalks() {
        try (ArchiveSession session = open()) {
            List<Meeting> talks = talks(session);
            Meeting planned = talks.stream().filter(m -> m.status() == MeetingStatus.PLANNED).findFirst()
                    .orElseThrow();
            Meeting previous = session.agenda().previous(planned).orElseThrow();
            assertThat(previous.status()).isEqualTo(MeetingStatus.HELD);
            assertThat(previous.start()).isBefore(planned.start());

            Agenda agenda = session.agenda().agenda(planned.id());
            AgendaItem review = agenda.items().get(0);
            assertThat(review.title()).isEqualTo(AgendaItem.REVIEW_TITLE);
            List<UUID> openBefore = session.agenda().decisions(previous.id()).stream().filter(Decision::isOpen)
                    .map(Decision::uuid).toList();
            assertThat(openBefore).isNotEmpty();
            assertThat(review.reviewedDecisions()).containsAll(openBefore);
            assertThat(session.agenda().reviewed(planned.id())).allMatch(Decision::isOpen);

            List<UUID> openItems = session.agenda().agenda(previous.id()).openItems().stream()
                    .filter(item -> !item.reviewsDecisions()).map(AgendaItem::uuid).toList();
            assertThat(agenda.items().stream().map(AgendaItem::carriedFrom).filter(java.util.Objects::nonNull))
                    .containsExactlyInAnyOrderElementsOf(openItems);
        }
    }

    @Test
    void aMeetingPlannedThroughTheScheduleGetsItsAgendaAndClosingADecisionThereClosesItEverywhere() {
        try (ArchiveSession session = open()) {
            Meeting planned = talks(session).stream().filter(m -> m.status() == MeetingStatus.PLANNED)
                    .findFirst().orElseThrow();
            Meeting next = new Meeting(null, UUID.randomUUID(), MeetingLevel.TALKS, planned.title(),
                    planned.start().plusSeconds(90L * 86400), planned.end().plusSeconds(90L * 86400), planned.zone(),
                    planned.placeId(), planned.hostSide(), MeetingStatus.PLANNED, planned.delegation().stream()
                    .map(m -> org.huiwu.domain.meeting.DelegationMember.of(m.personId(), m.side(), m.role())).toList());
            int openBefore = session.agenda().openDecisions().size();
            Decision reviewed = session.agenda().reviewed(planned.id()).get(0);
            session.agenda().changeStatus(reviewed.uuid(), DecisionStatus.DONE);

            Meeting saved = session.schedule().save(next);

            Agenda agenda = session.agenda().agenda(saved.id());
            assertThat(agenda.items()).isNotEmpty();
            assertThat(agenda.items()).allMatch(item -> item.carriedFrom() != null || item.reviewsDecisions());
            assertThat(session.agenda().openDecisions()).hasSize(openBefore - 1)
                    .noneMatch(d -> d.uuid().equals(reviewed.uuid()));
        }
    }

    @Test
    void theSampleHasMinutesInEveryState() {
        try (ArchiveSession session = open()) {
            List<MinutesState> latest = session.schedule().meetings().stream()
                    .flatMap(m -> session.minutes().versions(m.id()).stream())
                    .map(v -> v.state()).distinct().toList();
            assertThat(latest).contains(MinutesState.DRAFT, MinutesState.AGREED, MinutesState.FINAL);
            assertThat(session.schedule().meetings().stream()
                    .anyMatch(m -> session.minutes().versions(m.id()).size() == 2)).isTrue();
            assertThat(session.schedule().meetings().stream()
                    .map(m -> session.minutes().current(m.id()))
                    .flatMap(v -> v.pairs().stream())
                    .anyMatch(p -> p.state(org.huiwu.domain.minutes.RecordLanguage.RU)
                            == org.huiwu.domain.minutes.TextState.STALE)).isTrue();
        }
    }
}
