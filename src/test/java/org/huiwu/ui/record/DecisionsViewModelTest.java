// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
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
import org.junit.jupiter.params.provider.EnumSource;

/** The decisions tab's view model on in-memory repositories, without a JavaFX toolkit. */
class DecisionsViewModelTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private RecordFixture archive;
    private RecordFixture.Reported problems;
    private Decision checkpoints;
    private Decision exercise;

    @BeforeEach
    void record() {
        archive = new RecordFixture();
        problems = new RecordFixture.Reported();
        long meeting = archive.current.id();
        checkpoints = new Decision(UUID.randomUUID(), meeting, DecisionKind.DECISION,
                Bilingual.of("延长口岸开放时间", "Продлить время работы пунктов пропуска"), Responsibility.BOTH,
                LocalDate.of(2027, 3, 1), DecisionStatus.OPEN, UUID.randomUUID());
        exercise = Decision.create(meeting, DecisionKind.ACTION_ITEM, Bilingual.of("举行联合演练", ""),
                Responsibility.CHINA, LocalDate.of(2026, 11, 19));
        archive.decisions.saveAll(meeting, List.of(checkpoints, exercise));
        archive.agendas.save(meeting, new Agenda(List.of(AgendaItem.reviewOf(
                List.of(archive.patrols.uuid(), archive.hotline.uuid()), Side.KYRGYZSTAN))));
        archive.decisions.saves = 0;
    }

    private DecisionsViewModel shown(Messages messages) {
        DecisionsViewModel decisions = new DecisionsViewModel(archive.agendaService, archive.schedule, messages,
                new Formats(messages.language()));
        decisions.onProblem(problems::add);
        decisions.show(archive.current.id());
        return decisions;
    }

    private List<Decision> stored() {
        return archive.decisions.ofMeeting(archive.current.id());
    }

    @Test
    void rowsShowKindBothTextsResponsibleSideDueDateAndStatus() {
        DecisionsViewModel decisions = shown(english);

        assertThat(decisions.decisions()).extracting(DecisionRow::kind, DecisionRow::textZh, DecisionRow::textRu,
                DecisionRow::responsible, DecisionRow::due, DecisionRow::status).containsExactly(
                        tuple(english.of(DecisionKind.DECISION), "延长口岸开放时间",
                                "Продлить время работы пунктов пропуска", english.of(Responsibility.BOTH),
                                "Due 1 Mar 2027", english.of(DecisionStatus.OPEN)),
                        tuple(english.of(DecisionKind.ACTION_ITEM), "举行联合演练", "",
                                english.of(Responsibility.CHINA), "Due 19 Nov 2026", english.of(DecisionStatus.OPEN)));
    }

    @Test
    void openDecisionDueBeforeTodayInTheMeetingsZoneIsOverdue() {
        // 19 November is yesterday in Bishkek (where the meeting is) though still today in UTC.
        assertThat(shown(english).decisions()).extracting(DecisionRow::overdue).containsExactly(false, true);
    }

    @Test
    void closedDecisionIsNeverOverdue() {
        archive.decisions.saveAll(archive.current.id(), List.of(exercise.withStatus(DecisionStatus.DONE)));

        assertThat(shown(english).decisions()).extracting(DecisionRow::overdue).containsExactly(false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ENGLISH | Recorded: 2 · open: 2 · overdue: 1",
        "CHINESE | 已记录：2 · 未落实：2 · 逾期：1",
        "RUSSIAN | Записано: 2 · не выполнено: 2 · просрочено: 1"})
    void summaryCountsInTheUsersLanguage(Language language, String summary) {
        assertThat(shown(Messages.of(language)).summaryProperty().get()).isEqualTo(summary);
    }

    @Test
    void decisionWithoutDueDateSaysSo() {
        archive.decisions.saveAll(archive.current.id(), List.of(exercise.with(DecisionKind.ACTION_ITEM,
                Responsibility.CHINA, null)));

        assertThat(shown(english).decisions().get(0).due()).isEqualTo(english.get("decisions.row.noDue"));
    }

    // ---------------------------------------------------------------- editing

    @Test
    void newDecisionStartsOpenForBothSidesAndIsSavedAfterTheSelectedOne() {
        DecisionsViewModel decisions = shown(english);
        decisions.selectedProperty().set(decisions.decisions().get(0));
        DecisionEditorViewModel form = decisions.newDecision().orElseThrow();
        assertThat(form.heading()).isEqualTo(english.get("decisions.editor.addTitle"));
        assertThat(form.kindProperty().get()).isEqualTo(DecisionKind.DECISION);
        assertThat(form.responsibleProperty().get()).isEqualTo(Responsibility.BOTH);
        assertThat(form.statusProperty().get()).isEqualTo(DecisionStatus.OPEN);
        assertThat(form.dueProperty().get()).isNull();

        form.kindProperty().set(DecisionKind.ACTION_ITEM);
        form.text().zhProperty().set("交换联络官名单");
        form.text().ruProperty().set("Обменяться списками офицеров связи");
        form.responsibleProperty().set(Responsibility.KYRGYZSTAN);
        form.dueProperty().set(LocalDate.of(2026, 12, 31));
        assertThat(form.save()).isTrue();

        assertThat(stored()).hasSize(3);
        Decision added = stored().get(1);
        assertThat(added.meetingId()).isEqualTo(archive.current.id());
        assertThat(added.kind()).isEqualTo(DecisionKind.ACTION_ITEM);
        assertThat(added.text()).isEqualTo(Bilingual.of("交换联络官名单", "Обменяться списками офицеров связи"));
        assertThat(added.responsible()).isEqualTo(Responsibility.KYRGYZSTAN);
        assertThat(added.due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(added.status()).isEqualTo(DecisionStatus.OPEN);
        assertThat(decisions.selectedProperty().get().uuid()).isEqualTo(added.uuid());
        assertThat(archive.decisions.saves).isEqualTo(1);
    }

    @Test
    void oneLanguageIsEnoughAndTheEmptySideIsPointedOut() {
        DecisionEditorViewModel form = shown(english).newDecision().orElseThrow();
        assertThat(form.valid().get()).isFalse();
        assertThat(form.save()).isFalse();
        assertThat(form.text().error().get()).isEqualTo(english.get("decisions.editor.textMissing"));
        assertThat(archive.decisions.saves).isZero();

        form.text().zhProperty().set("举行联合演练");

        assertThat(form.valid().get()).isTrue();
        assertThat(form.text().error().get()).isEmpty();
        assertThat(form.text().warning().get()).isEqualTo(english.get("decisions.editor.textRuEmpty"));
    }

    @Test
    void dueDateBeforeTheMeetingIsPointedOutButAllowed() {
        DecisionEditorViewModel form = shown(english).newDecision().orElseThrow();
        form.text().ruProperty().set("Провести совместные учения");

        form.dueProperty().set(LocalDate.of(2026, 11, 24));
        assertThat(form.dueWarning().get()).isEqualTo(english.get("decisions.editor.dueBeforeMeeting",
                "25 Nov 2026"));
        form.dueProperty().set(LocalDate.of(2026, 11, 25));
        assertThat(form.dueWarning().get()).isEmpty();
        form.dueProperty().set(LocalDate.of(2026, 11, 1));
        assertThat(form.save()).isTrue();
    }

    @Test
    void editingKeepsIdentityMeetingAndAgendaItem() {
        DecisionsViewModel decisions = shown(english);
        decisions.selectedProperty().set(decisions.decisions().get(0));
        DecisionEditorViewModel form = decisions.editSelected().orElseThrow();
        assertThat(form.text().ruProperty().get()).isEqualTo("Продлить время работы пунктов пропуска");
        assertThat(form.dueProperty().get()).isEqualTo(LocalDate.of(2027, 3, 1));

        form.statusProperty().set(DecisionStatus.IN_PROGRESS);
        form.text().zhProperty().set("延长吐尔尕特口岸开放时间");
        form.dueProperty().set(null);
        form.save();

        Decision edited = stored().get(0);
        assertThat(edited.uuid()).isEqualTo(checkpoints.uuid());
        assertThat(edited.meetingId()).isEqualTo(checkpoints.meetingId());
        assertThat(edited.agendaItem()).isEqualTo(checkpoints.agendaItem());
        assertThat(edited.status()).isEqualTo(DecisionStatus.IN_PROGRESS);
        assertThat(edited.due()).isNull();
        assertThat(edited.text().zh()).isEqualTo("延长吐尔尕特口岸开放时间");
        assertThat(stored().get(1)).isEqualTo(exercise);
    }

    @Test
    void refusedSaveKeepsTheFormAndTheStoredDecisions() {
        DecisionsViewModel decisions = shown(english);
        DecisionEditorViewModel form = decisions.newDecision().orElseThrow();
        form.text().zhProperty().set("新决定");
        archive.decisions.failNextSaveWith(new ArchiveException(ArchiveException.Reason.IO, "/data"));

        assertThat(form.save()).isFalse();

        assertThat(form.problems()).containsExactly(english.get("archive.error.io", "/data"));
        assertThat(form.text().zhProperty().get()).isEqualTo("新决定");
        assertThat(stored()).containsExactly(checkpoints, exercise);
        assertThat(decisions.decisions()).hasSize(2);
    }

    @Test
    void deletingRemovesTheDecisionAndSelectsTheNext() {
        DecisionsViewModel decisions = shown(english);
        decisions.selectedProperty().set(decisions.decisions().get(0));
        assertThat(decisions.deleteQuestion()).contains("延长口岸开放时间").contains(english.of(DecisionKind.DECISION));

        assertThat(decisions.deleteSelected()).isTrue();

        assertThat(stored()).containsExactly(exercise);
        assertThat(decisions.selectedProperty().get().uuid()).isEqualTo(exercise.uuid());
    }

    @Test
    void refusedDeleteIsReportedAndNothingIsLost() {
        DecisionsViewModel decisions = shown(english);
        decisions.selectedProperty().set(decisions.decisions().get(0));
        archive.decisions.failNextSaveWith(new ArchiveException(ArchiveException.Reason.IN_USE, "/data"));

        assertThat(decisions.deleteSelected()).isFalse();

        assertThat(problems).singleElement().extracting(Problem::headline)
                .isEqualTo(english.get("decisions.error.saveFailed"));
        assertThat(decisions.decisions()).hasSize(2);
        assertThat(stored()).containsExactly(checkpoints, exercise);
    }

    // ---------------------------------------------------------------- status

    @ParameterizedTest
    @EnumSource(value = DecisionStatus.class, names = {"IN_PROGRESS", "DONE", "CANCELLED"})
    void statusChangeOfOwnDecisionIsSavedAndStaysSelected(DecisionStatus status) {
        DecisionsViewModel decisions = shown(english);
        decisions.selectedProperty().set(decisions.decisions().get(1));

        assertThat(decisions.changeStatus(decisions.selectedProperty().get(), status)).isTrue();

        assertThat(stored().get(1).status()).isEqualTo(status);
        assertThat(decisions.selectedProperty().get().statusValue()).isEqualTo(status);
        assertThat(decisions.selectedProperty().get().overdue()).isEqualTo(status.isOpen());
    }

    @Test
    void sameStatusChangesNothing() {
        DecisionsViewModel decisions = shown(english);

        assertThat(decisions.changeStatus(decisions.decisions().get(0), DecisionStatus.OPEN)).isFalse();
        assertThat(archive.decisions.saves).isZero();
    }

    // ---------------------------------------------------------------- earlier decisions reviewed here

    @Test
    void earlierDecisionsReviewedHereAreListedWithTheirMeeting() {
        DecisionsViewModel decisions = shown(english);

        assertThat(decisions.reviewed()).extracting(DecisionRow::textRu, DecisionRow::overdue).containsExactly(
                tuple("Усилить совместное патрулирование", true), tuple("Открыть горячую линию", false));
        MeetingRef origin = decisions.reviewed().get(0).meeting();
        assertThat(origin.meetingId()).isEqualTo(archive.previous.id());
        assertThat(origin.date()).isEqualTo("14 August 2026");
        assertThat(origin.titleZh()).isEqualTo("2026年第三季度会谈");
        assertThat(origin.titleRu()).isEqualTo("Переговоры, III квартал 2026 года");
    }

    @Test
    void closingAnEarlierDecisionHereChangesItWhereItWasRecorded() {
        DecisionsViewModel decisions = shown(english);
        DecisionRow patrols = decisions.reviewed().get(0);
        decisions.selectedReviewedProperty().set(patrols);

        assertThat(decisions.changeStatus(patrols, DecisionStatus.DONE)).isTrue();

        assertThat(archive.decisions.find(archive.patrols.uuid()).orElseThrow().status())
                .isEqualTo(DecisionStatus.DONE);
        assertThat(archive.decisions.ofMeeting(archive.previous.id())).hasSize(3);
        assertThat(stored()).containsExactly(checkpoints, exercise);
        assertThat(decisions.selectedReviewedProperty().get().statusValue()).isEqualTo(DecisionStatus.DONE);
        assertThat(decisions.reviewed().get(0).overdue()).isFalse();
    }

    @Test
    void meetingWithoutAReviewItemReviewsNothing() {
        archive.agendas.save(archive.current.id(), Agenda.EMPTY);

        assertThat(shown(english).reviewed()).isEmpty();
    }

    @Test
    void unreadableMeetingIsReported() {
        DecisionsViewModel decisions = new DecisionsViewModel(archive.agendaService, archive.schedule, english,
                new Formats(Language.ENGLISH));
        decisions.onProblem(problems::add);

        decisions.show(404);

        assertThat(decisions.meetingShownProperty().get()).isFalse();
        assertThat(decisions.newDecision()).isEmpty();
        assertThat(problems).singleElement().extracting(Problem::headline)
                .isEqualTo(english.get("decisions.error.loadFailed"));
    }
}
