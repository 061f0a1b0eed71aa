// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.huiwu.app.AppContext;
import org.huiwu.domain.access.Permission;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.settings.Theme;
import org.huiwu.ui.UiTestArchive;
import org.huiwu.ui.common.Fonts;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The Art. 4 tab on the sample: both registers listed; editing offered to the representative only. */
@ExtendWith(ApplicationExtension.class)
class Art4PaneUiTest {

    @TempDir
    static Path home;

    private final Messages english = Messages.of(Language.ENGLISH);
    private Stage stage;
    private AppContext context;
    private ArchiveSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.load();
        Themes.apply(Theme.LIGHT);
        context = UiTestArchive.context(home.resolve("h" + System.nanoTime()));
        UiTestArchive.sample(context);
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private void show(FxRobot robot, String passphrase) {
        session = context.openSession(context.directories().sampleArchive(), passphrase.toCharArray());
        Art4ViewModel model = new Art4ViewModel(session.confidentiality(), new SessionArt4Links(session), english,
                session.actor().may(Permission.KEEP_CONFIDENTIAL_REGISTERS));
        robot.interact(() -> {
            Art4Pane pane = new Art4Pane(model, new ViewSupport(stage, english, new Formats(Language.ENGLISH)));
            stage.setScene(new Scene(pane, 1200, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> node.isVisible() && node.isManaged()).orElse(false);
    }

    @Test
    void theRepresentativeSeesBothRegistersAndMayRegister(FxRobot robot) {
        show(robot, "sample");
        TableView<InformationItemRow> items = robot.lookup("#art4-items").queryTableView();
        TableView<ConsentRow> consents = robot.lookup("#art4-consents").queryTableView();
        assertThat(items.getItems()).hasSize(4);
        assertThat(consents.getItems()).singleElement().extracting(ConsentRow::thirdParty).isEqualTo("SCO RATS");
        assertThat(shown(robot, "#art4-item-add")).isTrue();
        assertThat(shown(robot, "#art4-consent-add")).isTrue();
        assertThat(shown(robot, "#art4-consent-edit")).isTrue();
        assertThat(robot.lookup("#art4-item-edit").query().isDisabled()).as("nothing selected").isTrue();
        robot.interact(() -> items.getSelectionModel().select(0));
        assertThat(robot.lookup("#art4-item-edit").query().isDisabled()).isFalse();
    }

    @Test
    void theRepresentativeRegistersAConsentThroughItsDialog(FxRobot robot) throws Exception {
        show(robot, "sample");
        robot.clickOn("#art4-consent-add");
        java.util.concurrent.TimeUnit seconds = java.util.concurrent.TimeUnit.SECONDS;
        WaitForAsyncUtils.waitFor(10, seconds, () -> robot.lookup("#dialog-art4-consent").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#dialog-art4-consent")
                .queryAs(javafx.scene.control.DialogPane.class);
        javafx.scene.Node ok = dialog.lookup("#dialog-art4-consent-save");
        assertThat(ok.isDisabled()).isTrue();
        robot.interact(() -> {
            robot.lookup("#art4-consent-date").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2026, 11, 20));
            robot.lookup("#art4-consent-reference").queryTextInputControl().setText("№ 04-2/131");
            robot.lookup("#art4-consent-third-party").queryTextInputControl().setText("OSCE");
            robot.lookup("#art4-consent-category-2").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
        });
        assertThat(ok.isDisabled()).isFalse();
        robot.interact(() -> ((javafx.scene.control.Button) ok).fire());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ConsentRow> consents = robot.lookup("#art4-consents").queryTableView();
        assertThat(consents.getItems()).extracting(ConsentRow::thirdParty).containsExactlyInAnyOrder("SCO RATS",
                "OSCE");
        assertThat(session.confidentiality().consents()).hasSize(2);
    }

    @Test
    void theAssistantReadsTheRegistersButIsNotOfferedToKeepThem(FxRobot robot) {
        show(robot, "assistant");
        TableView<InformationItemRow> items = robot.lookup("#art4-items").queryTableView();
        assertThat(items.getItems()).hasSize(4);
        assertThat(shown(robot, "#art4-item-add")).isFalse();
        assertThat(shown(robot, "#art4-item-edit")).isFalse();
        assertThat(shown(robot, "#art4-consent-add")).isFalse();
        assertThat(shown(robot, "#art4-consent-edit")).isFalse();
    }
}
