// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.journal;

import java.util.Arrays;

import javax.crypto.spec.SecretKeySpec;

/**
 * The journal's AES-256 key: derived from the archive's file key for this purpose only, never the file key itself.
 * The archive makes it with {@code JournalKey.wrap(fileKey.derive(JournalKey.PURPOSE))} before the file key is wiped,
 * keeps it while the archive is open and closes it (wiping it) when the archive closes or locks.
 */
public final class JournalKey implements AutoCloseable {

    /** The HKDF "info" of the journal key; a new format gets a new purpose, so a new key. */
    public static final String PURPOSE = "huiwu-journal-v1";
    static final int LENGTH = 32;

    private final byte[] key;
    private volatile boolean closed;

    private JournalKey(byte[] key) {
        this.key = key.clone();
    }

    /** Takes 32 derived bytes; the argument is wiped. */
    public static JournalKey wrap(byte[] derived) {
        try {
            if (derived.length != LENGTH) {
                throw new IllegalArgumentException("A journal key has " + LENGTH + " bytes");
            }
            return new JournalKey(derived);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    SecretKeySpec spec() {
        if (closed) {
            throw new IllegalStateException("The journal key was closed (archive locked or closed)");
        }
        return new SecretKeySpec(key, "AES");
    }

    @Override
    public void close() {
        closed = true;
        Arrays.fill(key, (byte) 0);
    }
}
