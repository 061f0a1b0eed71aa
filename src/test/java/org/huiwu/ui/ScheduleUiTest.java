// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.huiwu.app.HuiwuApp;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.service.ArchiveSession;
import org.huiwu.ui.meetings.MeetingRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleUiTest extends AppWindowTest {

    @Start
    void start(Stage stage) {
        newContext("schedule");
        launch(stage, HuiwuApp.withContext(context, UiTestArchive.sample(context)));
    }

    @Test
    void sampleArchiveShowsSampleInTheTitleAndTheLeadershipProposal(FxRobot robot) {
        UiTestArchive.unlock(robot, "sample");
        Stage stage = UiTestArchive.stage(robot);
        assertThat(stage.getTitle()).contains("SAMPLE");
        Label proposal = robot.lookup("#schedule-proposal .label").queryAs(Label.class);
        assertThat(proposal.getText()).contains("16 September 2027").contains("Бишкек");
    }

    @Test
    void newMeetingCreatedThroughTheEditorIsSavedWithItsDelegation(FxRobot robot) throws Exception {
        UiTestArchive.unlock(robot, "sample");
        robot.clickOn("#schedule-new");
        // A title is required: Save keeps the dialog open and says why.
        robot.clickOn("#meeting-editor-save");
        assertThat(robot.lookup("#meeting-editor").tryQuery()).isPresent();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
                .anyMatch(label -> label.isVisible() && label.getText().contains("title"));

        robot.clickOn("#meeting-title-zh").write("2027年第二季度边界代表会谈");
        robot.clickOn("#meeting-title-ru").write("Переговоры пограничных представителей, II квартал 2027 года");
        ComboBox<Place> place = robot.lookup("#meeting-place").queryComboBox();
        ComboBox<MeetingLevel> level = robot.lookup("#meeting-level").queryComboBox();
        DatePicker date = robot.lookup("#meeting-start-date").queryAs(DatePicker.class);
        robot.interact(() -> {
            level.setValue(MeetingLevel.TALKS);
            place.setValue(place.getItems().stream()
                    .filter(p -> p.name().ru().contains("Бедел")).findFirst().orElseThrow());
            date.setValue(LocalDate.of(2027, 6, 15));
        });
        ComboBox<Person> cnPerson = robot.lookup("#delegation-person-cn").queryComboBox();
        ComboBox<Person> kgPerson = robot.lookup("#delegation-person-kg").queryComboBox();
        robot.interact(() -> cnPerson.setValue(cnPerson.getItems().stream()
                .filter(p -> p.name().zh().equals("王建国")).findFirst().orElseThrow()));
        robot.clickOn("#delegation-add-cn");
        robot.interact(() -> kgPerson.setValue(kgPerson.getItems().stream()
                .filter(p -> p.name().ru().startsWith("Асанов")).findFirst().orElseThrow()));
        robot.clickOn("#delegation-add-kg");
        Label zones = robot.lookup("#meeting-both-zones").queryAs(Label.class);
        assertThat(zones.getText()).contains("12:00").contains("10:00");
        robot.clickOn("#meeting-editor-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#meeting-editor").tryQuery()).isEmpty();
        TableView<MeetingRow> table = robot.lookup("#schedule-table").queryTableView();
        MeetingRow selected = table.getSelectionModel().getSelectedItem();
        assertThat(selected.titleZh()).isEqualTo("2027年第二季度边界代表会谈");

        // What the UI confirmed is in the archive: lock the app (Ctrl+L closes the archive; an archive open in
        // this program cannot be opened a second time) and read it back through a session of the test's own.
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        try (ArchiveSession check = UiTestArchive.openSample(context)) {
            List<Meeting> meetings = check.schedule().meetings();
            Meeting saved = meetings.stream().filter(m -> m.title().zh().equals("2027年第二季度边界代表会谈"))
                    .findFirst().orElseThrow();
            assertThat(saved.title().ru()).isEqualTo("Переговоры пограничных представителей, II квартал 2027 года");
            assertThat(saved.hostSide()).isEqualTo(Side.KYRGYZSTAN);
            assertThat(saved.localStart().toLocalDate()).isEqualTo(LocalDate.of(2027, 6, 15));
            assertThat(saved.delegation()).extracting(m -> m.role() + "/" + m.side())
                    .containsExactlyInAnyOrder(DelegationRole.REPRESENTATIVE + "/" + Side.CHINA,
                            DelegationRole.REPRESENTATIVE + "/" + Side.KYRGYZSTAN);
        }
    }
}
