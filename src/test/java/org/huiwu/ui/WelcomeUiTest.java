// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.huiwu.app.HuiwuApp;
import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.common.Side;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

class WelcomeUiTest extends AppWindowTest {

    private Path archiveFolder;

    @Start
    void start(Stage stage) {
        newContext("welcome");
        archiveFolder = dataFolder.resolve("archive");
        launch(stage, HuiwuApp.withContext(context, archiveFolder));
    }

    @Test
    void firstStartCreatesTheUsersArchiveWithItsHomeSide(FxRobot robot) throws Exception {
        assertThat(context.archives().peek(archiveFolder)).isEmpty();
        robot.clickOn("#welcome-archive-name").write("Нарын — пограничный представитель Ң Ө Ү");
        robot.clickOn("#welcome-side-kyrgyzstan");
        robot.clickOn("#welcome-user-name").write("Айбек Осмонов");
        // Too short: refused with the reason, nothing is created, the name stays.
        robot.clickOn("#welcome-passphrase").write("short");
        robot.clickOn("#welcome-passphrase-repeat").write("short");
        robot.clickOn("#welcome-create");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome-error").queryAs(Label.class).getText()).contains("at least 8");
        assertThat(context.archives().peek(archiveFolder)).isEmpty();
        // Typed twice differently: refused too.
        robot.clickOn("#welcome-passphrase").write("граница-边界-2026");
        robot.clickOn("#welcome-passphrase-repeat").write("граница-边界-2027");
        robot.clickOn("#welcome-create");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome-error").queryAs(Label.class).getText()).contains("differ");
        assertThat(robot.lookup("#welcome-passphrase").queryAs(javafx.scene.control.PasswordField.class).getText())
                .as("the passphrase field is cleared after use").isEmpty();

        robot.clickOn("#welcome-passphrase").write("граница-边界-2026");
        robot.clickOn("#welcome-passphrase-repeat").write("граница-边界-2026");
        robot.clickOn("#welcome-create");
        WaitForAsyncUtils.waitForFxEvents();

        ArchiveInfo info = context.archives().peek(archiveFolder).orElseThrow();
        assertThat(info.homeSide()).isEqualTo(Side.KYRGYZSTAN);
        assertThat(info.sample()).isFalse();
        assertThat(UiTestArchive.stage(robot).getTitle()).contains("Нарын — пограничный представитель Ң Ө Ү")
                .doesNotContain("SAMPLE");
        assertThat(robot.lookup("#nav-schedule").tryQuery()).isPresent();
        // The creator is the archive's first user, a representative.
        assertThat(robot.lookup("#main-user").queryLabeled().getText()).isEqualTo("Айбек Осмонов (Representative)");
        // Locked (which closes the archive), the passphrase opens it; another does not.
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        context.openSession(archiveFolder, "граница-边界-2026".toCharArray()).close();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> context.openSession(archiveFolder, "граница-边界-2025".toCharArray()))
                .isInstanceOfSatisfying(org.huiwu.domain.archive.ArchiveException.class, e -> assertThat(e.reason())
                        .isEqualTo(org.huiwu.domain.archive.ArchiveException.Reason.WRONG_PASSPHRASE));
    }

    @Test
    void sampleArchiveOpensFromTheWelcomeScreenInItsOwnFolder(FxRobot robot) {
        robot.clickOn("#welcome-sample");
        try {
            // Creating the sample runs in the background with a progress indicator.
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#nav-schedule").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            // reported below with the screen's own message
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#nav-schedule").tryQuery().orElseThrow(() -> new AssertionError(
                "main window not shown: " + robot.lookup("#welcome-error").queryAs(Label.class).getText()));
        assertThat(UiTestArchive.stage(robot).getTitle()).contains("SAMPLE");
        assertThat(context.archives().peek(context.directories().sampleArchive()).orElseThrow().sample()).isTrue();
        assertThat(context.archives().peek(archiveFolder)).isEmpty();
    }
}
