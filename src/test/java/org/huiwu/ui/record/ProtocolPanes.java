// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.common.ViewSupport;

/** The protocol tab of a sample session in English, as the protocol UI tests drive it with a printer of their own. */
final class ProtocolPanes {

    private ProtocolPanes() {
    }

    static ProtocolPane of(Stage stage, ArchiveSession session, Executor background,
                           ProtocolViewModel.PrintDialog printer) {
        Messages english = Messages.of(Language.ENGLISH);
        return new ProtocolPane(new ProtocolViewModel(session.protocols(), session.minutes().homeSide(), english,
                background, Platform::runLater, printer),
                new SigningViewModel(session.protocols(), session.trust(), english, java.time.Clock.systemUTC(),
                        background, Platform::runLater),
                new ViewSupport(stage, english, new Formats(Language.ENGLISH)));
    }

    /** Puts the pane in the stage, styled as in the app, showing the meeting's protocol. */
    static void show(Stage stage, ProtocolPane pane, long meetingId) {
        Scene scene = new Scene((javafx.scene.Parent) pane.root(), 1200, 850);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
        pane.show(meetingId);
    }
}
