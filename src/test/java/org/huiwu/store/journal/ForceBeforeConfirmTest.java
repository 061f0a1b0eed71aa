// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.store.journal.JournalFixture.chinese;
import static org.huiwu.store.journal.JournalFixture.newKey;
import static org.huiwu.store.journal.JournalFixture.utf8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * append() returns (and the save may be confirmed) only after every byte of its entry was written and
 * {@code force(true)} returned; if writing or forcing fails, nothing is confirmed.
 */
class ForceBeforeConfirmTest {

    @TempDir
    Path folder;

    private final UUID archive = UUID.randomUUID();
    private final JournalKey key = newKey();
    private final List<String> events = new ArrayList<>();

    @AfterEach
    void wipeKey() {
        key.close();
    }

    /** What happened to the file, in order: "write FROM..TO", "force true SIZE", "confirmed SEQ FROM..TO". */
    private final class Recording implements JournalChannel {
        private final JournalChannel real;
        String failOn = "";

        Recording(JournalChannel real) {
            this.real = real;
        }

        @Override
        public int read(ByteBuffer target, long position) throws IOException {
            return real.read(target, position);
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            if (failOn.equals("write")) {
                // A short write, then the disk gives up: only part of the entry reached the file.
                ByteBuffer half = source.slice().limit(source.remaining() / 2);
                real.write(half, position);
                throw new IOException("disk full (simulated)");
            }
            int written = real.write(source, position);
            events.add("write " + position + ".." + (position + written));
            return written;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public void truncate(long size) throws IOException {
            real.truncate(size);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            if (failOn.equals("force")) {
                throw new IOException("fsync failed (simulated)");
            }
            real.force(metaData);
            events.add("force " + metaData + " " + real.size());
        }

        @Override
        public void close() throws IOException {
            real.close();
        }
    }

    @Test
    void appendReturnsOnlyAfterItsBytesWereWrittenAndForced() throws IOException {
        List<byte[]> payloads = List.of(utf8("双方同意"), new byte[0], utf8("Пункт второй"), utf8(chinese(3 << 20)));
        List<Recording> channels = new ArrayList<>();
        try (SaveJournal journal = SaveJournal.open(folder, archive, key, file -> {
            Recording recording = new Recording(JournalChannel.open(file));
            channels.add(recording);
            return recording;
        })) {
            for (byte[] payload : payloads) {
                long before = journal.sizeInBytes();
                long sequence = journal.append(payload);
                events.add("confirmed " + sequence + " " + before + ".." + journal.sizeInBytes());
            }
        }
        assertThat(channels).hasSize(1);
        long position = SaveJournal.HEADER_SIZE;
        int event = 0;
        for (int i = 0; i < payloads.size(); i++) {
            long end = position + SaveJournal.ENTRY_HEADER_SIZE + payloads.get(i).length + SaveJournal.TAG_SIZE;
            // Writes that together cover exactly this entry's bytes, in order ...
            long covered = position;
            while (events.get(event).startsWith("write ")) {
                assertThat(events.get(event)).startsWith("write " + covered + "..");
                covered = Long.parseLong(events.get(event).substring(events.get(event).indexOf("..") + 2));
                event++;
            }
            assertThat(covered).as("entry %d written whole before the force", i + 1).isEqualTo(end);
            // ... then force(true), with the file already holding the entry ...
            assertThat(events.get(event++)).isEqualTo("force true " + end);
            // ... and only then does append() return its sequence number.
            assertThat(events.get(event++)).isEqualTo("confirmed " + (i + 1) + " " + position + ".." + end);
            position = end;
        }
        assertThat(event).isEqualTo(events.size());
    }

    @Test
    void aFailedForceConfirmsNothingAndStopsTheJournal() throws IOException {
        assertFailureConfirmsNothing("force");
    }

    @Test
    void aFailedWriteConfirmsNothingAndStopsTheJournal() throws IOException {
        assertFailureConfirmsNothing("write");
    }

    private void assertFailureConfirmsNothing(String failing) throws IOException {
        List<Recording> channels = new ArrayList<>();
        try (SaveJournal journal = SaveJournal.open(folder, archive, key, file -> {
            Recording recording = new Recording(JournalChannel.open(file));
            channels.add(recording);
            return recording;
        })) {
            assertThat(journal.append(utf8("第一条"))).isEqualTo(1);
            channels.get(0).failOn = failing;
            assertThatThrownBy(() -> journal.append(utf8("Пункт второй"))).isInstanceOf(IOException.class);
            channels.get(0).failOn = "";
            // After a failed fsync the page cache cannot be trusted: no more appends until reopened.
            assertThatThrownBy(() -> journal.append(utf8("第三条"))).isInstanceOf(IOException.class)
                    .hasMessageContaining("reopened");
        }
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            assertThat(journal.readAll()).extracting(JournalFixture::text).containsExactly("第一条");
            assertThat(journal.append(utf8("第三条"))).isEqualTo(2);
        }
    }
}
