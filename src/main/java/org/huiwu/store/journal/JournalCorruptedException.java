// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store.journal;

import java.io.IOException;

/**
 * The journal cannot be trusted: its header is not this archive's or does not authenticate, or an entry fails
 * authentication (or is out of sequence) while an authentic entry follows it. Confirmed saves may be behind the
 * damage, so the journal is never silently skipped or truncated past it: the archive must not open as if all is well.
 */
public final class JournalCorruptedException extends IOException {

    private final long offset;

    public JournalCorruptedException(long offset, String message) {
        super(message + " (at byte " + offset + ")");
        this.offset = offset;
    }

    /** Where in the file the damage starts. */
    public long offset() {
        return offset;
    }
}
