// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

/** The state of one language's text in a pair. Derived from the pair, never stored. */
public enum TextState {
    /** Not (or no longer) confirmed by the side that owns this language. */
    DRAFT,
    /** Confirmed, and the other language still reads as it did then. */
    AGREED,
    /** Confirmed, but the other language has changed since: the owning side must look again. */
    STALE
}
