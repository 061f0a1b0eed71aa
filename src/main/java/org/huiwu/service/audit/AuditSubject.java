// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.audit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an entry's subject ("meeting:UUID/minutes", "place:UUID", "user:NAME"…) names, as the archive knows it now.
 * The entry itself keeps the raw text; this is only for reading it.
 *
 * @param raw  the subject as the entry stores it, shown when the record is gone or the kind is unknown
 * @param name the record's name (both languages joined, as lists show bilingual names); null when not found
 * @param day  the meeting's day in its own zone, for a meeting; else null
 * @param part what of the meeting ("minutes", "agenda", "pair:UUID"…); empty for the meeting itself or another kind
 */
public record AuditSubject(String raw, Kind kind, String name, LocalDate day, String part) {

    /** The kinds of subject the services record, by their prefix. */
    public enum Kind { MEETING, DECISION, PLACE, PERSON, TERM, TERMBASE, INFORMATION_ITEM, CONSENT, USER, BACKUP, OTHER }

    public AuditSubject {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(kind, "kind");
        part = part == null ? "" : part;
    }

    /** The raw text and nothing else: the record no longer exists, or the subject is of no known kind. */
    public static AuditSubject unresolved(String raw) {
        return new AuditSubject(raw, Kind.OTHER, null, null, "");
    }

    public boolean found() {
        return name != null;
    }
}
