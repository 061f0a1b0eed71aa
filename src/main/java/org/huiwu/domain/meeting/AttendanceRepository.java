// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

import java.util.Optional;

public interface AttendanceRepository {

    /** The recorded attendance, or empty while none was recorded for the meeting. */
    Optional<Attendance> of(long meetingId);

    /** Replaces the meeting's attendance. */
    Attendance save(long meetingId, Attendance attendance);
}
