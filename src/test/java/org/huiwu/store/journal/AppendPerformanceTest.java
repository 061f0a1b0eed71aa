// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.store.journal.JournalFixture.chinese;
import static org.huiwu.store.journal.JournalFixture.newKey;
import static org.huiwu.store.journal.JournalFixture.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prints what 1,000 appends with force(true) cost on this machine; asserts no time (machines differ). */
class AppendPerformanceTest {

    @TempDir
    Path folder;

    @Test
    void thousandAppendsWithForce() throws IOException {
        UUID archive = UUID.randomUUID();
        try (JournalKey key = newKey()) {
            for (int size : new int[] {2_000, 64_000}) {
                Path run = Files.createDirectories(folder.resolve("run" + size));
                byte[] payload = utf8(chinese(size));
                long[] nanos = new long[1_000];
                try (SaveJournal journal = SaveJournal.open(run, archive, key)) {
                    for (int i = 0; i < 20; i++) {
                        journal.append(payload); // warm up
                    }
                    long begin = System.nanoTime();
                    for (int i = 0; i < nanos.length; i++) {
                        long start = System.nanoTime();
                        journal.append(payload);
                        nanos[i] = System.nanoTime() - start;
                    }
                    long total = System.nanoTime() - begin;
                    Arrays.sort(nanos);
                    System.out.printf("[journal] 1,000 appends of %,d B with force(true) in %s: %d ms total, "
                                    + "median %.2f ms, p95 %.2f ms, max %.2f ms%n", payload.length,
                            Files.getFileStore(run).type(), total / 1_000_000, nanos[500] / 1e6,
                            nanos[950] / 1e6, nanos[999] / 1e6);
                    assertThat(journal.entryCount()).isEqualTo(1_020);
                }
            }
        }
    }
}
