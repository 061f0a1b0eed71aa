// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.treaty;

import org.huiwu.ui.common.ViewSupport;

/** Placeholder, being written. */
public final class TreatyView {
    public TreatyView(TreatyViewModel viewModel, ViewSupport support) {
    }
}
