// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Chunks of a backup can be neither reordered, dropped, cut off nor read under another key. */
class BackupFileTest {

    private static final byte[] KEY = new byte[32];
    private final byte[] payload = new byte[BackupFile.CHUNK * 2 + 12345];

    BackupFileTest() {
        new Random(7).nextBytes(payload);
    }

    @Test
    void payloadOfSeveralChunksComesBackWhole() throws IOException {
        assertThat(open(sealed(), KEY)).isEqualTo(payload);
    }

    @Test
    void twoSwappedChunksFailAuthentication() throws IOException {
        byte[] file = sealed();
        int first = firstChunk(file);
        int length = BackupFile.CHUNK + 16 + 5;
        byte[] swapped = file.clone();
        System.arraycopy(file, first, swapped, first + length, length);
        System.arraycopy(file, first + length, swapped, first, length);

        assertKind(swapped, KEY, BackupFormatException.Kind.DAMAGED);
    }

    @Test
    void aFileCutAtAChunkBoundaryIsTruncated() throws IOException {
        byte[] file = sealed();
        int twoChunks = firstChunk(file) + 2 * (BackupFile.CHUNK + 16 + 5);

        assertKind(Arrays.copyOf(file, twoChunks), KEY, BackupFormatException.Kind.TRUNCATED);
    }

    @Test
    void anotherKeyCannotReadIt() throws IOException {
        byte[] other = KEY.clone();
        other[0] = 1;

        assertKind(sealed(), other, BackupFormatException.Kind.DAMAGED);
    }

    @Test
    void aNewerVersionIsRecognised() throws IOException {
        byte[] file = sealed();
        file[BackupFile.MAGIC.length + 3] = 9;

        assertKind(file, KEY, BackupFormatException.Kind.NEWER_VERSION);
    }

    private byte[] sealed() throws IOException {
        Properties header = new Properties();
        header.setProperty("archive.name", "测试 · Тест");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealed = BackupFile.seal(out, header, KEY)) {
            sealed.write(payload);
        }
        return out.toByteArray();
    }

    private static byte[] open(byte[] file, byte[] key) throws IOException {
        InputStream in = new ByteArrayInputStream(file);
        BackupFile.Header header = BackupFile.readHeader(in);
        return BackupFile.open(in, header, key).readAllBytes();
    }

    private static int firstChunk(byte[] file) {
        int headerLength = ((file[12] & 0xff) << 24) | ((file[13] & 0xff) << 16) | ((file[14] & 0xff) << 8)
                | (file[15] & 0xff);
        return 16 + headerLength;
    }

    private static void assertKind(byte[] file, byte[] key, BackupFormatException.Kind kind) {
        assertThatThrownBy(() -> open(file, key)).isInstanceOfSatisfying(BackupFormatException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
