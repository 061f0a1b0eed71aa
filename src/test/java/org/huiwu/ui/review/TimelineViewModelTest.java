// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.review.ReviewFixture;
import org.huiwu.service.review.TimelineSubject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineViewModelTest {

    private final ReviewFixture fixture = new ReviewFixture();
    private final TimelineViewModel timeline = new TimelineViewModel(fixture::timelineService,
            fixture.registers.service(), Messages.of(Language.ENGLISH), new Formats(Language.ENGLISH));

    @Test
    void anAreaTimelineListsEntriesOldestFirstWithBothTexts() {
        timeline.kindProperty().set(TimelineViewModel.SubjectKind.AREA);
        timeline.optionProperty().set(timeline.options().stream()
                .filter(o -> o.subject().equals(new TimelineSubject.InArea(CooperationArea.ILLEGAL_MIGRATION)))
                .findFirst().orElseThrow());

        assertThat(timeline.show()).isTrue();

        assertThat(timeline.entries()).extracting(TimelineViewModel.EntryLine::kind)
                .containsExactly("Agenda item 1", "Clause 1", "Clause 2", "Decision 1", "Decision 2");
        assertThat(timeline.entries().get(1).zh()).isEqualTo("双方交换了非法越界情况。");
        assertThat(timeline.entries().get(1).ru()).startsWith("Стороны обменялись");
        assertThat(timeline.entries().get(3).status()).isEqualTo("Done");
        assertThat(timeline.summaryProperty().get()).isEqualTo("Entries: 5 · meetings: 1");
    }

    @Test
    void theKindDecidesTheChoicesAndATermNeedsText() {
        timeline.kindProperty().set(TimelineViewModel.SubjectKind.PLACE);
        assertThat(timeline.options()).extracting(TimelineViewModel.Option::label)
                .containsExactlyInAnyOrder("吐尔尕特 · Торугарт", "别迭里 · Бедел");
        timeline.kindProperty().set(TimelineViewModel.SubjectKind.CATEGORY);
        assertThat(timeline.options()).hasSize(8);

        timeline.kindProperty().set(TimelineViewModel.SubjectKind.TERM);
        assertThat(timeline.options()).isEmpty();
        assertThat(timeline.canShowProperty().get()).isFalse();
        assertThat(timeline.show()).isFalse();
        timeline.termProperty().set("界碑");
        assertThat(timeline.show()).isTrue();
        assertThat(timeline.entries()).extracting(TimelineViewModel.EntryLine::uuid)
                .containsExactly(fixture.springBoundary.uuid());
    }

    @Test
    void choosingAnEntryOpensItsMeetingInReviewAtTheEntry() {
        List<String> opened = new ArrayList<>();
        timeline.onOpenReview((meeting, focus) -> opened.add(meeting + " " + focus));
        timeline.kindProperty().set(TimelineViewModel.SubjectKind.TERM);
        timeline.termProperty().set("горячую");
        timeline.show();

        assertThat(timeline.openSelected()).isFalse();
        timeline.selectedProperty().set(timeline.entries().get(0));
        assertThat(timeline.openSelected()).isTrue();

        UUID hotline = fixture.hotline.uuid();
        assertThat(opened).containsExactly(fixture.march.id() + " " + hotline);
    }
}
