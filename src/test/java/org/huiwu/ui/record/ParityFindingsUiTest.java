// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.huiwu.app.HuiwuApp;
import org.huiwu.i18n.Language;
import org.huiwu.ui.AppWindowTest;
import org.huiwu.ui.UiTestArchive;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parity findings beside the clauses as a user meets them: a number typed on one side shows a finding under the
 * clause, agreeing asks for confirmation, a dismissal keeps its reason and shows it in English, Chinese and Russian,
 * and editing the text reopens it.
 */
class ParityFindingsUiTest extends AppWindowTest {

    private static final String REASON = "Ң Ө Ү: the Chinese original will be corrected at signing";

    @Start
    void start(Stage stage) {
        newContext("findings");
        launch(stage, HuiwuApp.withContext(context, UiTestArchive.sample(context)));
    }

    private void openRecord(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#minutes-pane").tryQuery()).isPresent();
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of clause 2's finding lines (check name, fragments, reason), once they show one with the text. */
    private static List<String> findings(FxRobot robot, String containing) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> texts(robot).stream()
                .anyMatch(text -> text.contains(containing)));
        return texts(robot);
    }

    private static List<String> texts(FxRobot robot) {
        return robot.lookup("#pair-2 .finding").queryAll().stream().map(ParityFindingsUiTest::text).toList();
    }

    private static String text(Node line) {
        StringBuilder all = new StringBuilder(String.join(" ", line.getStyleClass())).append(" |");
        line.lookupAll(".label").forEach(node -> all.append(' ').append(((Label) node).getText()));
        line.lookupAll(".hyperlink").forEach(node -> all.append(" [")
                .append(((javafx.scene.control.Hyperlink) node).getText()).append(']'));
        return all.toString();
    }

    private static void defaultButton(FxRobot robot) {
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void cancelButton(FxRobot robot) {
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isCancelButton).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void choose(FxRobot robot, Language language) {
        robot.clickOn("#nav-settings");
        ComboBox<Language> box = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> box.setValue(language));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNumberOnOneSideShowsAFindingThatCanBeDismissedWithAReasonInEveryLanguage(FxRobot robot) throws Exception {
        UiTestArchive.unlock(robot, "sample");
        openRecord(robot);
        assertThat(texts(robot)).as("clause 2 of the sample says the same on both sides").isEmpty();

        StyleClassedTextArea russian = robot.lookup("#pair-2-ru").queryAs(StyleClassedTextArea.class);
        robot.clickOn(russian);
        robot.interact(() -> russian.moveTo(russian.getLength()));
        robot.write(" 5 раз");
        List<String> shown = findings(robot, "Numbers");
        assertThat(shown).filteredOn(text -> text.contains("Numbers")).singleElement().asString()
                .contains("finding-open").contains("Chinese: (missing)").contains("Russian: «5»")
                .contains("[Dismiss…]");

        // Agreeing the clause with an open finding asks first; Cancel agrees nothing.
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-confirmation").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#dialog-confirmation").queryAs(javafx.scene.control.DialogPane.class)
                .getHeaderText()).startsWith("Clause 2 has open parity findings");
        cancelButton(robot);
        assertThat(robot.lookup("#pair-2-state-ru").queryAs(Label.class).getText()).startsWith("Draft");

        robot.clickOn(robot.lookup("#pair-2 .finding-open").queryAll().stream()
                .filter(line -> text(line).contains("Numbers")).findFirst().orElseThrow()
                .lookup(".hyperlink"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-dismiss-finding").tryQuery()).isPresent();
        Button ok = robot.lookup("#dialog-dismiss-finding .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        assertThat(ok.isDisabled()).as("no reason, no dismissal").isTrue();
        robot.clickOn("#dismiss-reason").write(REASON);
        defaultButton(robot);

        shown = findings(robot, REASON);
        assertThat(shown).filteredOn(text -> text.contains("Numbers")).singleElement().asString()
                .contains("finding-dismissed").contains("Dismissed: " + REASON).contains("[Reopen]");

        choose(robot, Language.CHINESE);
        openRecord(robot);
        assertThat(findings(robot, REASON)).filteredOn(text -> text.contains("数字")).singleElement().asString()
                .contains("finding-dismissed").contains("已忽略：" + REASON).contains("[恢复]")
                .contains("中文：（缺失）").contains("俄文：«5»");

        choose(robot, Language.RUSSIAN);
        openRecord(robot);
        assertThat(findings(robot, REASON)).filteredOn(text -> text.contains("Числа")).singleElement().asString()
                .contains("finding-dismissed").contains("Отклонено: " + REASON).contains("[Вернуть]");

        // Editing either text reopens the finding.
        StyleClassedTextArea chinese = robot.lookup("#pair-2-zh").queryAs(StyleClassedTextArea.class);
        robot.clickOn(chinese);
        robot.interact(() -> chinese.moveTo(chinese.getLength()));
        robot.write("。");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> texts(robot).stream()
                .anyMatch(text -> text.contains("Числа") && text.contains("finding-open")));
        assertThat(texts(robot)).noneMatch(text -> text.contains(REASON));
        assertThat(robot.lookup("#dismiss-reason").tryQueryAs(TextField.class)).isEmpty();
    }
}
