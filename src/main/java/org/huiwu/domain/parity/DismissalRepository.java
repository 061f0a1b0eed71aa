// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.parity;

import java.util.List;
import java.util.UUID;

/** The dismissed parity findings of each meeting's minutes. */
public interface DismissalRepository {

    /** Every dismissal made in the meeting's minutes, also those that no longer apply to the current texts. */
    List<Dismissal> ofMeeting(long meetingId);

    /** Stores the dismissal, replacing one of the same finding of the same pair. */
    Dismissal save(long meetingId, Dismissal dismissal);

    /** Takes a dismissal back: the finding is open again. Nothing happens when there was none. */
    void remove(long meetingId, UUID pair, String fingerprint);
}
