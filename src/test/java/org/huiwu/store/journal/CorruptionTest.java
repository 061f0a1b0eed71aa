// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.store.journal.JournalFixture.entryBoundaries;
import static org.huiwu.store.journal.JournalFixture.journalFile;
import static org.huiwu.store.journal.JournalFixture.newKey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damage is never skipped: a bad entry with an authentic one after it, a bad header, or entries reordered,
 * duplicated, dropped or moved from another archive or key make the journal fail to open. Only the last entry is
 * forgiven, as a torn write (see {@link #aFlippedBitInTheLastEntryIsTreatedAsATornWrite()}).
 */
class CorruptionTest {

    private static final String[] TEXTS = {"第一条", "Пункт второй", "第三条：双方同意。", "Пункт четвёртый", "第五条"};

    @TempDir
    Path folder;

    private final UUID archive = UUID.randomUUID();
    private final JournalKey key = newKey();
    private byte[] whole;
    private List<Long> boundaries;

    @BeforeEach
    void writeJournal() throws IOException {
        JournalFixture.write(folder, archive, key, TEXTS);
        whole = Files.readAllBytes(journalFile(folder));
        boundaries = entryBoundaries(folder);
    }

    @AfterEach
    void wipeKey() {
        key.close();
    }

    @Test
    void aFlippedBitAnywhereInAMiddleEntryIsAnError() throws IOException {
        int start = boundaries.get(2).intValue();
        int end = boundaries.get(3).intValue();
        for (int at = start; at < end; at++) {
            byte[] damaged = whole.clone();
            damaged[at] ^= (byte) (1 << (at % 8));
            Files.write(journalFile(folder), damaged);
            int position = at;
            assertThatThrownBy(() -> SaveJournal.open(folder, archive, key)).as("bit flipped at byte %d", at)
                    .isInstanceOfSatisfying(JournalCorruptedException.class,
                            e -> assertThat(e.offset()).as("bit flipped at %d", position).isEqualTo(start));
            assertThat(Files.readAllBytes(journalFile(folder))).as("left as found").isEqualTo(damaged);
        }
    }

    @Test
    void aFlippedBitAnywhereInTheFileHeaderIsAnError() throws IOException {
        for (int at = 0; at < SaveJournal.HEADER_SIZE; at++) {
            byte[] damaged = whole.clone();
            damaged[at] ^= (byte) (1 << (at % 8));
            Files.write(journalFile(folder), damaged);
            assertThatThrownBy(() -> SaveJournal.open(folder, archive, key)).as("bit flipped at byte %d", at)
                    .isInstanceOf(JournalCorruptedException.class);
        }
    }

    /**
     * The choice for the final entry: a complete last entry whose tag fails is dropped like a torn write, with a
     * warning. GCM cannot tell a cut-off write from a flipped bit; a kill -9 only ever leaves a prefix (caught by
     * the length), but after a power cut some file systems (NTFS, XFS) keep the new length with zeros or stale
     * blocks in it. Refusing to open would turn every such crash into an archive that does not open; dropping it
     * loses at most a save that was written but whose force had not returned, or — if the disk itself flipped a
     * bit — one confirmed save, which only a second copy could have saved.
     */
    @Test
    void aFlippedBitInTheLastEntryIsTreatedAsATornWrite() throws IOException {
        int start = boundaries.get(4).intValue();
        for (int at = start; at < whole.length; at++) {
            byte[] damaged = whole.clone();
            damaged[at] ^= (byte) (1 << (at % 8));
            Files.write(journalFile(folder), damaged);
            try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
                assertThat(journal.readAll()).as("bit flipped at byte %d", at).extracting(JournalFixture::text)
                        .containsExactly(Arrays.copyOf(TEXTS, 4));
                assertThat(journal.droppedTailBytes()).isEqualTo(whole.length - start);
            }
        }
    }

    @Test
    void anEntryOfAnotherArchiveInTheMiddleIsAnErrorAndAtTheEndIsDropped() throws IOException {
        byte[] foreign = entryOf(UUID.randomUUID(), key, 3);
        assertThatThrownBy(() -> open(splice(foreign, whole, boundaries.get(2).intValue())))
                .isInstanceOf(JournalCorruptedException.class);
        // Replacing entry 3 by entry 3 of another archive under the same key: authentication fails.
        assertThatThrownBy(() -> open(replaceEntry(2, foreign)))
                .isInstanceOf(JournalCorruptedException.class);
        try (SaveJournal journal = open(replaceEntry(4, entryOf(UUID.randomUUID(), key, 5)))) {
            assertThat(journal.readAll()).hasSize(4);
            assertThat(journal.droppedTailBytes()).isPositive();
        }
    }

    @Test
    void anEntryUnderAnotherKeyInTheMiddleIsAnError() throws IOException {
        try (JournalKey other = newKey()) {
            assertThatThrownBy(() -> open(replaceEntry(2, entryOf(archive, other, 3))))
                    .isInstanceOf(JournalCorruptedException.class);
        }
    }

    @Test
    void reorderedDuplicatedOrMissingEntriesAreErrors() throws IOException {
        byte[] second = entry(1);
        byte[] third = entry(2);
        ByteArrayOutputStream swapped = new ByteArrayOutputStream();
        swapped.write(whole, 0, boundaries.get(1).intValue());
        swapped.writeBytes(third);
        swapped.writeBytes(second);
        swapped.write(whole, boundaries.get(3).intValue(), whole.length - boundaries.get(3).intValue());
        assertThatThrownBy(() -> open(swapped.toByteArray()))
                .isInstanceOf(JournalCorruptedException.class).hasMessageContaining("expected");

        assertThatThrownBy(() -> open(splice(second, whole, boundaries.get(3).intValue())))
                .as("a duplicate in the middle").isInstanceOf(JournalCorruptedException.class);
        byte[] duplicateAtEnd = Arrays.copyOf(whole, whole.length + second.length);
        System.arraycopy(second, 0, duplicateAtEnd, whole.length, second.length);
        assertThatThrownBy(() -> open(duplicateAtEnd)).as("an old entry appended again")
                .isInstanceOf(JournalCorruptedException.class);

        ByteArrayOutputStream dropped = new ByteArrayOutputStream();
        dropped.write(whole, 0, boundaries.get(2).intValue());
        dropped.write(whole, boundaries.get(3).intValue(), whole.length - boundaries.get(3).intValue());
        assertThatThrownBy(() -> open(dropped.toByteArray())).as("entry 3 cut out")
                .isInstanceOf(JournalCorruptedException.class).hasMessageContaining("expected");
    }

    @Test
    void aJournalMovedFromAnotherArchiveFolderDoesNotOpen() throws IOException {
        Path otherFolder = folder.resolve("other");
        Files.createDirectories(otherFolder);
        Files.copy(journalFile(folder), journalFile(otherFolder));
        assertThatThrownBy(() -> SaveJournal.open(otherFolder, UUID.randomUUID(), key))
                .isInstanceOf(JournalCorruptedException.class);
    }

    private SaveJournal open(byte[] contents) throws IOException {
        Files.write(journalFile(folder), contents);
        return SaveJournal.open(folder, archive, key);
    }

    private byte[] entry(int index) {
        return Arrays.copyOfRange(whole, boundaries.get(index).intValue(), boundaries.get(index + 1).intValue());
    }

    private byte[] replaceEntry(int index, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(whole, 0, boundaries.get(index).intValue());
        out.writeBytes(replacement);
        int after = boundaries.get(index + 1).intValue();
        out.write(whole, after, whole.length - after);
        return out.toByteArray();
    }

    private static byte[] splice(byte[] inserted, byte[] into, int at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(into, 0, at);
        out.writeBytes(inserted);
        out.write(into, at, into.length - at);
        return out.toByteArray();
    }

    /** Entry {@code sequence} of a journal of another archive or key, with the same text as ours. */
    private byte[] entryOf(UUID otherArchive, JournalKey otherKey, int sequence) throws IOException {
        Path other = folder.resolve("source-" + UUID.randomUUID());
        Files.createDirectories(other);
        JournalFixture.write(other, otherArchive, otherKey, TEXTS);
        byte[] file = Files.readAllBytes(journalFile(other));
        List<Long> otherBoundaries = entryBoundaries(other);
        return Arrays.copyOfRange(file, otherBoundaries.get(sequence - 1).intValue(),
                otherBoundaries.get(sequence).intValue());
    }
}
