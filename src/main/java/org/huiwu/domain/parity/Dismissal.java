// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.common.Side;

/**
 * A user's decision that a parity finding of one aligned pair is not a problem, with the reason. It holds while both
 * texts of the pair are what they were when it was made ({@link #textsHash}); any change to either resets it.
 *
 * @param personId who dismissed it (a person of the registers), or null when the editor did not know
 */
public record Dismissal(UUID pair, String fingerprint, String textsHash, String reason, Side side, Long personId,
                        Instant at) {

    /** Longest reason kept; the column holds this many characters. */
    public static final int MAX_REASON = 2000;

    public Dismissal {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(textsHash, "textsHash");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason.strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("A dismissal needs a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason of at most " + MAX_REASON + " characters");
        }
    }

    /** Whether this dismissal covers the finding of the texts under {@code key} whose hash is now {@code hash}. */
    public boolean covers(UUID key, Finding finding, String hash) {
        return pair.equals(key) && fingerprint.equals(finding.fingerprint()) && textsHash.equals(hash);
    }

    /** SHA-256 over both texts (hex): equal exactly when neither text changed. */
    public static String textsHash(String zh, String ru) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((zh == null ? "" : zh).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update((ru == null ? "" : ru).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
