// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A term as the termbase keeps it: with where it came from and when it was last changed. */
public record TermbaseEntry(Term term, TermOrigin origin, Instant updatedAt) {

    public TermbaseEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public UUID uuid() {
        return term.uuid();
    }
}
