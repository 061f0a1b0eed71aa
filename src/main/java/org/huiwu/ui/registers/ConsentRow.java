// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import org.huiwu.domain.confidentiality.Consent;

/** One consent as the Art. 4 table shows it. */
public record ConsentRow(Consent consent, String side, String date, String reference, String thirdParty,
                         String scope, String validUntil) {
}
