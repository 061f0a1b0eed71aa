// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.huiwu.app.HuiwuApp;
import org.huiwu.ui.review.ReviewUi;
import org.huiwu.ui.review.ReviewViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The window as each role of the sample sees it: who is working, and only the controls their role may use. */
class RolesUiTest extends AppWindowTest {

    @Start
    void start(Stage stage) {
        newContext("roles");
        launch(stage, HuiwuApp.withContext(context, UiTestArchive.sample(context)));
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Absent, or there but neither shown nor usable. */
    private static boolean offered(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> node.isVisible() && !node.isDisabled()).orElse(false);
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theAssistantDraftsAndPrintsButIsNotOfferedAgreeFinalizeSignNorUsers(FxRobot robot) {
        UiTestArchive.unlock(robot, "assistant");
        assertThat(robot.lookup("#main-user").queryLabeled().getText()).isEqualTo("陈晓东 (Assistant)");

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(robot.lookup("#minutes-pane").tryQuery()).isPresent();
        assertThat(shown(robot, "#minutes-finalize")).isFalse();
        assertThat(shown(robot, "#minutes-reopen")).isFalse();
        assertThat(shown(robot, "#minutes-agree")).isFalse();
        assertThat(offered(robot, "#protocol-sign")).isFalse();
        assertThat(offered(robot, "#protocol-sign-received")).isFalse();
        // Drafting is the assistant's work: the editing controls stay.
        assertThat(shown(robot, "#minutes-add")).isTrue();
        assertThat(shown(robot, "#minutes-save")).isTrue();

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        assertThat(shown(robot, "#settings-users")).isFalse();
        assertThat(shown(robot, "#settings-backup-now")).isFalse();

        // The Art. 4 registers: read, but kept by the representative only.
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        javafx.scene.control.TabPane tabs = robot.lookup("#registers-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> "registers-art4-tab".equals(tab.getId()))
                .findFirst().ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#art4-items").queryTableView().getItems()).hasSize(4);
        assertThat(shown(robot, "#art4-item-add")).isFalse();
        assertThat(shown(robot, "#art4-consent-add")).isFalse();
    }

    @Test
    void theDeputyWritesAPrivateNote(FxRobot robot) {
        UiTestArchive.unlock(robot, "deputy");
        assertThat(robot.lookup("#main-user").queryLabeled().getText()).isEqualTo("刘海燕 (Deputy)");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(shown(robot, "#minutes-finalize")).isFalse();
        key(robot, KeyCode.CONTROL, KeyCode.R);
        assertThat(robot.lookup("#review-view").tryQuery()).isPresent();

        ReviewUi.writeNote(robot, "副代表的备注 Ң Ө Ү");

        ListView<ReviewViewModel.NoteLine> notes = robot.lookup("#review-notes").queryListView();
        assertThat(notes.getItems()).extracting(ReviewViewModel.NoteLine::text).contains("副代表的备注 Ң Ө Ү");
    }

    @Test
    void theAdministratorManagesUsersButIsNotOfferedDrafting(FxRobot robot) {
        UiTestArchive.unlock(robot, "admin");
        assertThat(robot.lookup("#main-user").queryLabeled().getText()).isEqualTo("周建华 (Archive administrator)");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(shown(robot, "#minutes-add")).isFalse();
        // The minutes can be read but not typed into.
        assertThat(robot.lookup("#minutes-pane").query().isDisabled()).isTrue();

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        assertThat(shown(robot, "#settings-users")).isTrue();
        ListView<?> users = robot.lookup("#settings-users-list").queryListView();
        assertThat(users.getItems()).hasSize(4);
        // The card is below the fold of the settings' scroll pane: the fields are filled as typing would.
        robot.interact(() -> {
            robot.lookup("#settings-users-name").queryTextInputControl().setText("Айбек Осмонов");
            robot.lookup("#settings-users-passphrase").queryTextInputControl().setText("a new colleague");
            robot.lookup("#settings-users-passphrase-repeat").queryTextInputControl().setText("a new colleague");
            robot.lookup("#settings-users-add").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#settings-users-problem").queryLabeled().getText()).isEmpty();
        assertThat(users.getItems()).hasSize(5);
        assertThat(users.getItems().toString()).contains("Айбек Осмонов (Assistant)");
    }

    @Test
    void theAssistantChangesTheirOwnPassphraseInSettingsAndOnlyTheNewOneUnlocks(FxRobot robot) throws Exception {
        UiTestArchive.unlock(robot, "assistant");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        assertThat(shown(robot, "#settings-passphrase")).isTrue();

        change(robot, "not mine", "the assistant's new one");
        assertThat(robot.lookup("#settings-passphrase-problem").queryLabeled().getText()).startsWith("Wrong passphrase");
        assertThat(robot.lookup("#settings-passphrase-current").queryTextInputControl().getText())
                .as("no passphrase stays in a field").isEmpty();

        change(robot, "assistant", "the assistant's new one");
        assertThat(robot.lookup("#settings-passphrase-problem").queryLabeled().getText()).isEmpty();
        assertThat(robot.lookup("#settings-passphrase-status").queryLabeled().getText())
                .isEqualTo("Your passphrase was changed. Use the new one from now on.");

        key(robot, KeyCode.CONTROL, KeyCode.L);
        robot.clickOn("#unlock-passphrase").write("assistant");
        robot.clickOn("#unlock-button");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#unlock-error").queryLabeled().getText().isEmpty());
        robot.lookup("#unlock-passphrase").queryTextInputControl().clear();
        UiTestArchive.unlock(robot, "the assistant's new one");
        assertThat(robot.lookup("#main-user").queryLabeled().getText()).isEqualTo("陈晓东 (Assistant)");
    }

    private static void change(FxRobot robot, String current, String replacement) throws Exception {
        robot.interact(() -> {
            robot.lookup("#settings-passphrase-current").queryTextInputControl().setText(current);
            robot.lookup("#settings-passphrase-new").queryTextInputControl().setText(replacement);
            robot.lookup("#settings-passphrase-repeat").queryTextInputControl().setText(replacement);
            robot.lookup("#settings-passphrase-change").queryButton().fire();
        });
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#settings-passphrase-change").queryButton().getParent().lookup(".progress-indicator")
                        .isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
