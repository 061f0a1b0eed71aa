// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.protocol;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.protocol.ProtocolCode;

/**
 * Where a paper copy's code leads in this archive: the meeting whose minutes version has that SHA-256, and whether
 * that version is still the meeting's newest.
 */
public record ProtocolTrace(Verdict verdict, ProtocolCode code, long meetingId, Bilingual title, int madeFrom,
                            int newest, String numberNow) {

    public enum Verdict {
        /** The copy was made from the meeting's newest minutes version, as the archive holds it now. */
        CURRENT,
        /** The copy was made from an earlier version; the minutes have changed since. */
        SUPERSEDED,
        /**
         * No stored version has that SHA-256, but a meeting's protocol has the number on the copy: the copy was made
         * from a draft that changed since (drafts are rewritten in place), or it was altered.
         */
        CHANGED,
        /** No minutes version in this archive has that SHA-256: the copy's text is not in this archive. */
        UNKNOWN
    }

    static ProtocolTrace unknown(ProtocolCode code) {
        return new ProtocolTrace(Verdict.UNKNOWN, code, 0, Bilingual.EMPTY, 0, 0, "");
    }

    /** True when the number printed on the copy is not the number the meeting's protocol carries today. */
    public boolean numberDiffers() {
        return verdict != Verdict.UNKNOWN && !numberNow.equals(code.number());
    }
}
