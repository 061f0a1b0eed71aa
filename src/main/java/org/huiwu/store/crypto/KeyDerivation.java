// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.crypto;

import java.security.GeneralSecurityException;
import java.security.spec.KeySpec;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The slow key derivation that turns a passphrase into the key of its slot: PBKDF2-HMAC-SHA256. The cost is kept
 * in each archive's header, so an archive keeps opening when the default rises, and tests can make cheap archives.
 */
public record KeyDerivation(String algorithm, int iterations) {

    public static final String PBKDF2_SHA256 = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; about half a second on an office PC. */
    public static final int PRODUCTION_ITERATIONS = 600_000;
    public static final KeyDerivation PRODUCTION = new KeyDerivation(PBKDF2_SHA256, PRODUCTION_ITERATIONS);
    static final int KEY_BITS = 256;

    public KeyDerivation {
        if (!PBKDF2_SHA256.equals(algorithm)) {
            throw new IllegalArgumentException("Unsupported key derivation: " + algorithm);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
    }

    /** A cheap derivation for tests only: same algorithm, few iterations. */
    public static KeyDerivation forTests() {
        return new KeyDerivation(PBKDF2_SHA256, 1_000);
    }

    byte[] derive(char[] passphrase, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret((KeySpec) spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Key derivation unavailable in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
