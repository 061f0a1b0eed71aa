// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.app;

import java.nio.file.Path;

import org.huiwu.domain.minutes.Minutes;
import org.huiwu.service.ArchiveSession;
import org.huiwu.ui.UiTestArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench editor} really drives the editor: the keystrokes it times reach the minutes and are saved. Small
 * here; the figures for 2,000 clauses come from the command (README).
 */
@Tag("ui")
class EditorBenchTest {

    @TempDir
    Path home;

    @Test
    void keystrokesTimedByTheBenchAreTypedIntoTheFirstClauseAndSaved() throws Exception {
        FxToolkit.registerPrimaryStage();
        AppContext context = UiTestArchive.context(home);
        Path folder = home.resolve("bench");

        EditorBench.Result result = EditorBench.run(context, folder, 300, 20);

        assertThat(result.pairs()).isEqualTo(300);
        assertThat(result.keystrokes()).isEqualTo(20);
        assertThat(result.p95()).isPositive().isGreaterThanOrEqualTo(result.p50());
        assertThat(result.line()).startsWith("pairs=300 load_ms=").contains("keystroke_p95_ms=");
        try (ArchiveSession session = context.openSession(folder, "bench-editor".toCharArray())) {
            long meeting = session.schedule().meetings().get(0).id();
            Minutes minutes = session.minutes().current(meeting);
            assertThat(minutes.pairs()).hasSize(300);
            assertThat(minutes.pairs().get(0).zh().text()).endsWith("边a边a边a边a边a边a边a边a边a边a");
        }
    }
}
