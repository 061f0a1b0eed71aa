// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.time.Instant;
import java.util.Objects;

/**
 * A member of the owning side's delegation confirmed one language's text of a pair. The other language's text at
 * that moment is kept, because an agreement is given to a pair: when the other text changes, this side has to see
 * what changed since ({@link AlignedPair#changesSinceAgreement}) before agreeing again.
 *
 * <p>That the person belongs to the owning side's delegation (from the attendance) is checked by the service that
 * knows the attendance, not here.
 */
public record Agreement(long personId, Instant at, String counterpartText) {

    public Agreement {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(counterpartText, "counterpartText");
    }
}
