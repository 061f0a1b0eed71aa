// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import org.huiwu.service.settings.Theme;

/** Light and dark looks: AtlantaFX's Primer themes under Huiwu's own stylesheet. */
public final class Themes {

    private static final String APP_CSS = Themes.class.getResource("/org/huiwu/ui/huiwu.css").toExternalForm();

    private Themes() {
    }

    public static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the app stylesheet to a scene (main window, dialogs). */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }
}
