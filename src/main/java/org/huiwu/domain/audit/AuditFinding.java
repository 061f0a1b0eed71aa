// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

/** What a check of the audit trail found. */
public enum AuditFinding {
    /** The chain holds, or the anchor is an entry of it. */
    INTACT,
    /** An entry's hash does not match its content: it was changed after it was written. */
    EDITED,
    /** The sequence has a gap: entries after the one named are missing. */
    REMOVED,
    /** An entry does not chain to its predecessor (an entry before it was replaced or taken out). */
    BROKEN,
    /** An anchor names a sequence beyond the trail's end: the newest entries were removed. */
    TAIL_REMOVED,
    /** The trail has the anchor's sequence but with another hash: it was written anew. */
    REBUILT,
    /**
     * The anchor does not match, but it was made before a restore the trail records: the restore replaced that
     * history on purpose. Not a mismatch; the check names the RESTORED entry.
     */
    SUPERSEDED
}
