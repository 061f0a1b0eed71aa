// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.common.Violation;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The agenda tab's view model on in-memory repositories, without a JavaFX toolkit. */
class AgendaViewModelTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private RecordFixture archive;
    private RecordFixture.Reported problems;
    private AgendaItem opening;
    private AgendaItem situation;
    private AgendaItem review;

    @BeforeEach
    void plan() {
        archive = new RecordFixture();
        problems = new RecordFixture.Reported();
        opening = RecordFixture.item("开幕", "Открытие", 10, Side.KYRGYZSTAN);
        situation = new AgendaItem(UUID.randomUUID(), Bilingual.of("边境形势", "Обстановка на границе"),
                Bilingual.EMPTY, Duration.ofMinutes(40), Side.CHINA,
                Set.of(CooperationArea.INCIDENT_PREVENTION, CooperationArea.BORDER_MEASURES),
                Set.of(InformationCategory.BORDER_SITUATION), true, archive.situation.uuid());
        review = AgendaItem.reviewOf(List.of(archive.patrols.uuid(), archive.handover.uuid()), Side.KYRGYZSTAN);
    }

    private AgendaViewModel shown(Messages messages, AgendaItem... items) {
        archive.agendas.save(archive.current.id(), new Agenda(List.of(items)));
        archive.agendas.saves = 0;
        AgendaViewModel agenda = new AgendaViewModel(archive.agendaService, archive.schedule, messages,
                new Formats(messages.language()));
        agenda.onProblem(problems::add);
        agenda.show(archive.current.id());
        return agenda;
    }

    private List<String> titles(AgendaViewModel agenda) {
        return agenda.items().stream().map(AgendaRow::titleRu).toList();
    }

    private List<AgendaItem> stored() {
        return archive.agendas.of(archive.current.id()).items();
    }

    @Test
    void itemsAreNumberedInOrderWithBothTitlesAsEquals() {
        AgendaViewModel agenda = shown(english, opening, situation);

        assertThat(agenda.items()).extracting(AgendaRow::number, AgendaRow::titleZh, AgendaRow::titleRu)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "开幕", "Открытие"),
                        org.assertj.core.groups.Tuple.tuple(2, "边境形势", "Обстановка на границе"));
    }

    @Test
    void rowShowsPlannedTimeProposingSideStateAndTheTagsOfArticlesTwoAndFour() {
        AgendaRow row = shown(english, opening, situation).items().get(1);

        assertThat(row.planned()).isEqualTo("40 min");
        assertThat(row.proposedBy()).isEqualTo(english.of(Side.CHINA));
        assertThat(row.open()).isTrue();
        assertThat(row.state()).isEqualTo("Open");
        assertThat(row.tags()).containsExactly(english.of(CooperationArea.BORDER_MEASURES),
                english.of(CooperationArea.INCIDENT_PREVENTION), english.of(InformationCategory.BORDER_SITUATION));
    }

    @Test
    void itemContinuingAnEarlierOneIsMarkedCarriedOver() {
        AgendaViewModel agenda = shown(english, opening, situation);

        assertThat(agenda.items()).extracting(AgendaRow::carriedOver).containsExactly(false, true);
    }

    @Test
    void reviewItemListsTheReviewedDecisionsWithTheirStatusAndMarksOverdueInTheMeetingsZone() {
        AgendaRow row = shown(english, review, opening).items().get(0);

        assertThat(row.reviewed()).extracting(AgendaRow.ReviewedDecision::textZh,
                AgendaRow.ReviewedDecision::textRu, AgendaRow.ReviewedDecision::status,
                AgendaRow.ReviewedDecision::overdue).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("加强联合巡逻", "Усилить совместное патрулирование",
                                english.of(archive.patrols.status()), true),
                        org.assertj.core.groups.Tuple.tuple("移交越境人员", "Передать нарушителей границы",
                                english.of(archive.handover.status()), false));
    }

    @Test
    void otherItemsListNoDecisions() {
        assertThat(shown(english, review, opening).items().get(1).reviewed()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ENGLISH | Planned in total: 1 h 20 min",
        "CHINESE | 计划总时长：1小时20分钟",
        "RUSSIAN | Всего по плану: 1 ч 20 мин"})
    void plannedTotalIsWrittenInTheUsersLanguage(Language language, String total) {
        AgendaViewModel agenda = shown(Messages.of(language), opening, situation, RecordFixture.item("闭幕",
                "Закрытие", 30, Side.CHINA));

        assertThat(agenda.plannedTotalProperty().get()).isEqualTo(total);
    }

    @ParameterizedTest
    @CsvSource({"0, 0 min", "45, 45 min", "60, 1 h", "135, 2 h 15 min"})
    void durationsReadNaturally(int minutes, String text) {
        assertThat(shown(english).duration(Duration.ofMinutes(minutes))).isEqualTo(text);
    }

    // ---------------------------------------------------------------- adding and editing

    @Test
    void newItemIsSavedAtOnceAfterTheSelectedOneAndSelected() {
        AgendaViewModel agenda = shown(english, opening, situation);
        agenda.select(opening.uuid());
        AgendaItemEditorViewModel form = agenda.newItem().orElseThrow();
        form.title().zhProperty().set("打击走私");
        form.title().ruProperty().set("Борьба с контрабандой");
        form.plannedMinutesProperty().set("25");
        form.areaProperty(CooperationArea.TRAFFICKING_AND_SMUGGLING).set(true);
        form.categoryProperty(InformationCategory.SMUGGLING).set(true);

        assertThat(form.save()).isTrue();

        assertThat(stored()).extracting(i -> i.title().ru())
                .containsExactly("Открытие", "Борьба с контрабандой", "Обстановка на границе");
        AgendaItem added = stored().get(1);
        assertThat(added.planned()).isEqualTo(Duration.ofMinutes(25));
        assertThat(added.areas()).containsExactly(CooperationArea.TRAFFICKING_AND_SMUGGLING);
        assertThat(added.categories()).containsExactly(InformationCategory.SMUGGLING);
        assertThat(added.open()).isTrue();
        assertThat(agenda.selectedProperty().get().uuid()).isEqualTo(added.uuid());
        assertThat(agenda.plannedTotalProperty().get()).isEqualTo("Planned in total: 1 h 15 min");
    }

    @Test
    void newItemIsProposedByTheHostSideAndGoesLastWithoutASelection() {
        AgendaViewModel agenda = shown(english, opening);
        AgendaItemEditorViewModel form = agenda.newItem().orElseThrow();
        assertThat(form.proposedByProperty().get()).isEqualTo(archive.current.hostSide());
        assertThat(form.heading()).isEqualTo("Add agenda item");
        form.title().ruProperty().set("Разное");

        form.save();

        assertThat(titles(agenda)).containsExactly("Открытие", "Разное");
    }

    @Test
    void oneTitleIsEnoughAndTheEmptySideIsPointedOut() {
        AgendaItemEditorViewModel form = shown(english).newItem().orElseThrow();
        assertThat(form.title().error().get()).isEmpty();
        assertThat(form.title().warning().get()).isEmpty();

        form.title().ruProperty().set("Обмен информацией");

        assertThat(form.valid().get()).isTrue();
        assertThat(form.title().error().get()).isEmpty();
        assertThat(form.title().warning().get()).isEqualTo(english.get("agenda.editor.titleZhEmpty"));
        form.title().zhProperty().set("信息交流");
        assertThat(form.title().warning().get()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\t"})
    void withoutAnyTitleNothingIsSaved(String blank) {
        AgendaViewModel agenda = shown(english, opening);
        AgendaItemEditorViewModel form = agenda.newItem().orElseThrow();
        form.title().zhProperty().set(blank);
        form.noteRuProperty().set("Примечание");

        assertThat(form.save()).isFalse();

        assertThat(form.title().error().get()).isEqualTo(english.get("agenda.editor.titleMissing"));
        assertThat(archive.agendas.saves).isZero();
        assertThat(form.noteRuProperty().get()).isEqualTo("Примечание");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "abc", "601", "1.5"})
    void plannedMinutesMustBeAWholeNumberOfMinutes(String typed) {
        AgendaItemEditorViewModel form = shown(english).newItem().orElseThrow();
        form.title().zhProperty().set("议题");
        form.plannedMinutesProperty().set(typed);

        assertThat(form.valid().get()).isFalse();
        assertThat(form.minutesError().get()).isEqualTo(english.get("agenda.editor.minutesInvalid", 600));
        assertThat(form.save()).isFalse();
    }

    @Test
    void editingKeepsTheItemsIdentityOriginStateAndReviewedDecisions() {
        AgendaViewModel agenda = shown(english, review, situation.closed());
        agenda.select(situation.uuid());
        AgendaItemEditorViewModel form = agenda.editSelected().orElseThrow();
        assertThat(form.heading()).isEqualTo("Edit agenda item");
        assertThat(form.title().zhProperty().get()).isEqualTo("边境形势");
        assertThat(form.plannedMinutesProperty().get()).isEqualTo("40");
        assertThat(form.areaProperty(CooperationArea.BORDER_MEASURES).get()).isTrue();

        form.title().ruProperty().set("Обстановка на границе и меры");
        form.areaProperty(CooperationArea.BORDER_MEASURES).set(false);
        form.noteZhProperty().set("中方介绍");
        assertThat(form.save()).isTrue();

        AgendaItem edited = stored().get(1);
        assertThat(edited.uuid()).isEqualTo(situation.uuid());
        assertThat(edited.carriedFrom()).isEqualTo(situation.carriedFrom());
        assertThat(edited.open()).isFalse();
        assertThat(edited.title()).isEqualTo(Bilingual.of("边境形势", "Обстановка на границе и меры"));
        assertThat(edited.note()).isEqualTo(Bilingual.of("中方介绍", ""));
        assertThat(edited.areas()).containsExactly(CooperationArea.INCIDENT_PREVENTION);

        agenda.select(review.uuid());
        AgendaItemEditorViewModel reviewForm = agenda.editSelected().orElseThrow();
        assertThat(reviewForm.reviewNote()).contains("2 decisions");
        reviewForm.plannedMinutesProperty().set("20");
        reviewForm.save();
        assertThat(stored().get(0).reviewedDecisions()).isEqualTo(review.reviewedDecisions());
    }

    @Test
    void refusedSaveKeepsTheFormAndSaysWhyInTheUsersLanguage() {
        Messages russian = Messages.of(Language.RUSSIAN);
        AgendaViewModel agenda = shown(russian, opening);
        AgendaItemEditorViewModel form = agenda.newItem().orElseThrow();
        form.title().zhProperty().set("新议题");
        archive.agendas.failNextSaveWith(new ArchiveException(ArchiveException.Reason.IO, "/data/huiwu"));

        assertThat(form.save()).isFalse();

        assertThat(form.problems()).containsExactly(russian.get("archive.error.io", "/data/huiwu"));
        assertThat(form.title().zhProperty().get()).isEqualTo("新议题");
        assertThat(stored()).containsExactly(opening);
        assertThat(form.save()).isTrue();
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void refusalByRulesNamesEveryRule() {
        AgendaViewModel agenda = shown(english, opening);
        AgendaItemEditorViewModel form = agenda.newItem().orElseThrow();
        form.title().zhProperty().set("新议题");
        archive.agendas.failNextSaveWith(new ValidationException(List.of(
                new Violation("title", "agenda.editor.titleMissing"))));

        form.save();

        assertThat(form.problemText().get()).isEqualTo(english.get("agenda.editor.titleMissing"));
    }

    // ---------------------------------------------------------------- delete, close, move

    @Test
    void deletingRemovesTheItemAtOnceAndSelectsTheNext() {
        AgendaItem closing = RecordFixture.item("闭幕", "Закрытие", 10, Side.CHINA);
        AgendaViewModel agenda = shown(english, opening, situation, closing);
        agenda.select(situation.uuid());
        assertThat(agenda.deleteQuestion()).contains("2").contains("边境形势").contains("Обстановка на границе");

        assertThat(agenda.deleteSelected()).isTrue();

        assertThat(stored()).containsExactly(opening, closing);
        assertThat(agenda.selectedProperty().get().uuid()).isEqualTo(closing.uuid());
        agenda.deleteSelected();
        assertThat(agenda.selectedProperty().get().uuid()).isEqualTo(opening.uuid());
    }

    @Test
    void closingAndReopeningSaveAtOnce() {
        AgendaViewModel agenda = shown(english, opening, situation);
        agenda.select(situation.uuid());

        agenda.toggleSelectedOpen();
        assertThat(stored().get(1).open()).isFalse();
        assertThat(agenda.selectedProperty().get().state()).isEqualTo("Closed");

        agenda.toggleSelectedOpen();
        assertThat(stored().get(1).open()).isTrue();
        assertThat(archive.agendas.saves).isEqualTo(2);
    }

    @Test
    void keyboardMoveSavesTheNewOrderAndKeepsTheMovedItemSelected() {
        AgendaItem closing = RecordFixture.item("闭幕", "Закрытие", 10, Side.CHINA);
        AgendaViewModel agenda = shown(english, opening, situation, closing);
        agenda.select(closing.uuid());

        assertThat(agenda.moveSelected(-1)).isTrue();

        assertThat(stored()).containsExactly(opening, closing, situation);
        assertThat(agenda.selectedProperty().get().uuid()).isEqualTo(closing.uuid());
        assertThat(agenda.selectedProperty().get().number()).isEqualTo(2);
        agenda.moveSelected(-1);
        assertThat(agenda.canMoveUp().get()).isFalse();
        assertThat(agenda.canMoveDown().get()).isTrue();
        assertThat(agenda.moveSelected(-1)).isFalse();
        assertThat(titles(agenda)).containsExactly("Закрытие", "Открытие", "Обстановка на границе");
        assertThat(archive.agendas.saves).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"0, 2, 'Обстановка на границе,Закрытие,Открытие'", "2, 0, 'Закрытие,Открытие,Обстановка на границе'",
        "1, 9, 'Открытие,Закрытие,Обстановка на границе'"})
    void dragAndDropPutsTheItemWhereItWasDropped(int from, int to, String order) {
        AgendaItem closing = RecordFixture.item("闭幕", "Закрытие", 10, Side.CHINA);
        AgendaViewModel agenda = shown(english, opening, situation, closing);
        UUID moving = agenda.items().get(from).uuid();

        assertThat(agenda.move(moving, to)).isTrue();

        assertThat(titles(agenda)).containsExactly(order.split(","));
        assertThat(stored()).extracting(i -> i.title().ru()).containsExactly(order.split(","));
        assertThat(agenda.selectedProperty().get().uuid()).isEqualTo(moving);
    }

    @Test
    void refusedChangeIsReportedAndTheListShowsWhatIsStored() {
        AgendaViewModel agenda = shown(english, opening, situation);
        agenda.select(situation.uuid());
        archive.agendas.failNextSaveWith(new ArchiveException(ArchiveException.Reason.IN_USE, "/data/huiwu"));

        assertThat(agenda.moveSelected(-1)).isFalse();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.headline()).isEqualTo(english.get("agenda.error.saveFailed"));
            assertThat(problem.details()).isEqualTo(english.get("archive.error.inUse", "/data/huiwu"));
        });
        assertThat(titles(agenda)).containsExactly("Открытие", "Обстановка на границе");
        assertThat(agenda.selectedProperty().get().uuid()).isEqualTo(situation.uuid());
    }

    @Test
    void unexpectedFailureStillGetsAnExplanation() {
        AgendaViewModel agenda = shown(english, opening);
        agenda.select(opening.uuid());
        archive.agendas.failNextSaveWith(new IllegalStateException("disk on fire"));

        agenda.toggleSelectedOpen();

        assertThat(problems).singleElement().extracting(Problem::details)
                .isEqualTo(english.get("agenda.error.retry"));
        assertThat(stored().get(0).open()).isTrue();
    }

    @Test
    void withoutASelectionNothingChanges() {
        AgendaViewModel agenda = shown(english, opening);

        assertThat(agenda.deleteSelected()).isFalse();
        assertThat(agenda.toggleSelectedOpen()).isFalse();
        assertThat(agenda.moveSelected(1)).isFalse();
        assertThat(agenda.editSelected()).isEmpty();
        assertThat(archive.agendas.saves).isZero();
    }

    // ---------------------------------------------------------------- carrying over

    @Test
    void emptyAgendaCarriesOverTheOpenItemsAndOpenDecisionsOfThePreviousMeeting() {
        AgendaViewModel agenda = shown(english);
        assertThat(agenda.carryOverPossibleProperty().get()).isTrue();
        assertThat(agenda.carryOverHintProperty().get()).contains("Переговоры, III квартал 2026 года")
                .contains("14 August 2026");

        assertThat(agenda.carryOver()).isTrue();

        assertThat(agenda.items()).hasSize(2);
        AgendaRow reviewRow = agenda.items().get(0);
        assertThat(reviewRow.item().reviewsDecisions()).isTrue();
        assertThat(reviewRow.reviewed()).extracting(AgendaRow.ReviewedDecision::textRu)
                .containsExactly("Усилить совместное патрулирование", "Открыть горячую линию");
        assertThat(agenda.items().get(1).titleRu()).isEqualTo("Незаконное пересечение границы");
        assertThat(agenda.items().get(1).carriedOver()).isTrue();
        assertThat(agenda.noticeProperty().get()).startsWith("Carried over from the previous meeting");
        assertThat(agenda.carryOverPossibleProperty().get()).isFalse();
        assertThat(agenda.carryOverHintProperty().get()).isEqualTo(english.get("agenda.carryOver.notEmpty"));
    }

    @Test
    void agendaWithItemsCannotBeCarriedOverAndTheTooltipSaysWhy() {
        AgendaViewModel agenda = shown(Messages.of(Language.CHINESE), opening);

        assertThat(agenda.carryOverPossibleProperty().get()).isFalse();
        assertThat(agenda.carryOverHintProperty().get()).isEqualTo(
                Messages.of(Language.CHINESE).get("agenda.carryOver.notEmpty"));
        assertThat(agenda.carryOver()).isFalse();
        assertThat(stored()).containsExactly(opening);
    }

    @Test
    void firstMeetingHasNothingToCarryOverFrom() {
        AgendaViewModel agenda = new AgendaViewModel(archive.agendaService, archive.schedule, english,
                new Formats(Language.ENGLISH));
        agenda.show(archive.previous.id());
        archive.agendas.save(archive.previous.id(), Agenda.EMPTY);
        agenda.reload();

        assertThat(agenda.carryOverPossibleProperty().get()).isFalse();
        assertThat(agenda.carryOverHintProperty().get()).isEqualTo(english.get("agenda.carryOver.noPrevious"));
    }

    @Test
    void previousMeetingWithNothingOpenLeavesTheAgendaEmptyAndSaysSo() {
        archive.agendas.save(archive.previous.id(), new Agenda(List.of(archive.situation)));
        archive.decisions.saveAll(archive.previous.id(), List.of(archive.handover));
        AgendaViewModel agenda = shown(english);

        assertThat(agenda.carryOver()).isFalse();

        assertThat(agenda.items()).isEmpty();
        assertThat(agenda.noticeProperty().get()).startsWith("Nothing is open at the previous meeting");
    }

    @Test
    void unreadableMeetingIsReportedAndDisablesThePane() {
        AgendaViewModel agenda = new AgendaViewModel(archive.agendaService, archive.schedule, english,
                new Formats(Language.ENGLISH));
        agenda.onProblem(problems::add);

        agenda.show(999);

        assertThat(agenda.meetingShownProperty().get()).isFalse();
        assertThat(agenda.items()).isEmpty();
        assertThat(agenda.newItem()).isEmpty();
        assertThat(problems).singleElement().extracting(Problem::headline)
                .isEqualTo(english.get("agenda.error.loadFailed"));
    }
}
