// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.audit;

/** What an audit entry says was done (Issue 9). */
public enum AuditAction {
    CREATED,
    CHANGED,
    DELETED,
    AGREED,
    FINALIZED,
    SIGNED,
    EXPORTED,
    PRINTED,
    /** An export or print refused, e.g. to a third party without the providing side's consent. */
    EXPORT_REFUSED,
    BACKED_UP,
    RESTORED,
    USER_ADDED,
    USER_REMOVED,
    ROLE_CHANGED,
    PASSPHRASE_CHANGED,
    /** An information item or a consent entered in the Art. 4 registers. */
    REGISTERED
}
