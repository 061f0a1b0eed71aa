// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.store.journal.JournalFixture.chinese;
import static org.huiwu.store.journal.JournalFixture.contains;
import static org.huiwu.store.journal.JournalFixture.journalFile;
import static org.huiwu.store.journal.JournalFixture.newKey;
import static org.huiwu.store.journal.JournalFixture.text;
import static org.huiwu.store.journal.JournalFixture.utf8;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips, sequences, clearing, keys and archives, and no plaintext on disk. */
class SaveJournalTest {

    private static final String RUSSIAN = "Стороны договорились о сотрудничестве в пунктах пропуска на границе.";
    private static final String KYRGYZ = "Ңөү: Торугарт өткөрүү пункту";
    private static final String MARKER = "JOURNAL-PLAINTEXT-MARKER-7f3a";

    @TempDir
    Path folder;

    private final UUID archive = UUID.randomUUID();
    private final JournalKey key = newKey();

    @AfterEach
    void wipeKey() {
        key.close();
    }

    @Test
    void manyEntriesComeBackInOrderAfterReopening() throws Exception {
        List<String> texts = new ArrayList<>(List.of("双方同意", RUSSIAN, "", KYRGYZ, chinese(3 << 20), "x"));
        for (int i = 0; i < 300; i++) {
            texts.add(i % 2 == 0 ? "第" + i + "条 会议纪要" : "Пункт " + i + " протокола");
        }
        List<Long> sequences = new ArrayList<>();
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            for (String text : texts) {
                sequences.add(journal.append(utf8(text)));
            }
            assertThat(journal.readAll()).extracting(JournalFixture::text).containsExactlyElementsOf(texts);
        }
        assertThat(sequences).first().isEqualTo(1L);
        for (int i = 1; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(sequences.get(i - 1) + 1);
        }
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            assertThat(journal.droppedTailBytes()).isZero();
            assertThat(journal.entryCount()).isEqualTo(texts.size());
            List<SaveJournal.Entry> replayed = new ArrayList<>();
            journal.replay(replayed::add);
            assertThat(replayed).extracting(SaveJournal.Entry::sequence).containsExactlyElementsOf(sequences);
            assertThat(replayed).extracting(JournalFixture::text).containsExactlyElementsOf(texts);
            assertThat(replayed.get(2).payload()).isEmpty();
            assertThat(replayed.get(4).payload()).hasSizeGreaterThanOrEqualTo(3 << 20);
            assertThat(journal.append(utf8("after reopening"))).isEqualTo(texts.size() + 1L);
        }
    }

    @Test
    void clearEmptiesTheJournalAndTheSequenceGoesOn() throws Exception {
        JournalFixture.write(folder, archive, key, "один", "二", "три");
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            assertThat(journal.lastSequence()).isEqualTo(3);
            journal.clear();
            assertThat(journal.readAll()).isEmpty();
            assertThat(journal.entryCount()).isZero();
            assertThat(journal.lastSequence()).isEqualTo(3);
            assertThat(Files.size(journalFile(folder))).isEqualTo(SaveJournal.HEADER_SIZE);
            assertThat(journal.append(utf8("四"))).isEqualTo(4);
        }
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            assertThat(journal.readAll()).extracting(SaveJournal.Entry::sequence, JournalFixture::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "四"));
            journal.clear();
        }
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            assertThat(journal.readAll()).isEmpty();
            assertThat(journal.append(utf8("пять"))).isEqualTo(5);
        }
        assertThat(folder.resolve(SaveJournal.FILE_NAME + ".tmp")).doesNotExist();
    }

    @Test
    void aClearCutOffBeforeItsMoveLeavesTheOldJournal() throws Exception {
        JournalFixture.write(folder, archive, key, "один", "二");
        // The new header was being written to the temporary file when the process died.
        Path temporary = folder.resolve(SaveJournal.FILE_NAME + ".tmp");
        Files.write(temporary, java.util.Arrays.copyOf(SaveJournal.MAGIC, 20));
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            assertThat(journal.readAll()).extracting(JournalFixture::text).containsExactly("один", "二");
            assertThat(journal.append(utf8("три"))).isEqualTo(3);
        }
        assertThat(temporary).doesNotExist();
    }

    @Test
    void aNewJournalIsAValidEmptyOne() throws Exception {
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            assertThat(journal.readAll()).isEmpty();
            assertThat(journal.lastSequence()).isZero();
        }
        assertThat(Files.size(journalFile(folder))).isEqualTo(SaveJournal.HEADER_SIZE);
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            assertThat(journal.append(new byte[0])).isEqualTo(1);
        }
    }

    @Test
    void anotherKeyOrAnotherArchiveCannotOpenTheJournal() throws Exception {
        JournalFixture.write(folder, archive, key, "双方同意");
        try (JournalKey other = newKey()) {
            assertThatThrownBy(() -> SaveJournal.open(folder, archive, other))
                    .isInstanceOf(JournalCorruptedException.class).hasMessageContaining("authentication");
        }
        assertThatThrownBy(() -> SaveJournal.open(folder, UUID.randomUUID(), key))
                .isInstanceOf(JournalCorruptedException.class).hasMessageContaining("of archive " + archive);
        // Neither attempt changed the file: the right key still reads it.
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            assertThat(journal.readAll()).extracting(JournalFixture::text).containsExactly("双方同意");
        }
    }

    @Test
    void noPayloadTextIsInTheFile() throws Exception {
        String[] texts = {MARKER + " 双方同意在边境口岸开展合作 " + RUSSIAN, chinese(1 << 20) + MARKER};
        JournalFixture.write(folder, archive, key, texts);
        byte[] file = Files.readAllBytes(journalFile(folder));
        List<byte[]> needles = List.of(utf8(MARKER), utf8("边境口岸"), utf8("сотрудничестве"),
                MARKER.getBytes(StandardCharsets.UTF_16LE), "сотрудничестве".getBytes(StandardCharsets.UTF_16BE));
        for (byte[] needle : needles) {
            assertThat(contains(file, needle)).as(new String(needle, StandardCharsets.ISO_8859_1)).isFalse();
        }
        // Positive control: the same scan finds every needle in a file that holds the texts in the clear.
        java.io.ByteArrayOutputStream clear = new java.io.ByteArrayOutputStream();
        for (String text : texts) {
            clear.writeBytes(utf8(text));
        }
        clear.writeBytes(MARKER.getBytes(StandardCharsets.UTF_16LE));
        clear.writeBytes("сотрудничестве".getBytes(StandardCharsets.UTF_16BE));
        Files.write(folder.resolve("clear.bin"), clear.toByteArray());
        byte[] control = Files.readAllBytes(folder.resolve("clear.bin"));
        for (byte[] needle : needles) {
            assertThat(contains(control, needle)).isTrue();
        }
    }

    @Test
    void concurrentAppendsGetDistinctConsecutiveSequences() throws Exception {
        ConcurrentLinkedQueue<Long> sequences = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            List<Future<?>> work = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int t = thread;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        sequences.add(journal.append(utf8("线程 " + t + " поток " + i)));
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sequences).hasSize(200).doesNotHaveDuplicates().allMatch(s -> s >= 1 && s <= 200);
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            assertThat(journal.readAll()).extracting(SaveJournal.Entry::sequence)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 200).boxed().toList());
        }
    }

    @Test
    void anOversizedPayloadIsRefusedAndTheJournalStaysUsable() throws Exception {
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            assertThatThrownBy(() -> journal.append(new byte[SaveJournal.MAX_PAYLOAD + 1]))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(journal.append(utf8("ok"))).isEqualTo(1);
        }
    }

    @Test
    void aClosedJournalRefusesWork() throws Exception {
        SaveJournal journal = SaveJournal.open(folder, archive, key);
        journal.close();
        assertThatThrownBy(() -> journal.append(utf8("late"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(journal::readAll).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFileThatIsNoJournalIsNotOverwritten() throws Exception {
        for (String content : List.of("not a journal", "this is not a journal at all, but something someone put here",
                "HUIWUJNL but then something else entirely, long enough to be more than a header of 64 bytes")) {
            byte[] foreign = utf8(content);
            Files.write(journalFile(folder), foreign);
            assertThatThrownBy(() -> SaveJournal.open(folder, archive, key)).as(content)
                    .isInstanceOf(JournalCorruptedException.class);
            assertThat(Files.readAllBytes(journalFile(folder))).isEqualTo(foreign);
        }
    }

    @Test
    void aCutOffHeaderOfAnotherArchivesJournalIsNotReplaced() throws Exception {
        UUID other = UUID.randomUUID();
        JournalFixture.write(folder, other, key);
        byte[] cut = java.util.Arrays.copyOf(Files.readAllBytes(journalFile(folder)), 40);
        Files.write(journalFile(folder), cut);
        assertThatThrownBy(() -> SaveJournal.open(folder, archive, key))
                .isInstanceOf(JournalCorruptedException.class);
        assertThat(Files.readAllBytes(journalFile(folder))).isEqualTo(cut);
    }
}
