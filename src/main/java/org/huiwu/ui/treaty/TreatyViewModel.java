// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.treaty;

import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.treaty.TreatyService;

/** Placeholder, being written. */
public final class TreatyViewModel {
    public TreatyViewModel(TreatyService treaty, Messages messages, Formats formats) {
    }
}
