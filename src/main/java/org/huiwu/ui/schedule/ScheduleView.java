// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.schedule;

import org.huiwu.ui.common.ViewSupport;

/** Placeholder, being written. */
public final class ScheduleView {
    public ScheduleView(ScheduleViewModel viewModel, ViewSupport support) {
    }
}
