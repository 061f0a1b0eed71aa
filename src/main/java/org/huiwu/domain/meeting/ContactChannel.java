// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

/** How the two sides arrange a meeting of a level (Art. 3). */
public enum ContactChannel {
    DIPLOMATIC,
    DIPLOMATIC_OR_BORDER_REPRESENTATIVES,
    LIAISON_OFFICERS_OR_LETTERS
}
