// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.huiwu.app.HuiwuApp;
import org.huiwu.service.importing.WordFiles;
import org.huiwu.ui.AppWindowTest;
import org.huiwu.ui.UiTestArchive;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing a Word table of past minutes as a user does it, on the sample archive: the shortcut opens the dialog,
 * the file is previewed, nothing is saved until Import, then the minutes of the new meeting show the clauses.
 */
class ImportMinutesUiTest extends AppWindowTest {

    private static final String ZH = "双方同意加强边境管理合作。";
    private static final String RU = "Стороны согласились усилить сотрудничество.";

    /** The clauses of the meeting the record shows first (the sample's latest talks, a draft). */
    private int clausesShownFirst;

    @Start
    void start(Stage stage) {
        newContext("import");
        Path sample = UiTestArchive.sample(context);
        try (org.huiwu.service.ArchiveSession session = UiTestArchive.openSample(context)) {
            long draft = UiTestArchive.latestMeetingWithMinutes(session, false);
            clausesShownFirst = session.minutes().current(draft).pairs().size();
        }
        launch(stage, HuiwuApp.withContext(context, sample));
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#import-status").queryAs(Label.class).getText();
    }

    @Test
    void aWordTableIsPreviewedThenImportedIntoANewMeetingAndShownInItsMinutes(FxRobot robot) throws Exception {
        Path file = WordFiles.write(dataFolder.resolve("talks-2019.docx"), WordFiles.docx(List.of(
                List.of("中文", "Русский"), List.of(ZH, RU), List.of("下次会谈另行商定。", ""))));
        UiTestArchive.unlock(robot, "sample");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(robot.lookup("#record-import").tryQuery()).isPresent();
        int meetingsBefore = robot.lookup("#record-meeting").queryAs(ComboBox.class).getItems().size();

        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        assertThat(robot.lookup("#dialog-import").tryQuery()).isPresent();
        assertThat(robot.lookup("#import-run").queryButton().isDisabled()).isTrue();
        robot.clickOn("#import-path").write(file.toString());
        key(robot, KeyCode.ENTER);

        @SuppressWarnings("unchecked")
        TableView<PreviewRow> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        waitFor(robot, () -> preview.getItems().size() == 2);
        assertThat(preview.getItems()).containsExactly(new PreviewRow(1, ZH, RU, ""),
                new PreviewRow(2, "下次会谈另行商定。", "", "No Russian text"));
        assertThat(robot.lookup(".table-cell").match(node -> node instanceof javafx.scene.control.Labeled l
                && ZH.equals(l.getText())).tryQuery()).isPresent();
        assertThat(status(robot)).isEqualTo("2 pairs, 1 of them flagged. Nothing is saved until you press Import.");
        // Previewed only: the record still lists the same meetings.
        assertThat(robot.lookup("#record-meeting").queryAs(ComboBox.class).getItems()).hasSize(meetingsBefore);

        robot.clickOn("#import-target-new");
        robot.interact(() -> robot.lookup("#import-date").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2019, 5, 14)));
        robot.clickOn("#import-run");
        waitFor(robot, () -> status(robot).startsWith("Imported"));
        assertThat(status(robot)).isEqualTo("Imported 2 pairs into “导入的纪要：talks-2019 · "
                + "Импортированный протокол: talks-2019”.");
        robot.clickOn("#import-close");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#dialog-import").tryQuery()).isEmpty();
        ComboBox<?> picker = robot.lookup("#record-meeting").queryAs(ComboBox.class);
        assertThat(picker.getItems()).hasSize(meetingsBefore + 1);
        assertThat(picker.getValue().toString()).contains("导入的纪要：talks-2019");
        waitFor(robot, () -> robot.lookup("#pair-2-zh").tryQuery().isPresent());
        assertThat(robot.lookup("#pair-1-zh").queryAs(StyleClassedTextArea.class).getText()).isEqualTo(ZH);
        assertThat(robot.lookup("#pair-1-ru").queryAs(StyleClassedTextArea.class).getText()).isEqualTo(RU);
        assertThat(robot.lookup("#pair-2-zh").queryAs(StyleClassedTextArea.class).getText())
                .isEqualTo("下次会谈另行商定。");
        assertThat(robot.lookup("#pair-2-ru").queryAs(StyleClassedTextArea.class).getText()).isEmpty();
    }

    @Test
    void clausesImportedIntoTheMeetingShownFollowItsOwnInTheMinutes(FxRobot robot) throws Exception {
        Path file = WordFiles.write(dataFolder.resolve("more.docx"), WordFiles.docx(List.of(List.of(ZH, RU))));
        UiTestArchive.unlock(robot, "sample");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        String shown = robot.lookup("#record-meeting").queryAs(ComboBox.class).getValue().toString();
        assertThat(shown).startsWith("13 October 2026");

        robot.clickOn("#record-import");
        assertThat(robot.lookup("#import-target-current").queryAs(javafx.scene.control.RadioButton.class)
                .isSelected()).isTrue();
        robot.clickOn("#import-path").write(file.toString());
        key(robot, KeyCode.ENTER);
        waitFor(robot, () -> status(robot).startsWith("1 pair,"));
        robot.clickOn("#import-run");
        waitFor(robot, () -> status(robot).startsWith("Imported"));
        robot.clickOn("#import-close");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#record-meeting").queryAs(ComboBox.class).getValue().toString()).isEqualTo(shown);
        // Walk down to the clause after the meeting's own ones, as a user would with the keyboard.
        robot.clickOn("#pair-1-zh");
        int imported = clausesShownFirst + 1;
        for (int i = 1; i < imported; i++) {
            key(robot, KeyCode.CONTROL, KeyCode.DOWN);
        }
        waitFor(robot, () -> robot.lookup("#pair-" + imported + "-zh").tryQuery().isPresent());
        assertThat(robot.lookup("#pair-" + imported + "-zh").queryAs(StyleClassedTextArea.class).getText())
                .isEqualTo(ZH);
        assertThat(robot.lookup("#pair-" + imported + "-ru").queryAs(StyleClassedTextArea.class).getText())
                .isEqualTo(RU);
        assertThat(robot.lookup("#pair-" + (imported + 1) + "-zh").tryQuery()).isEmpty();
    }

    @Test
    void aFileWithoutBothLanguagesIsExplainedInTheDialogAndImportStaysOff(FxRobot robot) throws Exception {
        Path file = WordFiles.write(dataFolder.resolve("english.docx"),
                WordFiles.docx(List.of(List.of("Minutes", "of the talks"))));
        UiTestArchive.unlock(robot, "sample");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("#record-import");
        robot.clickOn("#import-path").write(file.toString());
        key(robot, KeyCode.ENTER);

        waitFor(robot, () -> status(robot).startsWith("english.docx"));
        assertThat(status(robot)).startsWith("english.docx has no table with a Chinese and a Russian column.");
        assertThat(robot.lookup("#import-status").queryAs(Label.class).getStyleClass()).contains("field-error");
        assertThat(robot.lookup("#import-run").queryButton().isDisabled()).isTrue();
        robot.clickOn("#import-close");
    }
}
