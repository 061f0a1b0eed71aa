// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.huiwu.ui.AppWindowTest;
import org.huiwu.ui.UiTestArchive;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

class UnlockAndIdleLockUiTest extends AppWindowTest {

    private Path sample;

    @Start
    void start(Stage stage) {
        newContext("unlock");
        sample = UiTestArchive.sample(context);
        // One idle "minute" lasts 1.5 s here; the setting is 1.
        context.settings().update(context.settings().current().withIdleLockMinutes(1));
        launch(stage, HuiwuApp.withContext(context, sample).withIdleMinute(Duration.seconds(1.5)));
    }

    @Test
    void unlockScreenNamesTheArchiveAndItsHomeSide(FxRobot robot) {
        assertThat(robot.lookup("#unlock-archive-name").queryAs(Label.class).getText())
                .isEqualTo("Sample · 示例 · Пример");
        assertThat(robot.lookup(".muted").queryAllAs(Label.class))
                .anyMatch(label -> label.getText().contains("Home side: China"));
        assertThat(UiTestArchive.stage(robot).getTitle()).contains("SAMPLE");
    }

    @Test
    void wrongPassphraseSaysSoMakesTheNextAttemptWaitAndChangesNoFile(FxRobot robot) throws Exception {
        Map<String, String> before = fingerprint(sample);
        robot.clickOn("#unlock-passphrase").write("not the passphrase");
        robot.clickOn("#unlock-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#unlock-error").queryAs(Label.class).getText().isEmpty());

        assertThat(robot.lookup("#unlock-error").queryAs(Label.class).getText())
                .startsWith("Wrong passphrase").contains("1 s");
        assertThat(robot.lookup("#unlock-passphrase").queryAs(PasswordField.class).getText())
                .as("the field is cleared after use").isEmpty();
        assertThat(robot.lookup("#unlock-button").queryAs(Button.class).isDisabled())
                .as("the next attempt has to wait").isTrue();
        assertThat(context.unlockThrottle().failures()).isEqualTo(1);
        assertThat(fingerprint(sample)).isEqualTo(before);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#unlock-button").queryAs(Button.class).isDisabled());
        UiTestArchive.unlock(robot, "sample");
        assertThat(context.unlockThrottle().failures()).isZero();
    }

    @Test
    void idleArchiveLocksAndUnlockingReturnsToTheSameArea(FxRobot robot) throws Exception {
        UiTestArchive.unlock(robot, "sample");
        robot.clickOn("#nav-treaty");
        // Input keeps it open...
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
            robot.moveBy(5, 5);
        }
        assertThat(robot.lookup("#nav-treaty").tryQuery()).isPresent();
        // ...no input locks it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unlock-passphrase").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#nav-schedule").tryQuery()).isEmpty();
        // Locked means closed: the archive can be opened by another program now.
        context.openSession(sample, "sample".toCharArray()).close();

        UiTestArchive.unlock(robot, "sample");
        assertThat(robot.lookup("#nav-treaty").queryAs(ToggleButton.class).isSelected()).isTrue();

        // And at once, by hand.
        robot.clickOn("#lock-now");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unlock-passphrase").tryQuery()).isPresent();
    }

    private static Map<String, String> fingerprint(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    hashes.put(folder.relativize(file).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return hashes;
    }
}
