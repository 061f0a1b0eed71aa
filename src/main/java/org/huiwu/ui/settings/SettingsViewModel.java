// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.settings;

import org.huiwu.i18n.Messages;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.ui.UiContext;

/** Placeholder, being written. */
public final class SettingsViewModel {
    public SettingsViewModel(SettingsService settings, UiContext.Folders folders, Messages messages) {
    }
}
