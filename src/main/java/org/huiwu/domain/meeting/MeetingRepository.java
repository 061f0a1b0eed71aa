// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.meeting;

import java.util.List;
import java.util.Optional;

public interface MeetingRepository {

    /** All meetings, earliest first. */
    List<Meeting> findAll();

    Optional<Meeting> findById(long id);

    /** Inserts or updates the meeting and replaces its delegation; returns it with its id. */
    Meeting save(Meeting meeting);
}
