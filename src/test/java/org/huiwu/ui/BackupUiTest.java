// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.huiwu.app.HuiwuApp;
import org.huiwu.service.backup.BackupSummary;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.service.settings.BackupSettings;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** "Back up now" in Settings writes a backup the passphrase opens; closing the app makes another. */
class BackupUiTest extends AppWindowTest {

    private Path backups;
    private HuiwuApp app;

    @Start
    void start(Stage stage) {
        newContext("backup");
        backups = dataFolder.resolve("backups");
        context.settings().update(context.settings().current()
                .withBackup(new BackupSettings(backups, 5, false, true)));
        app = HuiwuApp.withContext(context, UiTestArchive.sample(context));
        launch(stage, app);
    }

    @Test
    void backUpNowFromSettingsWritesAFileThatVerifies(FxRobot robot) throws Exception {
        UiTestArchive.unlock(robot, SampleArchive.PASSPHRASE);
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#settings-backup-folder").queryAs(TextField.class).getText())
                .isEqualTo(backups.toString());
        Label status = robot.lookup("#settings-backup-status").queryAs(Label.class);
        assertThat(status.getText()).contains("No backup");

        robot.clickOn("#settings-backup-now");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Backup written"));

        List<Path> files = files(backups);
        assertThat(files).hasSize(1);
        assertThat(status.getText()).contains(files.get(0).toString());
        BackupSummary verified = context.backups().verify(files.get(0), SampleArchive.PASSPHRASE.toCharArray(),
                p -> { });
        assertThat(verified.meetings()).isPositive();
        assertThat(verified.pairs()).isPositive();
    }

    @Test
    void closingTheAppBacksUpTheOpenArchive(FxRobot robot) throws Exception {
        UiTestArchive.unlock(robot, SampleArchive.PASSPHRASE);
        assertThat(files(backups)).isEmpty();

        WaitForAsyncUtils.asyncFx(app::stop).get();

        assertThat(files(backups)).hasSize(1).allSatisfy(file -> assertThat(file.getFileName().toString())
                .endsWith(".hwbackup"));
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.sorted().toList();
        }
    }
}
