// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.note;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.common.Side;

/**
 * A deputy's own annotation on a meeting, one of its clauses, agenda items or decisions. It belongs to the side that
 * wrote it (the archive's home side) and is never part of the record the two sides share: no protocol, no export
 * carries it.
 *
 * @param subjectUuid the UUID of the meeting, pair, agenda item or decision it is written on
 */
public record PrivateNote(UUID uuid, long meetingId, NoteSubject subject, UUID subjectUuid, Side side, String text,
                          Instant createdAt, Instant updatedAt) {

    /** Longest note kept; the column holds this many characters. */
    public static final int MAX_TEXT = 20_000;

    public PrivateNote {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectUuid, "subjectUuid");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A note needs a text");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A note of at most " + MAX_TEXT + " characters");
        }
    }

    public static PrivateNote create(long meetingId, NoteSubject subject, UUID subjectUuid, Side side, String text,
                                     Instant at) {
        return new PrivateNote(UUID.randomUUID(), meetingId, subject, subjectUuid, side, text, at, at);
    }

    public PrivateNote withText(String newText, Instant at) {
        return new PrivateNote(uuid, meetingId, subject, subjectUuid, side, newText, createdAt, at);
    }
}
