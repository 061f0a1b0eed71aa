// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Index files are ciphertext on disk, and Lucene can read them back from anywhere, in slices too. */
class EncryptedDirectoryTest {

    @TempDir
    Path folder;

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        return key;
    }

    /** A file of random bytes ending in "borderline" text and Lucene's checksum footer. */
    private byte[] write(EncryptedDirectory directory, String name, int size) throws Exception {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        byte[] marker = "Irkeshtam checkpoint".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(marker, 0, content, size / 3, marker.length);
        try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
            CodecUtil.writeHeader(out, "test", 1);
            out.writeBytes(content, 0, content.length);
            CodecUtil.writeFooter(out);
        }
        return content;
    }

    @Test
    void readsBackFromAnyPositionAndInSlices() throws Exception {
        try (EncryptedDirectory directory = new EncryptedDirectory(FSDirectory.open(folder), key(1))) {
            byte[] content = write(directory, "data", 100_003);
            int header = CodecUtil.headerLength("test");
            assertThat(directory.fileLength("data")).isEqualTo(header + content.length + CodecUtil.footerLength());

            try (IndexInput in = directory.openInput("data", IOContext.DEFAULT)) {
                Random random = new Random(7);
                for (int i = 0; i < 200; i++) {
                    int at = random.nextInt(content.length - 40);
                    int length = 1 + random.nextInt(40);
                    byte[] read = new byte[length];
                    in.seek(header + at);
                    in.readBytes(read, 0, length);
                    assertThat(read).isEqualTo(Arrays.copyOfRange(content, at, at + length));
                }
                IndexInput slice = in.slice("slice", header + 5_000, 20_000);
                slice.seek(12_345);
                assertThat(slice.readByte()).isEqualTo(content[5_000 + 12_345]);
                org.apache.lucene.store.RandomAccessInput values = in.randomAccessSlice(header + 1_000, 50_000);
                for (int i = 0; i < 200; i++) {
                    int at = new Random(i).nextInt(49_990);
                    assertThat(values.readByte(at)).isEqualTo(content[1_000 + at]);
                    assertThat(values.readLong(at)).isEqualTo(java.nio.ByteBuffer.wrap(content, 1_000 + at, 8)
                            .order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong());
                    assertThat(values.readInt(at)).isEqualTo(java.nio.ByteBuffer.wrap(content, 1_000 + at, 4)
                            .order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
                }
                IndexInput clone = slice.clone();
                clone.seek(17);
                assertThat(clone.readByte()).isEqualTo(content[5_017]);
            }
            try (IndexInput in = directory.openInput("data", IOContext.DEFAULT)) {
                CodecUtil.checksumEntireFile(in);
            }
        }
    }

    @Test
    void diskHoldsNoPlaintextAndAnotherKeyFailsTheChecksum() throws Exception {
        try (EncryptedDirectory directory = new EncryptedDirectory(FSDirectory.open(folder), key(1))) {
            write(directory, "data", 10_000);
        }
        byte[] disk = Files.readAllBytes(folder.resolve("data"));
        assertThat(new String(disk, StandardCharsets.ISO_8859_1)).doesNotContain("Irkeshtam").doesNotContain("test");

        try (EncryptedDirectory other = new EncryptedDirectory(FSDirectory.open(folder), key(2));
             IndexInput in = other.openInput("data", IOContext.DEFAULT)) {
            assertThatThrownBy(() -> CodecUtil.checksumEntireFile(in))
                    .isInstanceOf(org.apache.lucene.index.CorruptIndexException.class);
        }
    }

    @Test
    void twoFilesWithTheSameContentDifferOnDisk() throws Exception {
        try (EncryptedDirectory directory = new EncryptedDirectory(FSDirectory.open(folder), key(1))) {
            write(directory, "a", 5_000);
            write(directory, "b", 5_000);
        }
        // A random IV per file: equal plaintexts give no hint.
        assertThat(Files.readAllBytes(folder.resolve("a"))).isNotEqualTo(Files.readAllBytes(folder.resolve("b")));
    }
}
