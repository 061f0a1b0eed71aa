// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.domain.note.NoteSubject;
import org.huiwu.domain.note.PrivateNote;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.review.ReviewFixture;
import org.huiwu.ui.record.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Review mode without a toolkit, over three talks in memory. */
class ReviewViewModelTest {

    private final ReviewFixture fixture = new ReviewFixture();
    private final Messages english = Messages.of(Language.ENGLISH);
    private final ReviewViewModel review = new ReviewViewModel(fixture.reviewService(), fixture.notes, english,
            new Formats(Language.ENGLISH), ReviewFixture.CLOCK);

    @Test
    void aMeetingOpensOnItsNewestVersionWithBothTextsOfEachClause() {
        review.open(fixture.march.id(), null);

        assertThat(review.meetingProperty().get().id()).isEqualTo(fixture.march.id());
        assertThat(review.versions()).extracting(ReviewViewModel.VersionChoice::version).containsExactly(1, 2);
        assertThat(review.versionProperty().get().version()).isEqualTo(2);
        assertThat(review.pairs()).extracting(ReviewViewModel.PairLine::number, ReviewViewModel.PairLine::zh,
                        ReviewViewModel.PairLine::ru)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "双方交换了非法越界情况。",
                                "Стороны обменялись сведениями о незаконных пересечениях."),
                        org.assertj.core.groups.Tuple.tuple(2, "双方同意加强巡逻。",
                                "Стороны согласились усилить патрулирование."));
        assertThat(review.summaryProperty().get()).contains("吐尔尕特 · Торугарт").contains("minutes:");
    }

    @Test
    void anOlderVersionCanBeReadInstead() {
        review.open(fixture.march.id(), null);
        review.versionProperty().set(review.versions().get(0));

        assertThat(review.pairs()).extracting(ReviewViewModel.PairLine::zh).containsExactly("双方交换了情况。");
    }

    @Test
    void decisionsShowTheirStatusDueDateAndWhereLaterMeetingsReviewedThem() {
        review.open(fixture.march.id(), null);

        ReviewViewModel.DecisionLine patrols = review.decisions().get(0);
        ReviewViewModel.DecisionLine hotline = review.decisions().get(1);
        assertThat(patrols.status()).isEqualTo("Done");
        assertThat(patrols.fate()).startsWith("Reviewed at: ").contains("九月会谈").doesNotContain("春季会谈");
        assertThat(hotline.fate()).contains("九月会谈").contains("春季会谈");
        // Due 1 June 2025 and still in progress at the fixture's today (November 2026).
        assertThat(hotline.overdue()).isTrue();
        assertThat(patrols.overdue()).isFalse();

        review.open(fixture.spring.id(), null);
        assertThat(review.decisions()).isEmpty();
    }

    @Test
    void theAgendaShowsItsArticleTags() {
        review.open(fixture.march.id(), null);

        assertThat(review.items().get(0).tags()).contains("Art. 2 (3)").contains("Art. 4 (2)");
        assertThat(review.items().get(1).tags()).isEmpty();
    }

    @Test
    void aFocusedClauseIsWhatTheNextNoteIsWrittenOn() {
        review.open(fixture.march.id(), fixture.marchSecond.uuid());

        assertThat(review.focusProperty().get()).isEqualTo(fixture.marchSecond.uuid());
        assertThat(review.noteTargetProperty().get().subject()).isEqualTo(NoteSubject.PAIR);
        assertThat(review.noteTargetProperty().get().label()).isEqualTo("clause 2");
    }

    @Test
    void aNoteIsSavedOnTheChosenClauseForTheHomeSideAndMarksIt() {
        review.open(fixture.march.id(), null);
        assertThat(review.canAddNoteProperty().get()).isFalse();
        review.target(fixture.marchFirst.uuid());
        review.noteDraftProperty().set("Ң Ө Ү — уточнить 边境");

        assertThat(review.canAddNoteProperty().get()).isTrue();
        assertThat(review.addNote()).isTrue();

        List<PrivateNote> stored = fixture.noteStore.findAll();
        assertThat(stored).singleElement().satisfies(note -> {
            assertThat(note.subject()).isEqualTo(NoteSubject.PAIR);
            assertThat(note.subjectUuid()).isEqualTo(fixture.marchFirst.uuid());
            assertThat(note.side()).isEqualTo(fixture.notes.side());
            assertThat(note.text()).isEqualTo("Ң Ө Ү — уточнить 边境");
        });
        assertThat(review.noteDraftProperty().get()).isEmpty();
        assertThat(review.notes()).extracting(ReviewViewModel.NoteLine::about, ReviewViewModel.NoteLine::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("clause 1", "Ң Ө Ү — уточнить 边境"));
        assertThat(review.pairs()).extracting(ReviewViewModel.PairLine::noted).containsExactly(true, false);
    }

    @Test
    void notesOnAnItemADecisionAndTheMeetingAreListedAndOneCanBeRemoved() {
        review.open(fixture.march.id(), null);
        review.noteDraftProperty().set("整体备注");
        review.addNote();
        review.target(fixture.hotline.uuid());
        review.noteDraftProperty().set("热线进展");
        review.addNote();
        review.target(fixture.otherItem.uuid());
        review.noteDraftProperty().set("культура");
        review.addNote();

        assertThat(review.notes()).extracting(ReviewViewModel.NoteLine::about)
                .containsExactlyInAnyOrder("the meeting as a whole", "decision 2", "agenda item 2");
        assertThat(review.decisions().get(1).noted()).isTrue();

        review.selectedNoteProperty().set(review.notes().stream().filter(n -> n.text().equals("热线进展"))
                .findFirst().orElseThrow());
        assertThat(review.removeSelectedNote()).isTrue();
        assertThat(review.notes()).hasSize(2);
        assertThat(review.decisions().get(1).noted()).isFalse();
        assertThat(fixture.noteStore.findAll()).hasSize(2);
    }

    @Test
    void readingTheMeetingAgainShowsChangesButKeepsTheNoteBeingWritten() {
        review.open(fixture.march.id(), null);
        review.target(fixture.marchSecond.uuid());
        review.noteDraftProperty().set("未写完的备注");
        fixture.decisions.saveAll(fixture.march.id(), java.util.List.of(fixture.patrols));

        review.reload();

        assertThat(review.decisions()).hasSize(1);
        assertThat(review.noteDraftProperty().get()).isEqualTo("未写完的备注");
        assertThat(review.noteTargetProperty().get().uuid()).isEqualTo(fixture.marchSecond.uuid());

        review.open(fixture.september.id(), null);
        assertThat(review.noteDraftProperty().get()).isEmpty();
        assertThat(review.noteTargetProperty().get().subject()).isEqualTo(NoteSubject.MEETING);
    }

    @Test
    void aBlankNoteIsNotSaved() {
        review.open(fixture.march.id(), null);
        review.noteDraftProperty().set("   ");

        assertThat(review.canAddNoteProperty().get()).isFalse();
        assertThat(review.addNote()).isFalse();
        assertThat(fixture.noteStore.findAll()).isEmpty();
    }

    @Test
    void aMeetingThatCannotBeReadIsReportedInTheUsersLanguage() {
        List<Problem> problems = new ArrayList<>();
        review.onProblem(problems::add);

        review.open(999, null);

        assertThat(problems).extracting(Problem::headline)
                .containsExactly(english.get("review.error.loadFailed"));
    }
}
