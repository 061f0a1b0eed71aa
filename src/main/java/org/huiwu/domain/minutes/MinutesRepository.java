// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.minutes;

import java.util.List;
import java.util.Optional;

public interface MinutesRepository {

    /** Every version of a meeting's minutes, oldest first. */
    List<Minutes> versions(long meetingId);

    /** The newest version, or empty when the meeting has no minutes yet. */
    Optional<Minutes> latest(long meetingId);

    /** The state the version with this UUID was stored in, or empty when it was never stored. */
    Optional<MinutesState> storedState(java.util.UUID version);

    /** Stores the minutes (a version is identified by its UUID), replacing its pairs. */
    Minutes save(Minutes minutes);
}
