// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's proof that a confirmed save survives kill -9: 200 times a writer process saves back to back through
 * the service the UI uses and is killed right after a random confirmed save plus jitter; every confirmed save must
 * be in the archive once, and the archive must always open. Takes a few minutes (a JVM start per kill).
 */
@Tag("durability")
class ConfirmedSavesSurviveKillsTest {

    @TempDir
    Path temp;

    @Test
    void noConfirmedSaveIsLostOrDuplicatedInTwoHundredKills() throws Exception {
        PrintStream progress = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CrashBench.Result result = CrashBench.run(temp.resolve("archive"), 200, 20261127L, progress);

        progress.println(result.line());
        assertThat(result.kills()).isEqualTo(200);
        assertThat(result.confirmed()).as("saves confirmed before the kills").isGreaterThanOrEqualTo(200);
        assertThat(result.lost()).as("confirmed saves lost").isZero();
        assertThat(result.duplicates()).as("saves found twice").isZero();
        assertThat(result.failedOpens()).as("archive failed to open").isZero();
    }
}
