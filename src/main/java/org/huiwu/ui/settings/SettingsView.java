// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.settings;

import org.huiwu.ui.common.ViewSupport;

/** Placeholder, being written. */
public final class SettingsView {
    public SettingsView(SettingsViewModel viewModel, ViewSupport support) {
    }
}
