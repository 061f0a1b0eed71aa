// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.access;

/** What a user may be allowed to do in an archive; each role grants a set of these (Issue 9). */
public enum Permission {
    /** Read meetings, minutes, agendas, decisions, registers, protocols. */
    READ,
    /** Plan meetings and prepare drafts: agendas, minutes' pairs, decisions, attendance, registers, import. */
    DRAFT,
    /** Agree a minutes' pair or an agenda with the other side. */
    AGREE,
    /** Finalize minutes (no more changes but by a new version). */
    FINALIZE,
    /** Sign a protocol digitally. */
    SIGN,
    /** Print or export protocols and records. */
    PRINT_EXPORT,
    /** Write the home side's private notes. */
    WRITE_NOTES,
    /** Keep the Art. 4 registers: information items received and the providing side's consents. */
    KEEP_CONFIDENTIAL_REGISTERS,
    /** Add and remove users and change their roles. */
    MANAGE_USERS,
    /** Take, verify and restore backups. */
    MANAGE_BACKUPS,
    /** Read and verify the audit trail (who did what and when). */
    READ_AUDIT
}
