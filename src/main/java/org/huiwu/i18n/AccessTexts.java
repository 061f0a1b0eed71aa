// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.i18n;

import org.huiwu.domain.access.Permission;

/**
 * The texts of a refusal by role: {@link org.huiwu.domain.access.AccessDeniedException#messageKey()} for each
 * permission, named here as literals so the i18n test sees every one. Each takes the role's text as {0}.
 */
public final class AccessTexts {

    private AccessTexts() {
    }

    /** "Your role (Deputy) may not …" in the user's language. */
    public static String denied(Messages messages, org.huiwu.domain.access.AccessDeniedException refused) {
        return messages.get(deniedKey(refused.permission()), messages.of(refused.actor().role()));
    }

    /** The tooltip of a control the role may not use: "Your role (Assistant) does not allow this." */
    public static String notAllowed(Messages messages, org.huiwu.domain.access.Actor actor) {
        return messages.get("access.notAllowed", messages.of(actor.role()));
    }

    public static String deniedKey(Permission permission) {
        return switch (permission) {
            case READ -> "access.denied.READ";
            case DRAFT -> "access.denied.DRAFT";
            case AGREE -> "access.denied.AGREE";
            case FINALIZE -> "access.denied.FINALIZE";
            case SIGN -> "access.denied.SIGN";
            case PRINT_EXPORT -> "access.denied.PRINT_EXPORT";
            case WRITE_NOTES -> "access.denied.WRITE_NOTES";
            case KEEP_CONFIDENTIAL_REGISTERS -> "access.denied.KEEP_CONFIDENTIAL_REGISTERS";
            case MANAGE_USERS -> "access.denied.MANAGE_USERS";
            case MANAGE_BACKUPS -> "access.denied.MANAGE_BACKUPS";
            case READ_AUDIT -> "access.denied.READ_AUDIT";
        };
    }
}
