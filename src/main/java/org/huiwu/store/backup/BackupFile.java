// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.huiwu.store.backup.BackupFormatException.Kind;

/**
 * The backup file format (big-endian).
 * <pre>
 * "HUIWUBAK" (8) | version (int) | header length (int) | header: UTF-8 properties, readable without a key
 * then chunks: last flag (1 byte: 0 or 1) | length (int) | AES-256-GCM ciphertext + tag of up to 1 MiB of payload
 * </pre>
 * The header names the archive and carries its key slots (so the archive's passphrases unlock the backup), the
 * time, a random salt and free metadata. The payload key is HMAC-SHA256(backup key, salt), the backup key being the
 * archive's file key derived for {@value #PURPOSE}; so every file has its own key and the nonce can be the chunk
 * number. Each chunk's AAD is SHA-256(magic, version, header) ‖ chunk number ‖ last flag: a changed header, chunks
 * reordered, dropped or cut off after a chunk boundary all fail authentication or end without a last chunk.
 */
public final class BackupFile {

    /** The HKDF purpose of the archive's backup key. */
    public static final String PURPOSE = "huiwu-backup-v1";
    public static final String SALT = "huiwuBackup.salt";
    static final byte[] MAGIC = "HUIWUBAK".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int CHUNK = 1 << 20;
    private static final int TAG_BYTES = 16;
    private static final int MAX_HEADER = 1 << 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupFile() {
    }

    /** The plain header as read (or written), with its exact bytes, which every chunk authenticates. */
    public record Header(Properties properties, byte[] digest) {

        public String get(String key) {
            return properties.getProperty(key);
        }
    }

    /**
     * Writes magic, version and the header (with a new salt added) to {@code out} and returns the stream the
     * payload goes into; closing it seals the last chunk and flushes {@code out} without closing it.
     */
    public static OutputStream seal(OutputStream out, Properties header, byte[] backupKey) throws IOException {
        Properties withSalt = new Properties();
        withSalt.putAll(header);
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        withSalt.setProperty(SALT, Base64.getEncoder().encodeToString(salt));
        byte[] encoded = encode(withSalt);
        DataOutputStream data = new DataOutputStream(out);
        data.write(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(encoded.length);
        data.write(encoded);
        return new Sealing(out, payloadKey(backupKey, salt), digest(encoded));
    }

    /** Reads magic, version and header; the stream is left at the first chunk. */
    public static Header readHeader(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new BackupFormatException(Kind.NOT_A_BACKUP, "No Huiwu backup marker");
        }
        try {
            int version = data.readInt();
            if (version > VERSION) {
                throw new BackupFormatException(Kind.NEWER_VERSION, "Backup format " + version);
            }
            if (version < 1) {
                throw new BackupFormatException(Kind.NOT_A_BACKUP, "Backup format " + version);
            }
            int length = data.readInt();
            if (length < 0 || length > MAX_HEADER) {
                throw new BackupFormatException(Kind.DAMAGED, "Header length " + length);
            }
            byte[] encoded = data.readNBytes(length);
            if (encoded.length < length) {
                throw new BackupFormatException(Kind.TRUNCATED, "The file ends inside its header");
            }
            Properties properties = new Properties();
            properties.load(new StringReader(new String(encoded, StandardCharsets.UTF_8)));
            return new Header(properties, digest(encoded));
        } catch (EOFException e) {
            throw new BackupFormatException(Kind.TRUNCATED, "The file ends inside its header");
        } catch (IllegalArgumentException e) {
            throw new BackupFormatException(Kind.DAMAGED, "Unreadable header: " + e.getMessage());
        }
    }

    /**
     * The payload of the file whose header was just read: every chunk is authenticated before its bytes are handed
     * out; a bad chunk throws {@link BackupFormatException} (DAMAGED), an end before the last chunk TRUNCATED, and
     * bytes after the last chunk DAMAGED.
     */
    public static InputStream open(InputStream in, Header header, byte[] backupKey) throws IOException {
        String salt = header.get(SALT);
        if (salt == null) {
            throw new BackupFormatException(Kind.DAMAGED, "The header has no salt");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(salt);
        } catch (IllegalArgumentException e) {
            throw new BackupFormatException(Kind.DAMAGED, "The header's salt is unreadable");
        }
        return new Opening(in, payloadKey(backupKey, decoded), header.digest());
    }

