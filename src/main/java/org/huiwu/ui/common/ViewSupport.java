// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.common;

import javafx.stage.Window;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;

/** What every view may use besides its view model: texts, formats and the window to own its dialogs. */
public record ViewSupport(Window window, Messages messages, Formats formats) {
}
