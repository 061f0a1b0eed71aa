// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.meetings;

import java.time.Clock;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.register.RegisterService;
import org.huiwu.service.schedule.ScheduleService;

/** Placeholder, being written. */
public final class MeetingsViewModel {
    public MeetingsViewModel(ScheduleService schedule, RegisterService registers, Messages messages, Formats formats, Clock clock) {
    }
}
