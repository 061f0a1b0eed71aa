// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;

/**
 * One entry of the audit trail: who (the user's UUID, and their name and role at the time, since both may change
 * later), did what to which subject, when; chained to the entry before by {@code previousHash}.
 *
 * @param sequence 1 for the first entry, one more for each after it
 * @param subject  what was acted on, e.g. "meeting:7f3c…" or "user:李明"
 * @param hash     SHA-256 of the other fields ({@link AuditChain#hashOf})
 */
public record AuditEntry(long sequence, Instant at, UUID actorUuid, String actorName, Role actorRole,
                         AuditAction action, String subject, String detail, String previousHash, String hash) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_DETAIL = 1000;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorUuid, "actorUuid");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * The entry after {@code previous} (null: the first), hashed. The time is cut to milliseconds and the texts to
     * what the archive stores, so the entry reads back exactly as it was hashed.
     */
    public static AuditEntry after(AuditEntry previous, Instant at, ArchiveUser actor, AuditAction action,
                                   String subject, String detail) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? AuditChain.GENESIS : previous.hash();
        AuditEntry unhashed = new AuditEntry(sequence, at.truncatedTo(ChronoUnit.MILLIS), actor.uuid(),
                actor.name(), actor.role(), action, cut(subject, MAX_SUBJECT), cut(detail, MAX_DETAIL),
                previousHash, "");
        return unhashed.withHash(AuditChain.hashOf(unhashed));
    }

    /** The anchor this entry makes when it is the newest. */
    public AuditAnchor anchor() {
        return new AuditAnchor(sequence, hash);
    }

    /** Whether the hash matches the fields (false: the entry was edited after it was written). */
    public boolean hashMatches() {
        return AuditChain.hashOf(this).equals(hash);
    }

    AuditEntry withHash(String computed) {
        return new AuditEntry(sequence, at, actorUuid, actorName, actorRole, action, subject, detail, previousHash,
                computed);
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
