// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.search;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.RandomAccessInput;

/**
 * A Lucene directory whose every file is encrypted: AES-256 in counter mode with a random 16-byte IV at the head
 * of each file. Counter mode lets a reader decrypt from any position, so Lucene seeks and slices as usual; the
 * plaintext's checksum in each file's footer (Lucene's own) tells a wrong key or a damaged file. Lock files are
 * left to the wrapped directory (they hold nothing).
 */
final class EncryptedDirectory extends FilterDirectory {

    static final int HEADER = 16;
    private static final int BLOCK = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    /**
     * Lucene clones inputs for every term it looks up; expanding the AES key for each clone cost more than the
     * search itself. One cipher per thread, made once (a Cipher is not thread-safe).
     */
    private final ThreadLocal<Cipher> ciphers;

    /** Takes a 32-byte key; the caller keeps (and wipes) its array. */
    EncryptedDirectory(Directory in, byte[] key) {
        super(in);
        if (key.length != 32) {
            throw new IllegalArgumentException("An index key has 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.ciphers = ThreadLocal.withInitial(() -> ecb(this.key));
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new EncryptingOutput(in.createOutput(name, context), key);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return new EncryptingOutput(in.createTempOutput(prefix, suffix, context), key);
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        IndexInput raw = in.openInput(name, context);
        try {
            if (raw.length() < HEADER) {
                throw new org.apache.lucene.index.CorruptIndexException("no IV header", raw);
            }
            byte[] iv = new byte[HEADER];
            raw.readBytes(iv, 0, HEADER);
            return new DecryptingInput("encrypted(" + name + ")", raw, ciphers, iv, 0, raw.length() - HEADER);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    @Override
    public long fileLength(String name) throws IOException {
        return Math.max(0, in.fileLength(name) - HEADER);
    }

    private static Cipher ecb(SecretKeySpec key) {
        try {
            Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES unavailable in this JDK", e);
        }
    }

    /**
     * XORs {@code length} bytes of {@code data} with the key stream from plaintext position {@code position}:
     * the IV plus the block number, encrypted. Encryption and decryption are the same. Works in pieces the size
     * of {@code scratch} (a multiple of the block size).
     */
    private static void crypt(Cipher cipher, byte[] iv, long position, byte[] data, int offset, int length,
                              byte[] scratch) {
        while (length > 0) {
            long block = position / BLOCK;
            int skip = (int) (position % BLOCK);
            int piece = Math.min(length, scratch.length - skip);
            int blocks = (skip + piece + BLOCK - 1) / BLOCK;
            for (int i = 0; i < blocks; i++) {
                counter(iv, block + i, scratch, i * BLOCK);
            }
            try {
                cipher.doFinal(scratch, 0, blocks * BLOCK, scratch, 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < piece; i++) {
                data[offset + i] ^= scratch[skip + i];
            }
            position += piece;
            offset += piece;
            length -= piece;
        }
    }

    /** The IV as a 128-bit big-endian number plus the block number. */
    private static void counter(byte[] iv, long block, byte[] out, int at) {
        System.arraycopy(iv, 0, out, at, BLOCK);
        long carry = block;
        for (int i = BLOCK - 1; i >= 0 && carry != 0; i--) {
            long sum = (out[at + i] & 0xffL) + (carry & 0xff);
            out[at + i] = (byte) sum;
            carry = (carry >>> 8) + (sum >>> 8);
        }
    }

    /** Writes ciphertext after the IV; the checksum and the file pointer are the plaintext's, as Lucene expects. */
    private static final class EncryptingOutput extends IndexOutput {

        private final IndexOutput out;
        private final Cipher cipher;
        private final byte[] iv = new byte[HEADER];
        private final byte[] buffer = new byte[8192];
        private final byte[] scratch = new byte[4096];
        private final CRC32 crc = new CRC32();
        private int buffered;
        private long written;

        EncryptingOutput(IndexOutput out, SecretKeySpec key) throws IOException {
            super("encrypted(" + out + ")", out.getName());
            this.out = out;
            this.cipher = ecb(key);
            RANDOM.nextBytes(iv);
            out.writeBytes(iv, 0, HEADER);
        }

        @Override
        public void writeByte(byte b) throws IOException {
            if (buffered == buffer.length) {
                flushBuffer();
            }
            buffer[buffered++] = b;
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            while (length > 0) {
                if (buffered == buffer.length) {
                    flushBuffer();
                }
                int n = Math.min(length, buffer.length - buffered);
                System.arraycopy(b, offset, buffer, buffered, n);
                buffered += n;
                offset += n;
                length -= n;
            }
        }

        private void flushBuffer() throws IOException {
            if (buffered == 0) {
                return;
            }
            crc.update(buffer, 0, buffered);
            crypt(cipher, iv, written, buffer, 0, buffered, scratch);
            out.writeBytes(buffer, 0, buffered);
            written += buffered;
            buffered = 0;
        }

        @Override
        public long getFilePointer() {
            return written + buffered;
        }

        @Override
        public long getChecksum() throws IOException {
            // Lucene asks before writing the footer: the bytes still buffered count.
            flushBuffer();
            return crc.getValue();
        }

        @Override
        public void close() throws IOException {
            try {
                flushBuffer();
            } finally {
                Arrays.fill(buffer, (byte) 0);
                out.close();
            }
        }
    }

    /** Reads plaintext from any position of an encrypted file (or a slice of it). */
    private static final class DecryptingInput extends BufferedIndexInput {

        private IndexInput raw;
        private final ThreadLocal<Cipher> ciphers;
        private final byte[] iv;
        /** Where this input (a slice, perhaps) starts in the plaintext of the file. */
        private final long start;
        private final long length;
        private byte[] scratch;
        private byte[] chunk;
        private final boolean slice;

        DecryptingInput(String description, IndexInput raw, ThreadLocal<Cipher> ciphers, byte[] iv, long start,
                        long length) {
            this(description, raw, ciphers, iv, start, length, false);
        }

        private DecryptingInput(String description, IndexInput raw, ThreadLocal<Cipher> ciphers, byte[] iv,
                                long start, long length, boolean slice) {
            // Small buffers: a random read (a doc value, a term's postings) decrypts no more than this.
            super(description, 1024);
            this.raw = raw;
            this.ciphers = ciphers;
            this.iv = iv;
            this.start = start;
            this.length = length;
            this.slice = slice;
        }

        @Override
        protected void readInternal(java.nio.ByteBuffer b) throws IOException {
            long position = start + getFilePointer();
            int n = b.remaining();
            if (getFilePointer() + n > length) {
                throw new java.io.EOFException("read past EOF: " + this);
            }
            Cipher cipher = ciphers.get();
            if (scratch == null) {
                scratch = new byte[4096];
            }
            raw.seek(HEADER + position);
            if (b.hasArray()) {
                int at = b.arrayOffset() + b.position();
                raw.readBytes(b.array(), at, n);
                crypt(cipher, iv, position, b.array(), at, n, scratch);
                b.position(b.position() + n);
            } else {
                if (chunk == null || chunk.length < n) {
                    chunk = new byte[n];
                }
                raw.readBytes(chunk, 0, n);
                crypt(cipher, iv, position, chunk, 0, n, scratch);
                b.put(chunk, 0, n);
            }
        }

        @Override
        protected void seekInternal(long pos) throws IOException {
            if (pos > length) {
                throw new java.io.EOFException("seek past EOF: " + this);
            }
        }

        @Override
        public long length() {
            return length;
        }

        @Override
        public IndexInput slice(String description, long offset, long sliceLength) throws IOException {
            if (offset < 0 || sliceLength < 0 || offset + sliceLength > length) {
                throw new IllegalArgumentException("slice out of bounds: " + description);
            }
            return new DecryptingInput(description, raw.clone(), ciphers, iv, start + offset, sliceLength, true);
        }

        /**
         * Doc values and norms are read a few bytes at a time at random positions: decrypting a whole buffer for
         * each would cost more than the search. This decrypts only the one or two blocks a read needs.
         */
        @Override
        public RandomAccessInput randomAccessSlice(long offset, long sliceLength) throws IOException {
            if (offset < 0 || sliceLength < 0 || offset + sliceLength > length) {
                throw new IllegalArgumentException("slice out of bounds: " + this);
            }
            return new DecryptingRandomAccess(raw.randomAccessSlice(HEADER + start + offset, sliceLength), ciphers,
                    iv, start + offset, sliceLength);
        }

        @Override
        public DecryptingInput clone() {
            DecryptingInput clone = (DecryptingInput) super.clone();
            clone.raw = raw.clone();
            clone.scratch = null;
            clone.chunk = null;
            return clone;
        }

        @Override
        public void close() throws IOException {
            // Clones and slices share the file with the input that opened it; only that one closes it.
            if (!slice) {
                raw.close();
            }
        }
    }

    /** Random reads of little-endian values from an encrypted file. */
    private static final class DecryptingRandomAccess implements RandomAccessInput {

        private final RandomAccessInput raw;
        private final ThreadLocal<Cipher> ciphers;
        private final byte[] iv;
        /** Where this slice starts in the plaintext of the file. */
        private final long base;
        private final long length;

        DecryptingRandomAccess(RandomAccessInput raw, ThreadLocal<Cipher> ciphers, byte[] iv, long base,
                               long length) {
            this.raw = raw;
            this.ciphers = ciphers;
            this.iv = iv;
            this.base = base;
            this.length = length;
        }

        private long read(long pos, int bytes) throws IOException {
            long at = base + pos;
            int skip = (int) (at % BLOCK);
            int blocks = (skip + bytes + BLOCK - 1) / BLOCK;
            byte[] stream = new byte[blocks * BLOCK];
            for (int i = 0; i < blocks; i++) {
                counter(iv, at / BLOCK + i, stream, i * BLOCK);
            }
            try {
                ciphers.get().doFinal(stream, 0, stream.length, stream, 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            long value = 0;
            for (int i = 0; i < bytes; i++) {
                value |= (long) ((raw.readByte(pos + i) ^ stream[skip + i]) & 0xff) << (8 * i);
            }
            return value;
        }

        @Override
        public long length() {
            return length;
        }

        @Override
        public byte readByte(long pos) throws IOException {
            return (byte) read(pos, 1);
        }

        @Override
        public short readShort(long pos) throws IOException {
            return (short) read(pos, 2);
        }

        @Override
        public int readInt(long pos) throws IOException {
            return (int) read(pos, 4);
        }

        @Override
        public long readLong(long pos) throws IOException {
            return read(pos, 8);
        }
    }
}
