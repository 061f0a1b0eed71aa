// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.confidentiality;

/** How an Art. 4 information item reached this side. */
public enum InformationChannel {
    /** Said or handed over at a meeting or talks. */
    MEETING,
    /** An official letter. */
    LETTER,
    /** Through the liaison officers. */
    LIAISON,
    /** By the wired telephone line between meeting stations (Art. 8). */
    PHONE
}
