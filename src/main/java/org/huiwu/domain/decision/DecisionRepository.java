// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.decision;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface DecisionRepository {

    /** The decisions a meeting recorded, in the order it recorded them. */
    List<Decision> ofMeeting(long meetingId);

    /** Every open decision and action item of every meeting, earliest due date first (none last). */
    List<Decision> open();

    Optional<Decision> find(UUID uuid);

    /** Replaces the meeting's decisions by {@code decisions} (all of that meeting), in this order. */
    List<Decision> saveAll(long meetingId, List<Decision> decisions);
}
