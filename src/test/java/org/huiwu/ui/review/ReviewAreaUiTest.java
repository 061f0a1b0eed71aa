// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.huiwu.app.HuiwuApp;
import org.huiwu.ui.AppWindowTest;
import org.huiwu.ui.UiTestArchive;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Review mode reached as a deputy reaches it in the whole app: from the record, by its area key, from a timeline. */
class ReviewAreaUiTest extends AppWindowTest {

    @Start
    void start(Stage stage) {
        newContext("review");
        launch(stage, HuiwuApp.withContext(context, UiTestArchive.sample(context)));
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRecordsMeetingOpensInReviewWithCtrlRAndTheAreaStaysOnCtrl7(FxRobot robot) {
        UiTestArchive.unlock(robot, "sample");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        ComboBox<?> record = robot.lookup("#record-meeting").queryComboBox();
        String recordMeeting = record.getValue().toString();

        key(robot, KeyCode.CONTROL, KeyCode.R);

        assertThat(robot.lookup("#review-view").tryQuery()).isPresent();
        ComboBox<ReviewViewModel.MeetingChoice> review = robot.lookup("#review-meeting").queryComboBox();
        assertThat(review.getValue().label()).isEqualTo(recordMeeting);
        assertThat(robot.lookup("#review-pairs").queryListView().getItems()).isNotEmpty();
        ReviewUi.assertNothingEditable(robot);

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(robot.lookup("#review-view").tryQuery()).isEmpty();
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        assertThat(robot.lookup("#review-view").tryQuery()).isPresent();
    }

    @Test
    void theSelectedMeetingOfTheMeetingsListOpensInReview(FxRobot robot) {
        UiTestArchive.unlock(robot, "sample");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        ListView<?> meetings = robot.lookup("#meetings-list").queryListView();
        robot.interact(() -> meetings.getSelectionModel().select(meetings.getItems().size() - 1));
        String title = robot.lookup("#meeting-detail-title-zh").queryLabeled().getText();

        robot.clickOn("#meeting-detail-review");
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<ReviewViewModel.MeetingChoice> review = robot.lookup("#review-meeting").queryComboBox();
        assertThat(review.getValue().label()).contains(title);
    }

    @Test
    void anOpenItemOpensItsMeetingInReview(FxRobot robot) {
        UiTestArchive.unlock(robot, "sample");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        robot.clickOn("#review-tab-openItems");
        ListView<org.huiwu.ui.record.DecisionRow> open = robot.lookup("#review-view #open-items-list")
                .queryListView();
        assertThat(open.getItems()).isNotEmpty().allMatch(row -> row.decision().isOpen());
        org.huiwu.ui.record.DecisionRow first = open.getItems().get(0);
        robot.interact(() -> {
            open.getSelectionModel().select(first);
            open.requestFocus();
        });
        key(robot, KeyCode.ENTER);

        ComboBox<ReviewViewModel.MeetingChoice> review = robot.lookup("#review-meeting").queryComboBox();
        assertThat(review.getValue().id()).isEqualTo(first.decision().meetingId());
        assertThat(robot.lookup("#review-decisions").queryListView().getItems()).isNotEmpty();
    }

    @Test
    void aTimelineOfATermListsMeetingsOldestFirstAndAnEntryOpensInReview(FxRobot robot) {
        UiTestArchive.unlock(robot, "sample");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        robot.clickOn("#review-tab-timeline");
        ComboBox<TimelineViewModel.SubjectKind> kind = robot.lookup("#timeline-kind").queryComboBox();
        robot.interact(() -> kind.setValue(TimelineViewModel.SubjectKind.TERM));
        robot.clickOn("#timeline-term").write("会晤站");
        key(robot, KeyCode.ENTER);

        ListView<TimelineViewModel.EntryLine> entries = robot.lookup("#timeline-entries").queryListView();
        List<TimelineViewModel.EntryLine> found = List.copyOf(entries.getItems());
        assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e.zh() + e.ru()).containsAnyOf("会晤站"));
        assertThat(found.stream().map(TimelineViewModel.EntryLine::meetingId).distinct().count()).isGreaterThan(1);

        TimelineViewModel.EntryLine last = found.get(found.size() - 1);
        robot.interact(() -> {
            entries.getSelectionModel().select(last);
            entries.requestFocus();
        });
        key(robot, KeyCode.ENTER);

        TabPane tabs = robot.lookup("#review-tabs").query();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("review-tab-meeting");
        ComboBox<ReviewViewModel.MeetingChoice> review = robot.lookup("#review-meeting").queryComboBox();
        assertThat(review.getValue().id()).isEqualTo(last.meetingId());
        ListView<ReviewViewModel.PairLine> pairs = robot.lookup("#review-pairs").queryListView();
        if (last.kind().startsWith("Clause")) {
            assertThat(pairs.getSelectionModel().getSelectedItem().uuid()).isEqualTo(last.uuid());
        }
    }
}
