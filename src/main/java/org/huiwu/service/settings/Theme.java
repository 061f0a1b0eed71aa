// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.settings;

public enum Theme {
    LIGHT,
    DARK
}
