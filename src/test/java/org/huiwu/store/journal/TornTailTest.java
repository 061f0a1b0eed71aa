// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.store.journal.JournalFixture.chinese;
import static org.huiwu.store.journal.JournalFixture.entryBoundaries;
import static org.huiwu.store.journal.JournalFixture.journalFile;
import static org.huiwu.store.journal.JournalFixture.newKey;
import static org.huiwu.store.journal.JournalFixture.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A process killed while appending leaves a prefix of the last entry: wherever the cut falls, that entry (never
 * confirmed) is ignored, the file is truncated back to the last good entry, and appending goes on from there.
 */
class TornTailTest {

    private static final UUID ARCHIVE = UUID.randomUUID();
    private static final JournalKey KEY = newKey();
    private static final String BIG = chinese(3 << 20);

    /** A journal whose last entry is a 3 MB Chinese text, written once for all cuts. */
    private static byte[] bigJournal;
    private static List<Long> bigBoundaries;

    @TempDir
    static Path shared;
    @TempDir
    Path folder;

    @BeforeAll
    static void writeBigJournal() throws IOException {
        Path big = shared.resolve("big");
        Files.createDirectories(big);
        JournalFixture.write(big, ARCHIVE, KEY, "第一条", "Пункт второй", BIG);
        bigJournal = Files.readAllBytes(journalFile(big));
        bigBoundaries = entryBoundaries(big);
    }

    @AfterAll
    static void wipeKey() {
        KEY.close();
    }

    @Test
    void aCutAtEveryByteOfTheLastEntryIsIgnoredAndAppendingGoesOn() throws IOException {
        Path source = folder.resolve("source");
        Files.createDirectories(source);
        JournalFixture.write(source, ARCHIVE, KEY, "第一条", "Пункт второй", "最后一条：双方同意。Последний пункт.");
        byte[] whole = Files.readAllBytes(journalFile(source));
        List<Long> boundaries = entryBoundaries(source);
        int start = boundaries.get(2).intValue();
        assertThat(boundaries.get(3)).isEqualTo(whole.length);
        for (int cut = start; cut < whole.length; cut++) {
            Path cutFolder = folder.resolve("cut" + cut);
            Files.createDirectories(cutFolder);
            Files.write(journalFile(cutFolder), Arrays.copyOf(whole, cut));
            assertCutIgnoredAndAppendingGoesOn(cutFolder, start, cut, List.of("第一条", "Пункт второй"));
        }
    }

    static Stream<Integer> cutsOfTheBigEntry() {
        return Stream.of(
                        IntStream.range(0, SaveJournal.ENTRY_HEADER_SIZE + 4), // every header byte, a bit beyond
                        IntStream.of(100, 4096, 65_536, 1 << 20, 2 << 20, (3 << 20) - 1),
                        IntStream.rangeClosed(1, SaveJournal.TAG_SIZE + 1).map(back -> -back)) // the tag
                .flatMapToInt(s -> s).boxed();
    }

    @ParameterizedTest(name = "cut {0} bytes into a 3 MB last entry (negative: from its end)")
    @MethodSource("cutsOfTheBigEntry")
    void aCutAnywhereInABigLastEntryIsIgnored(int into) throws IOException {
        int start = bigBoundaries.get(2).intValue();
        int cut = into >= 0 ? start + into : bigJournal.length + into;
        Files.write(journalFile(folder), Arrays.copyOf(bigJournal, cut));
        assertCutIgnoredAndAppendingGoesOn(folder, start, cut, List.of("第一条", "Пункт второй"));
    }

    @Test
    void aCutInsideTheFileHeaderOfAnEmptyJournalStartsItAnew() throws IOException {
        Path source = folder.resolve("source");
        Files.createDirectories(source);
        JournalFixture.write(source, ARCHIVE, KEY);
        byte[] header = Files.readAllBytes(journalFile(source));
        assertThat(header).hasSize(SaveJournal.HEADER_SIZE);
        for (int cut = 0; cut < SaveJournal.HEADER_SIZE; cut++) {
            Path cutFolder = folder.resolve("cut" + cut);
            Files.createDirectories(cutFolder);
            Files.write(journalFile(cutFolder), Arrays.copyOf(header, cut));
            try (SaveJournal journal = SaveJournal.open(cutFolder, ARCHIVE, KEY)) {
                assertThat(journal.readAll()).isEmpty();
                assertThat(journal.append(utf8("第一条"))).isEqualTo(1);
            }
            try (SaveJournal journal = SaveJournal.open(cutFolder, ARCHIVE, KEY)) {
                assertThat(journal.readAll()).extracting(JournalFixture::text).containsExactly("第一条");
            }
        }
    }

    @Test
    void zerosOrGarbageAfterTheLastEntryAreIgnored() throws IOException {
        JournalFixture.write(folder, ARCHIVE, KEY, "第一条", "Пункт второй");
        byte[] whole = Files.readAllBytes(journalFile(folder));
        for (byte[] tail : List.of(new byte[4096], randomBytes(5000), randomBytes(3))) {
            byte[] damaged = Arrays.copyOf(whole, whole.length + tail.length);
            System.arraycopy(tail, 0, damaged, whole.length, tail.length);
            Files.write(journalFile(folder), damaged);
            assertCutIgnoredAndAppendingGoesOn(folder, whole.length, damaged.length,
                    List.of("第一条", "Пункт второй"));
            Files.write(journalFile(folder), whole);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        JournalFixture.RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void assertCutIgnoredAndAppendingGoesOn(Path folder, long lastGood, long cut,
                                                           List<String> survivors) throws IOException {
        String next = "新的一条 после обрыва " + cut;
        try (SaveJournal journal = SaveJournal.open(folder, ARCHIVE, KEY)) {
            assertThat(journal.readAll()).as("cut at %d", cut).extracting(JournalFixture::text)
                    .containsExactlyElementsOf(survivors);
            assertThat(journal.droppedTailBytes()).as("cut at %d", cut).isEqualTo(cut - lastGood);
            assertThat(Files.size(journalFile(folder))).as("truncated, cut at %d", cut).isEqualTo(lastGood);
            assertThat(journal.append(utf8(next))).isEqualTo(survivors.size() + 1L);
        }
        try (SaveJournal journal = SaveJournal.open(folder, ARCHIVE, KEY)) {
            assertThat(journal.droppedTailBytes()).isZero();
            assertThat(journal.readAll()).as("cut at %d", cut).extracting(JournalFixture::text)
                    .containsExactlyElementsOf(Stream.concat(survivors.stream(), Stream.of(next)).toList());
        }
    }
}
