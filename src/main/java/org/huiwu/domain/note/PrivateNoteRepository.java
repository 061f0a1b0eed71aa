// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.note;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The private notes of the archive's own side. */
public interface PrivateNoteRepository {

    /** Every note of every meeting, most recently changed first. */
    List<PrivateNote> findAll();

    /** The notes of one meeting, in the order they were written. */
    List<PrivateNote> ofMeeting(long meetingId);

    Optional<PrivateNote> find(UUID uuid);

    /** Stores the note, replacing the one with the same UUID. */
    PrivateNote save(PrivateNote note);

    /** Deletes the note; nothing happens when there is none. */
    void remove(UUID uuid);
}
