// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui;

import java.nio.file.Path;

import javafx.stage.Stage;
import org.huiwu.app.AppContext;
import org.huiwu.app.HuiwuApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app in a window of its own for each test, on a data folder of its own; the archive is closed after
 * each test. Subclasses start it from their {@code @Start} method with {@link #launch}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
public abstract class AppWindowTest {

    @TempDir
    static Path home;

    protected AppContext context;
    protected Path dataFolder;
    private HuiwuApp app;

    /** A fresh data folder and context for this test (English UI, fixed date). */
    protected AppContext newContext(String name) {
        dataFolder = home.resolve(name + "-" + System.nanoTime());
        context = UiTestArchive.context(dataFolder);
        return context;
    }

    protected void launch(Stage stage, HuiwuApp configured) {
        app = configured;
        app.start(stage);
    }

    @AfterEach
    void closeArchive() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(app::stop).get();
    }
}
