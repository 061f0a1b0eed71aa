// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One parity problem of a pair: the check that found it and the fragment of each text it concerns. A fragment is
 * empty when that side lacks the counterpart altogether.
 */
public record Finding(ParityCheck check, String zh, String ru) {

    public Finding {
        Objects.requireNonNull(check, "check");
        zh = zh == null ? "" : zh;
        ru = ru == null ? "" : ru;
    }

    /**
     * A stable key over the check and both fragments, e.g. to remember that a user dismissed this finding: the same
     * finding on the same fragments gets the same key in every run, and a changed fragment gives a new one, so the
     * dismissal no longer applies.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((check.name() + '\u0000' + zh + '\u0000' + ru).getBytes(StandardCharsets.UTF_8));
            return check.name() + ":" + HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
