// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.audit;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditEntry;

/**
 * Which entries to show: by user name, action, time range ({@code from} inclusive, {@code to} exclusive) and a free
 * text found in the subject (as stored, or as named for the reader), the detail or the user's name; an empty part
 * matches everything.
 */
public record AuditFilter(Optional<String> user, Optional<AuditAction> action, Optional<Instant> from,
                          Optional<Instant> to, String text) {

    public static final AuditFilter ALL = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), "");

    public AuditFilter {
        text = text == null ? "" : text.strip();
        user = user.map(String::strip).filter(name -> !name.isEmpty());
    }

    public boolean matches(AuditEntry entry) {
        return matches(entry, null);
    }

    /**
     * @param shown what the reader sees besides the stored text (the subject by name, "16 December 2026 · 会谈 ·
     *              Переговоры", and the detail in their language), or null
     */
    public boolean matches(AuditEntry entry, String shown) {
        if (user.isPresent() && !user.get().equals(entry.actorName())) {
            return false;
        }
        if (action.isPresent() && action.get() != entry.action()) {
            return false;
        }
        if (from.isPresent() && entry.at().isBefore(from.get())) {
            return false;
        }
        if (to.isPresent() && !entry.at().isBefore(to.get())) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return entry.subject().toLowerCase(Locale.ROOT).contains(needle)
                || shown != null && shown.toLowerCase(Locale.ROOT).contains(needle)
                || entry.detail().toLowerCase(Locale.ROOT).contains(needle)
                || entry.actorName().toLowerCase(Locale.ROOT).contains(needle);
    }
}
