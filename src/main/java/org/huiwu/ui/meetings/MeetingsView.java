// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.meetings;

import org.huiwu.ui.common.ViewSupport;

/** Placeholder, being written. */
public final class MeetingsView {
    public MeetingsView(MeetingsViewModel viewModel, ViewSupport support) {
    }
}
