// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.protocol;

import java.util.Objects;

import org.huiwu.domain.meeting.MeetingLevel;

/**
 * A protocol's number in the archive's scheme: year, level letter and the meeting's place among the meetings of that
 * level in that year, e.g. {@code 2026-T-007} for the seventh talks of 2026.
 */
public record ProtocolNumber(int year, MeetingLevel level, int sequence) {

    public ProtocolNumber {
        Objects.requireNonNull(level, "level");
        if (sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("a sequence from 1 to 999, not " + sequence);
        }
    }

    public String text() {
        return String.format(java.util.Locale.ROOT, "%d-%s-%03d", year, level.letter(), sequence);
    }

    @Override
    public String toString() {
        return text();
    }
}
