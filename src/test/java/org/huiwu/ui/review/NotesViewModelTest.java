// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import java.util.ArrayList;
import java.util.List;

import org.huiwu.domain.note.NoteSubject;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.review.ReviewFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotesViewModelTest {

    private final ReviewFixture fixture = new ReviewFixture();
    private final NotesViewModel notes = new NotesViewModel(fixture.notes, fixture.reviewService(),
            Messages.of(Language.ENGLISH), new Formats(Language.ENGLISH));

    @Test
    void allNotesAreListedWithTheirMeetingAndNarrowedByTheFilter() {
        fixture.notes.add(fixture.march.id(), NoteSubject.PAIR, fixture.marchFirst.uuid(), "Ң Ө Ү уточнить");
        fixture.notes.add(fixture.spring.id(), NoteSubject.MEETING, fixture.spring.uuid(), "春季备注");

        notes.reload();
        assertThat(notes.notes()).extracting(NotesViewModel.NoteLine::about)
                .containsExactlyInAnyOrder("Clause", "Meeting");
        assertThat(notes.notes()).filteredOn(n -> n.text().equals("春季备注")).singleElement()
                .satisfies(n -> assertThat(n.meeting()).contains("春季会谈"));

        notes.filterProperty().set("ң ө");
        assertThat(notes.notes()).extracting(NotesViewModel.NoteLine::text).containsExactly("Ң Ө Ү уточнить");
        assertThat(notes.summaryProperty().get()).isEqualTo("Notes shown: 1 of 2");
        notes.filterProperty().set("Весенние");
        assertThat(notes.notes()).extracting(NotesViewModel.NoteLine::text).containsExactly("春季备注");
    }

    @Test
    void choosingANoteOpensReviewAtWhatItIsWrittenOn() {
        List<String> opened = new ArrayList<>();
        notes.onOpenReview((meeting, focus) -> opened.add(meeting + " " + focus));
        fixture.notes.add(fixture.march.id(), NoteSubject.DECISION, fixture.hotline.uuid(), "热线");
        fixture.notes.add(fixture.september.id(), NoteSubject.MEETING, fixture.september.uuid(), "整体");
        notes.reload();

        for (NotesViewModel.NoteLine line : List.copyOf(notes.notes())) {
            notes.selectedProperty().set(line);
            notes.openSelected();
        }

        assertThat(opened).containsExactlyInAnyOrder(fixture.march.id() + " " + fixture.hotline.uuid(),
                fixture.september.id() + " null");
    }
}
