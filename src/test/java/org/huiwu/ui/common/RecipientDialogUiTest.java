// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.huiwu.domain.confidentiality.Recipient;
import org.huiwu.domain.confidentiality.RecipientKind;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The question asked before every export and print: whom for, and a third party's name. */
@ExtendWith(ApplicationExtension.class)
class RecipientDialogUiTest {

    private final RecipientViewModel model = new RecipientViewModel();
    private Dialog<ButtonType> dialog;

    @Start
    void start(Stage stage) {
        Fonts.load();
        dialog = RecipientDialog.build(Messages.of(Language.ENGLISH), null, model);
        dialog.show();
    }

    @Test
    void nothingIsChosenForTheUserAndAThirdPartyNeedsAName(FxRobot robot) {
        assertThat(robot.lookup("#recipient-other-side").queryLabeled().getText()).isEqualTo("The other side");
        assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled()).isTrue();
        assertThat(robot.lookup("#recipient-name").query().isDisabled()).isTrue();

        robot.clickOn("#recipient-third-party");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#recipient-name").query().isDisabled()).isFalse();
        assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled()).as("no name yet").isTrue();

        robot.clickOn("#recipient-name").write("OSCE");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled()).isFalse();
        assertThat(model.recipient()).contains(Recipient.thirdParty("OSCE"));

        robot.clickOn("#recipient-internal");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.kindProperty().get()).isEqualTo(RecipientKind.OWN_INTERNAL);
        assertThat(model.recipient()).contains(Recipient.ownInternal());
        robot.interact(dialog::close);
    }

    @Test
    void itsButtonsSpeakTheAppsLanguageNotTheSystems(FxRobot robot) {
        String[] texts = new String[2];
        robot.interact(() -> {
            Dialog<ButtonType> russian = RecipientDialog.build(Messages.of(Language.RUSSIAN), null,
                    new RecipientViewModel());
            texts[0] = ((javafx.scene.control.Button) russian.getDialogPane().lookupButton(ButtonType.OK)).getText();
            texts[1] = ((javafx.scene.control.Button) russian.getDialogPane().lookupButton(ButtonType.CANCEL))
                    .getText();
        });
        assertThat(texts).containsExactly("ОК", "Отмена");
        robot.interact(dialog::close);
    }
}
