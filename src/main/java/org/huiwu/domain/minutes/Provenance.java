// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.time.Instant;
import java.util.Objects;

import org.huiwu.domain.common.Side;

/**
 * Who last wrote a text and when. The author may be unknown (a text imported or typed before attendance was
 * recorded); the side never is, because the two archives will merge texts per side.
 */
public record Provenance(Side writtenBy, Long authorPersonId, Instant writtenAt) {

    public Provenance {
        Objects.requireNonNull(writtenBy, "writtenBy");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }

    public static Provenance of(Side writtenBy, long authorPersonId, Instant writtenAt) {
        return new Provenance(writtenBy, authorPersonId, writtenAt);
    }

    /** Same side and same person: their consecutive keystrokes may form one undo step. */
    boolean sameWriterAs(Provenance other) {
        return other != null && writtenBy == other.writtenBy && Objects.equals(authorPersonId, other.authorPersonId);
    }

    /** The later of two provenances, either of which may be missing. */
    static Provenance latest(Provenance a, Provenance b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.writtenAt.isAfter(a.writtenAt) ? b : a;
    }
}
