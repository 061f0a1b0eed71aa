// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of the audit trail as it was written into a backup or a protocol PDF: the sequence number of the newest
 * entry and its hash. A trail that no longer reaches the sequence lost its tail; one that has it with another hash
 * was rebuilt. Text form {@code 85:9f3a…} (64 hex digits).
 */
public record AuditAnchor(long sequence, String hash) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,18}):([0-9a-f]{64})");

    public AuditAnchor {
        Objects.requireNonNull(hash, "hash");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
        hash = hash.toLowerCase(Locale.ROOT);
    }

    /** The anchor of an empty trail: nothing to lose yet. */
    public static AuditAnchor empty() {
        return new AuditAnchor(0, AuditChain.GENESIS);
    }

    public String text() {
        return sequence + ":" + hash;
    }

    /** Empty when the text is not an anchor (a foreign or damaged value). */
    public static Optional<AuditAnchor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher match = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        return match.matches() ? Optional.of(new AuditAnchor(Long.parseLong(match.group(1)), match.group(2)))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return text();
    }
}
