// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu;

import org.huiwu.app.HuiwuApp;
import org.huiwu.cli.HuiwuCommand;
import org.huiwu.store.DataDirectories;

/**
 * Plain main: the window by default, a command without a window when the first argument names one. A plain class,
 * because on a classpath the JavaFX Application subclass cannot be the main class.
 */
public final class Launcher {

    /** Where logback writes (see logback.xml); set before the first logger exists. */
    public static final String LOG_DIR_PROPERTY = "huiwu.logdir";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, DataDirectories.forCurrentUser().logs().toString());
        }
        if (args.length > 0 && HuiwuCommand.isCommand(args[0])) {
            System.exit(HuiwuCommand.run(args));
        }
        HuiwuApp.launchWindow(args);
    }
}
