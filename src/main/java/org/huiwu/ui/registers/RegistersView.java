// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import org.huiwu.ui.common.ViewSupport;

/** Placeholder, being written. */
public final class RegistersView {
    public RegistersView(RegistersViewModel viewModel, ViewSupport support) {
    }
}
