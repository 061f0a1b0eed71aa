// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Keys, payloads and a look at the raw file for the journal tests. */
final class JournalFixture {

    static final SecureRandom RANDOM = new SecureRandom();

    private JournalFixture() {
    }

    static JournalKey newKey() {
        byte[] bytes = new byte[JournalKey.LENGTH];
        RANDOM.nextBytes(bytes);
        return JournalKey.wrap(bytes);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(SaveJournal.Entry entry) {
        return new String(entry.payload(), StandardCharsets.UTF_8);
    }

    /** About {@code bytes} bytes of UTF-8 Chinese (three bytes a character). */
    static String chinese(int bytes) {
        String phrase = "双方同意在边境口岸开展合作，会议纪要以中文和俄文写成，两种文本同等作准。";
        StringBuilder text = new StringBuilder(bytes / 3 + phrase.length());
        while (text.length() * 3 < bytes) {
            text.append(phrase);
        }
        return text.substring(0, bytes / 3);
    }

    static Path journalFile(Path folder) {
        return folder.resolve(SaveJournal.FILE_NAME);
    }

    /** Start offsets of the entries in the file, plus the end of the last one, read from the length fields. */
    static List<Long> entryBoundaries(Path folder) throws IOException {
        byte[] file = Files.readAllBytes(journalFile(folder));
        ByteBuffer buffer = ByteBuffer.wrap(file);
        List<Long> boundaries = new ArrayList<>();
        long position = SaveJournal.HEADER_SIZE;
        boundaries.add(position);
        while (position < file.length) {
            position += SaveJournal.ENTRY_HEADER_SIZE + buffer.getInt((int) position + 4);
            boundaries.add(position);
        }
        return boundaries;
    }

    /** A journal with the given texts appended, closed. */
    static void write(Path folder, UUID archive, JournalKey key, String... texts) throws IOException {
        try (SaveJournal journal = SaveJournal.open(folder, archive, key)) {
            for (String text : texts) {
                journal.append(utf8(text));
            }
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
