// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

/**
 * The archive's append-only trail of who did what and when. Services call it after an action succeeded (or was
 * refused, for {@link AuditAction#EXPORT_REFUSED}); the entry is durable when the call returns.
 */
public interface AuditTrail {

    /**
     * Appends an entry by the session's actor.
     *
     * @param subject what was acted on, in a stable form such as "meeting:7" or "user:li.wei"
     * @param detail  a short human-readable detail, may be empty
     */
    void record(AuditAction action, String subject, String detail);

    /** Records nothing: for services built outside a session (tests, benches). */
    AuditTrail NONE = (action, subject, detail) -> { };
}
