// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import javax.print.DocFlavor;
import javax.print.StreamPrintServiceFactory;
import javax.print.attribute.PrintRequestAttributeSet;

import org.huiwu.app.AppContext;
import org.huiwu.domain.protocol.ProtocolCode;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.protocol.ProtocolService;
import org.huiwu.service.settings.Theme;
import org.huiwu.ui.UiTestArchive;
import org.huiwu.ui.common.Fonts;
import org.huiwu.ui.common.Themes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The protocol tab driven from the keyboard, as an assistant uses it, over the sample archive. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProtocolPaneUiTest {

    @TempDir
    static Path home;

    private final Messages english = Messages.of(Language.ENGLISH);
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final ByteArrayOutputStream postScript = new ByteArrayOutputStream();
    private final List<Long> opened = new ArrayList<>();
    private ArchiveSession session;
    private long finalMeeting;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Themes.apply(Theme.LIGHT);
        AppContext context = UiTestArchive.context(home.resolve("h" + System.nanoTime()));
        UiTestArchive.sample(context);
        session = UiTestArchive.openSample(context);
        finalMeeting = UiTestArchive.latestMeetingWithMinutes(session, true);
        ProtocolViewModel.PrintDialog toPostScript = new ProtocolViewModel.PrintDialog() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public boolean ask(PrinterJob job, PrintRequestAttributeSet attributes) {
                try {
                    job.setPrintService(StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                            DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript")[0]
                            .getPrintService(postScript));
                } catch (java.awt.print.PrinterException e) {
                    throw new AssertionError(e);
                }
                return true;
            }
        };
        ProtocolPane pane = ProtocolPanes.of(stage, session, background, toPostScript);
        pane.onOpenMeeting(opened::add);
        // Printing asks whom for (Art. 4); the recipient dialog has its own test.
        pane.askRecipientsWith(() -> java.util.Optional.of(org.huiwu.domain.confidentiality.Recipient.otherSide()));
        ProtocolPanes.show(stage, pane, finalMeeting);
    }

    @AfterEach
    void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
        session.close();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void waitUntil(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pagesZoomPrintAndACodeTracedFromTheKeyboard(FxRobot robot) throws Exception {
        waitUntil(robot, () -> label(robot, "#protocol-page").startsWith("Page 1 of "));
        int pages = Integer.parseInt(label(robot, "#protocol-page").replace("Page 1 of ", ""));
        assertThat(label(robot, "#protocol-summary")).contains("final").doesNotContain("DRAFT");
        ImageView page = robot.lookup("#protocol-page-image").queryAs(ImageView.class);
        waitUntil(robot, () -> page.getImage() != null);
        double width = page.getImage().getWidth();

        robot.clickOn("#protocol-scroller");
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(robot, () -> label(robot, "#protocol-page").equals("Page 2 of " + pages));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(robot, () -> label(robot, "#protocol-zoom").equals("125 %")
                && page.getImage().getWidth() > width * 1.2);

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(robot, () -> label(robot, "#protocol-activity").startsWith("Sent "));
        assertThat(label(robot, "#protocol-activity")).isEqualTo(english.get("protocol.print.done", 2 * pages));

        ProtocolCode code = ProtocolCode.of(session.protocols().protocol(finalMeeting).number(),
                ProtocolService.digest(session.minutes().current(finalMeeting)));
        robot.clickOn("#protocol-trace-code").write(code.text()).type(KeyCode.ENTER);
        waitUntil(robot, () -> label(robot, "#protocol-trace-result").contains("the text matches"));
        robot.clickOn("#protocol-trace-open");
        assertThat(opened).containsExactly(finalMeeting);
    }
}
