// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.huiwu.app.HuiwuApp;
import org.huiwu.ui.AppWindowTest;
import org.huiwu.ui.UiTestArchive;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The minutes editor as a user drives it, on the sample archive: edit a clause and see the other language go stale,
 * agree both sides by keyboard, finalize, reopen, compare the versions; and write new minutes with the keyboard
 * only, with undo and redo across typing and splitting.
 */
class MinutesEditorUiTest extends AppWindowTest {

    @Start
    void start(Stage stage) {
        newContext("minutes");
        launch(stage, HuiwuApp.withContext(context, UiTestArchive.sample(context)));
    }

    private void openRecord(FxRobot robot) {
        UiTestArchive.unlock(robot, "sample");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#minutes-pane").tryQuery()).isPresent();
    }

    private String state(FxRobot robot, int clause, String language) {
        return robot.lookup("#pair-" + clause + "-state-" + language).queryAs(Label.class).getText();
    }

    private StyleClassedTextArea area(FxRobot robot, int clause, String language) {
        return robot.lookup("#pair-" + clause + "-" + language).queryAs(StyleClassedTextArea.class);
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Enter on the "agree anyway?" question if it came up; returns 1 if it did. */
    private int confirmIfAsked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#dialog-confirmation").tryQuery().isEmpty()) {
            return 0;
        }
        key(robot, KeyCode.ENTER);
        return 1;
    }

    /** Clicks into the text and puts the caret at its end. */
    private void into(FxRobot robot, int clause, String language) {
        StyleClassedTextArea area = area(robot, clause, language);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
    }

    @Test
    void editingOneSideMakesTheOtherStaleThenBothAgreeFinalizeReopenAndCompare(FxRobot robot) throws Exception {
        openRecord(robot);
        // The latest talks (13 October 2026) are being written: clauses 1-3 agreed, 4 has a stale Russian side.
        assertThat(robot.lookup("#minutes-state").queryAs(Label.class).getText()).contains("Version 1")
                .contains("Draft");
        assertThat(state(robot, 1, "ru")).startsWith("Agreed");
        assertThat(state(robot, 4, "ru")).contains("must look again");

        into(robot, 1, "zh");
        robot.write("双方对此表示满意。");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state(robot, 1, "ru")).as("the Russian side agreed the old Chinese text").contains("must look again");
        assertThat(robot.lookup("#pair-1 .diff-inserted").tryQuery()).isPresent();

        // Agree every clause in both languages by keyboard: Ctrl+Shift+A, Tab to the other language, Ctrl+Down.
        // A clause with open parity findings asks first; Enter confirms.
        into(robot, 1, "zh");
        int confirmed = 0;
        for (int clause = 1; clause <= 7; clause++) {
            key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
            confirmed += confirmIfAsked(robot);
            key(robot, KeyCode.TAB);
            key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
            confirmed += confirmIfAsked(robot);
            key(robot, KeyCode.TAB);
            if (clause < 7) {
                key(robot, KeyCode.CONTROL, KeyCode.DOWN);
            }
        }
        assertThat(state(robot, 7, "zh")).startsWith("Agreed");
        assertThat(state(robot, 7, "ru")).startsWith("Agreed");
        assertThat(confirmed).as("asked for both sides of clause 1 (now longer in Chinese) and of clause 4 (7 vs 6)")
                .isEqualTo(4);
        assertThat(robot.lookup("#minutes-state").queryAs(Label.class).getText()).contains("Agreed by both");

        robot.clickOn("#minutes-finalize");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#minutes-state").queryAs(Label.class).getText()).contains("Final");
        assertThat(area(robot, 7, "ru").isEditable()).isFalse();

        robot.clickOn("#minutes-reopen");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#minutes-state").queryAs(Label.class).getText()).contains("Version 2")
                .contains("Draft");
        assertThat(state(robot, 7, "zh")).as("a new version is agreed afresh").startsWith("Draft");

        into(robot, 7, "ru");
        robot.write(" Обстановка спокойная.");
        key(robot, KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#minutes-saved").queryAs(Label.class)
                .getText().startsWith("Saved"));

        robot.clickOn("#record-tab-versions");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#versions-summary").queryAs(Label.class).getText())
                .isEqualTo("1 changed, 0 added, 0 removed, 6 unchanged");
        assertThat(robot.lookup("#versions-rows .diff-inserted").queryAll())
                .anyMatch(node -> ((javafx.scene.text.Text) node).getText().contains("спокойная"));
    }

    @Test
    void newMinutesWrittenWithTheKeyboardOnlyWithUndoAndRedo(FxRobot robot) throws Exception {
        openRecord(robot);
        ComboBox<RecordViewModel.Choice> meeting = robot.lookup("#record-meeting").queryComboBox();
        robot.interact(() -> meeting.setValue(meeting.getItems().stream()
                .filter(choice -> choice.label().contains("IV квартал 2026")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#minutes-empty").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn("#minutes-first-clause");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("一、双方交换了边境形势。");
        key(robot, KeyCode.TAB);
        robot.write("1. Стороны обменялись информацией.");
        key(robot, KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(area(robot, 2, "ru").isFocused()).as("split at the end: caret in the new clause").isTrue();
        robot.write("2. Следующая встреча");
        key(robot, KeyCode.SHIFT, KeyCode.TAB);
        robot.write("二、下次会谈");
        assertThat(area(robot, 2, "zh").getText()).isEqualTo("二、下次会谈");

        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(area(robot, 2, "zh").getText()).as("undo takes back the last word typed").isEqualTo("二、");
        int steps = 1;
        while (robot.lookup("#pair-2").tryQuery().isPresent() && steps < 12) {
            key(robot, KeyCode.CONTROL, KeyCode.Z);
            steps++;
        }
        assertThat(robot.lookup("#pair-2").tryQuery()).as("then the split").isEmpty();
        assertThat(steps).as("words of both languages, then the split").isBetween(4, 8);
        assertThat(area(robot, 1, "ru").getText()).isEqualTo("1. Стороны обменялись информацией.");
        for (int i = 0; i < steps; i++) {
            key(robot, KeyCode.CONTROL, KeyCode.Y);
        }
        assertThat(area(robot, 2, "zh").getText()).isEqualTo("二、下次会谈");
        assertThat(area(robot, 2, "ru").getText()).isEqualTo("2. Следующая встреча");

        // Move clause 2 up with Alt+Up, merge it with the next with Ctrl+Shift+M.
        into(robot, 2, "zh");
        key(robot, KeyCode.ALT, KeyCode.UP);
        assertThat(area(robot, 1, "zh").getText()).isEqualTo("二、下次会谈");
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        assertThat(robot.lookup("#pair-2").tryQuery()).isEmpty();
        assertThat(area(robot, 1, "ru").getText()).isEqualTo("2. Следующая встреча 1. Стороны обменялись информацией.");

        key(robot, KeyCode.F1);
        assertThat(robot.lookup("#shortcut-sheet").tryQuery()).isPresent();
        assertThat(robot.lookup("#shortcut-sheet .label").queryAllAs(Label.class))
                .anyMatch(label -> label.getText().startsWith("Split the clause"));
        key(robot, KeyCode.ESCAPE);

        Label saved = robot.lookup("#minutes-saved").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saved.getText().startsWith("Saved"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not saved: " + saved.getText() + " / " + saved.getTooltip(), e);
        }
    }

    @Test
    void aPastedMegabyteIsSavedAndTheEditorStaysUsable(FxRobot robot) throws Exception {
        openRecord(robot);
        ComboBox<RecordViewModel.Choice> meeting = robot.lookup("#record-meeting").queryComboBox();
        RecordViewModel.Choice planned = meeting.getItems().stream()
                .filter(choice -> choice.label().contains("IV квартал 2026")).findFirst().orElseThrow();
        RecordViewModel.Choice other = meeting.getItems().stream()
                .filter(choice -> choice.label().contains("III квартал 2026")).findFirst().orElseThrow();
        robot.interact(() -> meeting.setValue(planned));
        robot.clickOn("#minutes-first-clause");
        WaitForAsyncUtils.waitForFxEvents();
        StringBuilder text = new StringBuilder();
        int paragraph = 0;
        while (text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 1_000_000) {
            text.append(++paragraph).append(". 双方边界代表就第").append(paragraph)
                    .append("号界标附近的巡逻安排交换了信息。Стороны обменялись информацией о патрулировании у знака № ")
                    .append(paragraph).append(".\n");
        }
        String megabyte = text.toString();
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(megabyte);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        key(robot, KeyCode.CONTROL, KeyCode.V);
        assertThat(area(robot, 1, "zh").getLength()).isEqualTo(megabyte.length());

        Label saved = robot.lookup("#minutes-saved").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> saved.getText().startsWith("Saved"));
        // Still usable: typing lands at once, and the Russian side of the clause takes text too.
        robot.write("完");
        assertThat(area(robot, 1, "zh").getText()).endsWith("完");
        key(robot, KeyCode.TAB);
        robot.write("Конец.");
        assertThat(area(robot, 1, "ru").getText()).isEqualTo("Конец.");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> saved.getText().startsWith("Saved"));

        // Away and back: the editor reads the clause from the archive again.
        robot.interact(() -> meeting.setValue(other));
        robot.interact(() -> meeting.setValue(planned));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area(robot, 1, "zh").getText()).isEqualTo(megabyte + "完");
        assertThat(area(robot, 1, "ru").getText()).isEqualTo("Конец.");
    }
}