    private static byte[] encode(Properties properties) throws IOException {
        StringWriter text = new StringWriter();
        properties.store(text, "Huiwu backup: the records follow, encrypted");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] digest(byte[] encodedHeader) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(MAGIC);
            sha.update(ByteBuffer.allocate(4).putInt(VERSION).array());
            return sha.digest(encodedHeader);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable in this JDK", e);
        }
    }

    private static SecretKeySpec payloadKey(byte[] backupKey, byte[] salt) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(backupKey, "HmacSHA256"));
            hmac.update("huiwu-backup-file".getBytes(StandardCharsets.US_ASCII));
            byte[] key = hmac.doFinal(salt);
            try {
                return new SecretKeySpec(key, "AES");
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable in this JDK", e);
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] headerDigest, long index, boolean last) {
        try {
            byte[] nonce = ByteBuffer.allocate(12).putInt(0).putLong(index).array();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(headerDigest);
            cipher.updateAAD(ByteBuffer.allocate(9).putLong(index).put((byte) (last ? 1 : 0)).array());
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable in this JDK", e);
        }
    }

    /** Buffers a chunk of payload and seals it when full; close seals the last one. */
    private static final class Sealing extends OutputStream {
        private final OutputStream out;
        private final SecretKeySpec key;
        private final byte[] headerDigest;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private long index;
        private boolean closed;

        Sealing(OutputStream out, SecretKeySpec key, byte[] headerDigest) {
            this.out = out;
            this.key = key;
            this.headerDigest = headerDigest;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("Backup stream closed");
            }
            while (length > 0) {
                if (filled == CHUNK) {
                    seal(false);
                }
                int taken = Math.min(length, CHUNK - filled);
                System.arraycopy(bytes, offset, buffer, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
            }
        }

        private void seal(boolean last) throws IOException {
            byte[] sealed;
            try {
                sealed = cipher(Cipher.ENCRYPT_MODE, key, headerDigest, index, last).doFinal(buffer, 0, filled);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM failed", e);
            }
            DataOutputStream data = new DataOutputStream(out);
            data.writeByte(last ? 1 : 0);
            data.writeInt(sealed.length);
            data.write(sealed);
            filled = 0;
            index++;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            seal(true);
            closed = true;
            Arrays.fill(buffer, (byte) 0);
            out.flush();
        }
    }

    /** Reads, authenticates and hands out one chunk at a time. */
    private static final class Opening extends InputStream {
        private final DataInputStream in;
        private final SecretKeySpec key;
        private final byte[] headerDigest;
        private byte[] chunk = new byte[0];
        private int position;
        private long index;
        private boolean last;

        Opening(InputStream in, SecretKeySpec key, byte[] headerDigest) {
            this.in = new DataInputStream(in);
            this.key = key;
            this.headerDigest = headerDigest;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == chunk.length) {
                if (last) {
                    return -1;
                }
                next();
            }
            int given = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, given);
            position += given;
            return given;
        }

        private void next() throws IOException {
            int flag = in.read();
            if (flag < 0) {
                throw new BackupFormatException(Kind.TRUNCATED, "The file ends after part " + index
                        + " without its last part");
            }
            if (flag > 1) {
                throw new BackupFormatException(Kind.DAMAGED, "Part " + (index + 1) + " is damaged");
            }
            int length;
            try {
                length = in.readInt();
            } catch (EOFException e) {
                throw new BackupFormatException(Kind.TRUNCATED, "The file ends inside part " + (index + 1));
            }
            if (length < TAG_BYTES || length > CHUNK + TAG_BYTES) {
                throw new BackupFormatException(Kind.DAMAGED, "Part " + (index + 1) + " is damaged");
            }
            byte[] sealed = in.readNBytes(length);
            if (sealed.length < length) {
                throw new BackupFormatException(Kind.TRUNCATED, "The file ends inside part " + (index + 1));
            }
            try {
                chunk = cipher(Cipher.DECRYPT_MODE, key, headerDigest, index, flag == 1).doFinal(sealed);
            } catch (AEADBadTagException e) {
                throw new BackupFormatException(Kind.DAMAGED, "Part " + (index + 1)
                        + " fails authentication: changed or damaged");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM failed", e);
            }
            position = 0;
            index++;
            last = flag == 1;
            if (last && in.read() >= 0) {
                throw new BackupFormatException(Kind.DAMAGED, "Bytes after the last part");
            }
        }
    }
}
