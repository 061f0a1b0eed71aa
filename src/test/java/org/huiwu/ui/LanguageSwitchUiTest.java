// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.huiwu.app.HuiwuApp;
import org.huiwu.i18n.Language;
import org.huiwu.ui.meetings.MeetingRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchUiTest extends AppWindowTest {

    @Start
    void start(Stage stage) {
        newContext("language");
        launch(stage, HuiwuApp.withContext(context, UiTestArchive.sample(context)));
    }

    @Test
    void choosingALanguageInSettingsRebuildsTheWindowAtOnceAndIsRemembered(FxRobot robot) throws Exception {
        UiTestArchive.unlock(robot, "sample");
        assertThat(robot.lookup("#nav-schedule").queryAs(ToggleButton.class).getText()).isEqualTo("Schedule");
        robot.clickOn("#nav-settings");
        choose(robot, Language.CHINESE);

        assertThat(robot.lookup("#nav-schedule").queryAs(ToggleButton.class).getText()).isEqualTo("日程");
        // The window stays on the area the user was in.
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(UiTestArchive.stage(robot).getTitle()).contains("示例");
        assertThat(Files.readString(dataFolder.resolve("settings.properties"), StandardCharsets.UTF_8))
                .contains("language=zh");

        robot.clickOn("#nav-schedule");
        TableView<MeetingRow> table = robot.lookup("#schedule-table").queryTableView();
        assertThat(table.getItems().get(0).startLocal()).isEqualTo("2018年10月16日 10:00");
        assertThat(table.getItems().get(0).level()).isEqualTo("领导会晤");

        robot.clickOn("#nav-settings");
        choose(robot, Language.RUSSIAN);
        assertThat(robot.lookup("#nav-schedule").queryAs(ToggleButton.class).getText()).isEqualTo("График");
        robot.clickOn("#nav-schedule");
        table = robot.lookup("#schedule-table").queryTableView();
        assertThat(table.getItems().get(0).startLocal().replace('\u00A0', ' '))
                .isEqualTo("16 октября 2018 г. 10:00");
        // Records stay in both languages whatever the UI speaks.
        assertThat(table.getItems().get(0).title()).contains("领导会晤").contains("встреча руководства");
    }

    private static void choose(FxRobot robot, Language language) {
        ComboBox<Language> box = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> box.setValue(language));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
