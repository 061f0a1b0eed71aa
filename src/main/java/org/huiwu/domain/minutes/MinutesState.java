// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

/** Minutes go draft → agreed → final. Agreed follows from the pairs; final is a decision that locks the text. */
public enum MinutesState {
    DRAFT,
    /** Every pair agreed by both sides, none stale. */
    AGREED,
    /** Locked; changes need a new version ({@link Minutes#reopened()}). */
    FINAL
}
