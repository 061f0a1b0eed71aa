// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.util.List;

/** Where the parity checks take terms and names from: the archive's termbase, the registers' people and places. */
public interface TermSource {

    /** The termbase entries. */
    List<Term> terms();

    /** Names of people and places from the registers, each as a term (Chinese and Russian forms). */
    List<Term> names();
}
