// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.huiwu.app.AppContext;
import org.huiwu.domain.common.Side;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;

/** A data folder of its own for a UI test, English UI, the clock fixed on 27 November 2026. */
public final class UiTestArchive {

    public static final Instant NOW = Instant.parse("2026-11-27T06:00:00Z");

    private UiTestArchive() {
    }

    public static AppContext context(Path home) {
        return new AppContext(new DataDirectories(home, home, home.resolve("logs")),
                Clock.fixed(NOW, ZoneId.of("Asia/Bishkek")), Locale.ENGLISH, KeyDerivation.forTests());
    }

    /** The app's main window: the one showing the navigation or the welcome screen. */
    public static javafx.stage.Stage stage(org.testfx.api.FxRobot robot) {
        return (javafx.stage.Stage) robot.lookup(".root").queryAll().stream()
                .filter(node -> node.getScene() != null && node.getScene().getWindow() instanceof javafx.stage.Stage)
                .map(node -> node.getScene().getWindow())
                .filter(javafx.stage.Window::isShowing)
                .filter(window -> window.getScene().lookup("#nav-schedule") != null
                        || window.getScene().lookup("#welcome-create") != null
                        || window.getScene().lookup("#unlock-passphrase") != null)
                .findFirst().orElseThrow();
    }

    /** Opens the sample archive in a session of the test's own. */
    public static org.huiwu.service.ArchiveSession openSample(AppContext context) {
        return context.openSession(context.directories().sampleArchive(), SampleArchive.PASSPHRASE.toCharArray());
    }

    /** Types the passphrase on the unlock screen and waits until the main window shows. */
    public static void unlock(org.testfx.api.FxRobot robot, String passphrase) {
        robot.clickOn("#unlock-passphrase").write(passphrase);
        robot.clickOn("#unlock-button");
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#nav-schedule").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not unlocked: " + robot.lookup("#unlock-error")
                    .queryAs(javafx.scene.control.Label.class).getText(), e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Creates the sample archive in home/sample and returns its folder (closed again). */
    public static Path sample(AppContext context) {
        Path folder = context.directories().sampleArchive();
        try (OpenArchive archive = context.archives().create(folder, SampleArchive.NAME, Side.CHINA, true,
                SampleArchive.REPRESENTATIVE, SampleArchive.PASSPHRASE.toCharArray())) {
            SampleArchive.fill(archive);
        }
        return folder;
    }

    /** The latest meeting of the sample whose newest minutes are final (or, with false, still a draft). */
    public static long latestMeetingWithMinutes(org.huiwu.service.ArchiveSession session, boolean finalMinutes) {
        return session.schedule().meetings().stream()
                .filter(m -> !session.minutes().versions(m.id()).isEmpty())
                .filter(m -> session.minutes().current(m.id()).isFinal() == finalMinutes)
                .map(org.huiwu.domain.meeting.Meeting::id).reduce((a, b) -> b).orElseThrow();
    }
}
