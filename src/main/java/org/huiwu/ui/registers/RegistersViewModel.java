// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.registers;

import org.huiwu.i18n.Messages;
import org.huiwu.service.register.RegisterService;

/** Placeholder, being written. */
public final class RegistersViewModel {
    public RegistersViewModel(RegisterService registers, Messages messages) {
    }
}
