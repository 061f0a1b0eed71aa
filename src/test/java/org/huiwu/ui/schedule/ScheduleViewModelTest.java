// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.schedule;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.huiwu.app.AppContext;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.ui.UiTestArchive;
import org.huiwu.ui.meetings.MeetingEditorViewModel;
import org.huiwu.ui.meetings.MeetingRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule's view model on the sample archive, without a JavaFX toolkit. */
class ScheduleViewModelTest {

    @TempDir
    Path home;

    private ArchiveSession session;
    private ScheduleViewModel viewModel;

    @BeforeEach
    void open() {
        AppContext context = UiTestArchive.context(home);
        UiTestArchive.sample(context);
        session = UiTestArchive.openSample(context);
        Messages messages = Messages.of(Language.ENGLISH);
        viewModel = new ScheduleViewModel(session.schedule(), session.registers(), messages,
                new Formats(Language.ENGLISH), context.clock());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void levelAndTextFiltersNarrowTheList() {
        int all = viewModel.meetings().size();
        viewModel.levelFilterProperty().set(MeetingLevel.LEADERSHIP);
        assertThat(viewModel.meetings()).hasSize(5).allMatch(r -> r.meeting().level() == MeetingLevel.LEADERSHIP);
        viewModel.textFilterProperty().set("бишкек");
        assertThat(viewModel.meetings()).hasSize(2);
        viewModel.levelFilterProperty().set(null);
        viewModel.textFilterProperty().set("");
        assertThat(viewModel.meetings()).hasSize(all);
    }

    @Test
    void monthCalendarShowsSixWeeksFromMondayWithTheMeetingsOfEachDay() {
        assertThat(viewModel.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
        viewModel.nextMonth();
        var days = viewModel.calendar();
        assertThat(days).hasSize(42);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(days).filteredOn(d -> d.date().equals(LocalDate.of(2026, 12, 15)))
                .singleElement().satisfies(d -> assertThat(d.meetings()).hasSize(1));
        assertThat(viewModel.monthTitle()).isEqualTo("December 2026");
    }

    @Test
    void leadershipProposalNamesTheDueDateAndTheOtherCapital() {
        assertThat(viewModel.proposalProperty().get()).contains("16 September 2027").contains("Бишкек")
                .contains("Kyrgyzstan");
        assertThat(viewModel.proposalOverdueProperty().get()).isFalse();
        MeetingEditorViewModel editor = viewModel.planProposal().orElseThrow();
        assertThat(editor.levelProperty().get()).isEqualTo(MeetingLevel.LEADERSHIP);
        assertThat(editor.placeProperty().get().name().ru()).isEqualTo("Бишкек");
        assertThat(editor.save()).isTrue();
        viewModel.saved(editor);
        // Planned now: the rotation no longer proposes it.
        assertThat(viewModel.proposalProperty().get()).isEmpty();
    }

    @Test
    void postponingMovesTheMeetingAtTheSameLocalTimeAndMarksIt() {
        MeetingRow planned = viewModel.meetings().stream()
                .filter(r -> r.localDate().equals(LocalDate.of(2026, 12, 15))).findFirst().orElseThrow();
        viewModel.select(planned.id());
        viewModel.postponeSelected(LocalDate.of(2027, 1, 12));
        MeetingRow moved = viewModel.selectedProperty().get();
        assertThat(moved.meeting().status()).isEqualTo(MeetingStatus.POSTPONED);
        assertThat(moved.localDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(moved.meeting().localStart().toLocalTime()).isEqualTo(planned.meeting().localStart().toLocalTime());
        viewModel.cancelSelected();
        assertThat(session.schedule().meeting(planned.id()).status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void editorRefusesAMeetingWithoutTitleAndKeepsWhatWasTyped() {
        MeetingEditorViewModel editor = viewModel.newMeeting(LocalDate.of(2027, 2, 1));
        editor.placeProperty().set(editor.places().get(0));
        editor.startTimeProperty().set("25:99");
        assertThat(editor.save()).isFalse();
        assertThat(editor.timeErrorProperty().get()).isNotEmpty();
        editor.startTimeProperty().set("9:30");
        assertThat(editor.save()).isFalse();
        assertThat(editor.titleErrorProperty().get()).contains("title");
        assertThat(editor.startTimeProperty().get()).isEqualTo("9:30");
        editor.titleRuProperty().set("Рабочая встреча");
        assertThat(editor.save()).isTrue();
    }
}
