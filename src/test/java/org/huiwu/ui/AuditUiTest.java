// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.huiwu.app.HuiwuApp;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.ui.audit.AuditRow;
import org.huiwu.ui.search.Choice;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit area on the sample: Ctrl+9, filtering the trail, verifying it; not offered to the assistant. */
class AuditUiTest extends AppWindowTest {

    @Start
    void start(Stage stage) {
        newContext("audit");
        launch(stage, HuiwuApp.withContext(context, UiTestArchive.sample(context)));
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRepresentativeFiltersAndVerifiesTheTrail(FxRobot robot) throws Exception {
        UiTestArchive.unlock(robot, "sample");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT9);

        TableView<AuditRow> table = robot.lookup("#audit-table").queryTableView();
        int all = table.getItems().size();
        assertThat(all).isGreaterThan(20);
        assertThat(table.getItems().get(0).sequence()).isGreaterThan(table.getItems().get(1).sequence());
        // The sample's meetings, places and people all exist: every subject reads by its name, none by its UUID.
        assertThat(table.getItems()).extracting(AuditRow::subject)
                .noneMatch(subject -> subject.matches("(meeting|place|person):.*"))
                .anyMatch(subject -> subject.startsWith("Place: "));

        // Left at "Any", each box still says what it filters.
        assertThat(robot.lookup("#audit-user").queryComboBox().getValue()).hasToString("User: Any");
        ComboBox<Choice<AuditAction>> actions = robot.lookup("#audit-action").queryComboBox();
        assertThat(actions.getValue()).hasToString("Action: Any");
        robot.interact(() -> actions.setValue(actions.getItems().stream()
                .filter(choice -> choice.value() == AuditAction.FINALIZED).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(all)
                .extracting(AuditRow::action).containsOnly("Finalized");
        assertThat(robot.lookup("#audit-count").queryAs(Label.class).getText())
                .isEqualTo(table.getItems().size() + " of " + all + " entries");

        robot.clickOn("#audit-clear");
        robot.clickOn("#audit-text").write("user:");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(AuditRow::action).containsOnly("User added");
        assertThat(table.getItems()).extracting(AuditRow::subject).allMatch(subject -> subject.startsWith("User: "));

        robot.clickOn("#audit-verify");
        Label verdict = robot.lookup("#audit-verdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> verdict.getText().startsWith("Audit trail"));
        assertThat(verdict.getText()).startsWith("Audit trail intact: " + all + " entries");
        assertThat(verdict.getStyleClass()).contains("audit-intact");
    }

    @Test
    void theAssistantIsNotOfferedTheTrail(FxRobot robot) {
        UiTestArchive.unlock(robot, "assistant");

        assertThat(robot.lookup("#nav-audit").tryQuery()).isEmpty();
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT9);
        assertThat(robot.lookup("#audit-table").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-search").tryQuery()).isPresent();
    }
}
