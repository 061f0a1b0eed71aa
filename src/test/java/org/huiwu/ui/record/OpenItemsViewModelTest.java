// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The open items tab's view model on in-memory repositories, without a JavaFX toolkit. */
class OpenItemsViewModelTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private RecordFixture archive;
    private RecordFixture.Reported problems;
    private Decision exercise;
    private Decision cancelled;

    @BeforeEach
    void record() {
        archive = new RecordFixture();
        problems = new RecordFixture.Reported();
        exercise = Decision.create(archive.current.id(), DecisionKind.ACTION_ITEM,
                Bilingual.of("举行联合演练", "Провести совместные учения"), Responsibility.CHINA,
                LocalDate.of(2026, 10, 1)).withStatus(DecisionStatus.IN_PROGRESS);
        cancelled = Decision.create(archive.current.id(), DecisionKind.DECISION, Bilingual.of("取消", "Отменено"),
                Responsibility.BOTH, LocalDate.of(2026, 1, 1)).withStatus(DecisionStatus.CANCELLED);
        archive.decisions.saveAll(archive.current.id(), List.of(exercise, cancelled));
    }

    private OpenItemsViewModel shown(Messages messages) {
        OpenItemsViewModel open = new OpenItemsViewModel(archive.agendaService, archive.schedule, messages,
                new Formats(messages.language()));
        open.onProblem(problems::add);
        open.reload();
        return open;
    }

    @Test
    void everyOpenDecisionOfEveryMeetingByDueDateThoseWithoutLast() {
        assertThat(shown(english).items()).extracting(DecisionRow::textRu).containsExactly(
                "Провести совместные учения", "Усилить совместное патрулирование", "Открыть горячую линию");
    }

    @Test
    void overdueIsJudgedByTodayInTheZoneOfTheMeetingTheDecisionCameFrom() {
        assertThat(shown(english).items()).extracting(DecisionRow::overdue).containsExactly(true, true, false);
    }

    @Test
    void eachItemNamesItsMeetingByDateAndBothTitles() {
        DecisionRow patrols = shown(english).items().get(1);

        assertThat(patrols.meeting()).isEqualTo(new MeetingRef(archive.previous.id(), "14 August 2026",
                "2026年第三季度会谈", "Переговоры, III квартал 2026 года"));
        assertThat(patrols.meeting().text())
                .isEqualTo("14 August 2026 · 2026年第三季度会谈 · Переговоры, III квартал 2026 года");
        assertThat(patrols).extracting(DecisionRow::kind, DecisionRow::responsible, DecisionRow::status)
                .containsExactly(english.of(DecisionKind.DECISION), english.of(Responsibility.BOTH),
                        english.of(DecisionStatus.OPEN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ENGLISH | Open: 3 · overdue: 2",
        "CHINESE | 未落实：3 · 逾期：2",
        "RUSSIAN | Не выполнено: 3 · просрочено: 2"})
    void summaryCountsOpenAndOverdue(Language language, String summary) {
        assertThat(shown(Messages.of(language)).summaryProperty().get()).isEqualTo(summary);
    }

    @Test
    void choosingAnItemOpensTheMeetingItCameFrom() {
        OpenItemsViewModel open = shown(english);
        List<Long> opened = new ArrayList<>();
        open.onOpenMeeting(opened::add);
        assertThat(open.openSelected()).isFalse();

        open.selectedProperty().set(open.items().get(1));

        assertThat(open.openSelected()).isTrue();
        assertThat(opened).containsExactly(archive.previous.id());
    }

    @Test
    void reloadShowsWhatWasClosedMeanwhileAndKeepsTheSelection() {
        OpenItemsViewModel open = shown(english);
        open.selectedProperty().set(open.items().get(1));

        archive.agendaService.changeStatus(exercise.uuid(), DecisionStatus.DONE);
        open.reload();

        assertThat(open.items()).extracting(DecisionRow::textRu, DecisionRow::overdue).containsExactly(
                tuple("Усилить совместное патрулирование", true), tuple("Открыть горячую линию", false));
        assertThat(open.selectedProperty().get().uuid()).isEqualTo(archive.patrols.uuid());
    }

    @Test
    void unreadableArchiveIsReportedAndTheListIsEmptied() {
        OpenItemsViewModel open = new OpenItemsViewModel(new org.huiwu.service.agenda.AgendaService(
                archive.agendas, new FailingDecisions(), archive.meetings, RecordFixture.CLOCK), archive.schedule,
                english, new Formats(Language.ENGLISH));
        open.onProblem(problems::add);

        open.reload();

        assertThat(open.items()).isEmpty();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.headline()).isEqualTo(english.get("openItems.error.loadFailed"));
            assertThat(problem.details()).isEqualTo(english.get("archive.error.damaged", "/data/huiwu"));
        });
    }

    /** A decision store whose reads fail, as a damaged archive's do. */
    private static final class FailingDecisions implements org.huiwu.domain.decision.DecisionRepository {
        @Override
        public List<Decision> ofMeeting(long meetingId) {
            throw new ArchiveException(ArchiveException.Reason.DAMAGED, "/data/huiwu");
        }

        @Override
        public List<Decision> open() {
            throw new ArchiveException(ArchiveException.Reason.DAMAGED, "/data/huiwu");
        }

        @Override
        public java.util.Optional<Decision> find(java.util.UUID uuid) {
            return java.util.Optional.empty();
        }

        @Override
        public List<Decision> saveAll(long meetingId, List<Decision> decisions) {
            return decisions;
        }
    }
}
