// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import org.huiwu.domain.confidentiality.InformationItem;

/** One information item as the Art. 4 table shows it. */
public record InformationItemRow(InformationItem item, String category, String side, String date, String channel,
                                 String zh, String ru, String links) {
}
