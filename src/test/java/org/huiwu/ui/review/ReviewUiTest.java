// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.huiwu.app.AppContext;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.note.NoteSubject;
import org.huiwu.domain.note.PrivateNote;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.settings.Theme;
import org.huiwu.ui.UiTestArchive;
import org.huiwu.ui.common.Fonts;
import org.huiwu.ui.common.Themes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review mode over the sample archive: the draft meeting of 13 October 2026 opened read-only at its second clause,
 * a private note written from the keyboard, and the protocol of that meeting without it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReviewUiTest {

    private static final String NOTE = "私人备注：勿外传 Ң Ө Ү — только для нашей стороны";

    @TempDir
    static Path home;

    private final ReviewFocus focus = new ReviewFocus();
    private ArchiveSession session;
    private long meeting;
    private Minutes before;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Themes.apply(Theme.LIGHT);
        AppContext context = UiTestArchive.context(home.resolve("h" + System.nanoTime()));
        UiTestArchive.sample(context);
        session = UiTestArchive.openSample(context);
        meeting = UiTestArchive.latestMeetingWithMinutes(session, false);
        before = session.minutes().current(meeting);
        ReviewView area = ReviewUi.reviewArea(session, stage, Messages.of(Language.ENGLISH), focus,
                Clock.fixed(UiTestArchive.NOW, ZoneId.of("Asia/Bishkek")));
        Scene scene = new Scene((Parent) area.root(), 1300, 850);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aMeetingOpensReadOnlyAtTheChosenClauseWithBothTexts(FxRobot robot) {
        AlignedPair second = before.pairs().get(1);
        robot.interact(() -> focus.openReview(meeting, second.uuid()));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<ReviewViewModel.PairLine> pairs = robot.lookup("#review-pairs").queryListView();
        assertThat(pairs.getItems()).extracting(ReviewViewModel.PairLine::zh)
                .containsExactlyElementsOf(before.pairs().stream().map(p -> p.zh().text()).toList());
        assertThat(pairs.getItems()).extracting(ReviewViewModel.PairLine::ru)
                .containsExactlyElementsOf(before.pairs().stream().map(p -> p.ru().text()).toList());
        assertThat(pairs.getSelectionModel().getSelectedItem().uuid()).isEqualTo(second.uuid());
        ComboBox<ReviewViewModel.MeetingChoice> picker = robot.lookup("#review-meeting").queryComboBox();
        assertThat(picker.getValue().id()).isEqualTo(meeting);
        ComboBox<ReviewViewModel.VersionChoice> version = robot.lookup("#review-version").queryComboBox();
        assertThat(version.getValue().version()).isEqualTo(before.version());
        assertThat(robot.lookup("#review-note-target").queryLabeled().getText()).isEqualTo("New note on clause 2");
        ReviewUi.assertNothingEditable(robot);

        // Typing and the editor's keys on a clause change nothing: there is nothing to type into.
        robot.clickOn("#review-pairs").write("改").press(KeyCode.DELETE).release(KeyCode.DELETE);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.minutes().versions(meeting)).last().isEqualTo(before);
    }

    @Test
    void aPrivateNoteOnAClauseIsListedButAbsentFromTheProtocol(FxRobot robot) {
        AlignedPair second = before.pairs().get(1);
        robot.interact(() -> focus.openReview(meeting, second.uuid()));
        WaitForAsyncUtils.waitForFxEvents();

        ReviewUi.writeNote(robot, NOTE);

        List<PrivateNote> stored = session.notes().ofMeeting(meeting);
        assertThat(stored).singleElement().satisfies(note -> {
            assertThat(note.text()).isEqualTo(NOTE);
            assertThat(note.subject()).isEqualTo(NoteSubject.PAIR);
            assertThat(note.subjectUuid()).isEqualTo(second.uuid());
            assertThat(note.side()).isEqualTo(session.info().homeSide());
        });
        ListView<ReviewViewModel.NoteLine> notes = robot.lookup("#review-notes").queryListView();
        assertThat(notes.getItems()).extracting(ReviewViewModel.NoteLine::about, ReviewViewModel.NoteLine::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("clause 2", NOTE));
        assertThat(robot.lookup("#review-note-text").queryTextInputControl().getText()).isEmpty();

        String protocol = ReviewUi.protocolText(session, meeting).replaceAll("\\s+", "");
        // The clause the note is on is printed, so the note's absence is not the extraction failing.
        assertThat(protocol).contains(second.zh().text().replaceAll("\\s+", "").substring(0, 6));
        assertThat(protocol).doesNotContain("私人备注").doesNotContain("勿外传").doesNotContain("нашейстороны");
    }
}
