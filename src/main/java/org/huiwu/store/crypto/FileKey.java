// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.crypto;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The random secret the archive's files are encrypted with. It exists on disk only sealed in key slots; in memory
 * only while the archive is open, and it is wiped when the archive closes.
 */
public final class FileKey implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final byte[] key;

    private FileKey(byte[] key) {
        this.key = key.clone();
    }

    public static FileKey random() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try {
            return new FileKey(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    static FileKey of(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("A file key has 32 bytes");
        }
        return new FileKey(key);
    }

    /** A copy the holder closes on its own (an open archive keeps one to seal new users' slots). */
    public FileKey copy() {
        return new FileKey(key);
    }

    byte[] bytes() {
        return key.clone();
    }

    /** H2's file password: the key in hex (H2 file passwords cannot contain spaces). The caller wipes it. */
    public char[] h2FilePassword() {
        char[] hex = new char[key.length * 2];
        for (int i = 0; i < key.length; i++) {
            hex[2 * i] = HEX[(key[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[key[i] & 0xf];
        }
        return hex;
    }

    /**
     * A key for one purpose only (e.g. "huiwu-journal-v1"), never the file key itself: HKDF-SHA256-Expand (RFC 5869)
     * of the file key with the purpose as info, 32 bytes (no extract step: the file key is already uniformly random).
     * The caller wipes it.
     */
    public byte[] derive(String purpose) {
        try {
            javax.crypto.Mac hmac = javax.crypto.Mac.getInstance("HmacSHA256");
            hmac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            hmac.update(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return hmac.doFinal(new byte[] {1});
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable in this JDK", e);
        }
    }

    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
    }
}
