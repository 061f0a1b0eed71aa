// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How entries are chained: SHA-256 over a canonical encoding of the entry's fields and its predecessor's hash. Every
 * field is length-prefixed, so no two different entries share an encoding; the first entry chains to
 * {@link #GENESIS}.
 */
public final class AuditChain {

    /** What the first entry's previous hash is: no entry came before it. */
    public static final String GENESIS = "0".repeat(64);
    /** Names the encoding, so a later one cannot be confused with this. */
    private static final String FORMAT = "huiwu-audit-v1";

    private AuditChain() {
    }

    /** The hash an entry with these fields must carry. */
    public static String hashOf(AuditEntry entry) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            field(sha, FORMAT);
            field(sha, Long.toString(entry.sequence()));
            field(sha, entry.at().toString());
            field(sha, entry.actorUuid().toString());
            field(sha, entry.actorName());
            field(sha, entry.actorRole().name());
            field(sha, entry.action().name());
            field(sha, entry.subject());
            field(sha, entry.detail());
            field(sha, entry.previousHash());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void field(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }
}
