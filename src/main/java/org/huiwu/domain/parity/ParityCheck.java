// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

/**
 * The checks that compare the Chinese and the Russian text of a pair with each other, symmetrically: neither text
 * is the source. Each finding names one of them.
 */
public enum ParityCheck {
    /** A number (by value, across writing systems) on one side that the other lacks. */
    NUMBERS,
    /** A date on one side that the other lacks or gives differently. */
    DATES,
    /** A time of day on one side that the other lacks or gives differently. */
    TIMES,
    /** A termbase entry on one side whose counterpart is missing on the other. */
    TERMS,
    /** A person or place of the registers named on one side only. */
    NAMES,
    /** One side empty while the other has text. */
    EMPTY_SIDE,
    /** Clause or item numbering that differs. */
    NUMBERING,
    /** Lengths too unequal for the language pair. */
    LENGTH,
    /** Lists with a different number of entries. */
    LIST_ENTRIES
}
