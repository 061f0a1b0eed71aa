// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.confidentiality;

/** To whom an export or a print goes. */
public enum RecipientKind {
    /** The other side's delegation. */
    OTHER_SIDE,
    /** Our own side's internal use. */
    OWN_INTERNAL,
    /** Anyone else (another body, an organisation): Art. 4 needs the providing side's written consent. */
    THIRD_PARTY
}
