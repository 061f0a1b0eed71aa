// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.awt.print.PrinterJob;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.print.attribute.PrintRequestAttributeSet;
import org.huiwu.app.AppContext;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.settings.Theme;
import org.huiwu.ui.UiTestArchive;
import org.huiwu.ui.common.Fonts;
import org.huiwu.ui.common.Themes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Print in the protocol tab asks whom for; the sample's protocol to the OSCE is refused with the reason shown. */
@ExtendWith(ApplicationExtension.class)
class ProtocolRecipientUiTest {

    @TempDir
    static Path home;

    private final Messages english = Messages.of(Language.ENGLISH);
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private ArchiveSession session;
    private boolean printerAsked;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Themes.apply(Theme.LIGHT);
        AppContext context = UiTestArchive.context(home.resolve("h" + System.nanoTime()));
        UiTestArchive.sample(context);
        session = UiTestArchive.openSample(context);
        long finalMeeting = UiTestArchive.latestMeetingWithMinutes(session, true);
        ProtocolViewModel.PrintDialog printer = new ProtocolViewModel.PrintDialog() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public boolean ask(PrinterJob job, PrintRequestAttributeSet attributes) {
                printerAsked = true;
                return false;
            }
        };
        ProtocolPanes.show(stage, ProtocolPanes.of(stage, session, background, printer), finalMeeting);
    }

    @AfterEach
    void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
        session.close();
    }

    /** Presses {@code button} of the shown protocol, answers "a third party: OSCE" and returns the refusal. */
    private static DialogPane refusedForTheOsce(FxRobot robot, String button) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#protocol-page").queryAs(Label.class).getText().startsWith("Page 1 of "));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(button);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-recipient").tryQuery().isPresent());
        robot.clickOn("#recipient-third-party");
        robot.clickOn("#recipient-name").write("OSCE");
        DialogPane asking = robot.lookup("#dialog-recipient").queryAs(DialogPane.class);
        robot.interact(() -> ((javafx.scene.control.Button) asking.lookupButton(
                javafx.scene.control.ButtonType.OK)).fire());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-error").tryQuery().isPresent());
        return robot.lookup("#dialog-error").queryAs(DialogPane.class);
    }

    private static void close(FxRobot robot, DialogPane dialog) {
        robot.interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(
                javafx.scene.control.ButtonType.OK)).fire());
    }

    @Test
    void printingForAnUnconsentedThirdPartyIsRefusedWithTheItemsNamed(FxRobot robot) throws Exception {
        DialogPane refused = refusedForTheOsce(robot, "#protocol-print");

        assertThat(refused.getHeaderText()).isEqualTo(english.get("art4.refused.headline"));
        assertThat(((Label) refused.getContent()).getText()).startsWith("Refused under Art. 4").contains("OSCE")
                .contains(english.get("agreement.category.crossersAndFugitives"));
        assertThat(printerAsked).as("refused before the printer dialog").isFalse();
        close(robot, refused);
    }

    @Test
    void signingTheShownOriginalAsksWhomForAndRefusesAnUnconsentedThirdPartyBeforeAnyKeyIsAsked(FxRobot robot)
            throws Exception {
        DialogPane refused = refusedForTheOsce(robot, "#protocol-sign");

        assertThat(refused.getHeaderText()).isEqualTo(english.get("art4.refused.headline"));
        assertThat(((Label) refused.getContent()).getText()).startsWith("Refused under Art. 4").contains("OSCE");
        assertThat(robot.lookup("#dialog-sign").tryQuery()).as("no key is asked for").isEmpty();
        close(robot, refused);
        assertThat(session.archive().audit().all()).last()
                .satisfies(entry -> assertThat(entry.action().name()).isEqualTo("EXPORT_REFUSED"));
    }
}
