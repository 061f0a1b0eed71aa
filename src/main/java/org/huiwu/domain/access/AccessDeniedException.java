// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.access;

/** The actor's role does not allow this; nothing was written. The UI explains it with {@link #messageKey()}. */
public class AccessDeniedException extends RuntimeException {

    private final Actor actor;
    private final Permission permission;

    public AccessDeniedException(Actor actor, Permission permission) {
        super(actor.userName() + " (" + actor.role() + ") may not " + permission);
        this.actor = actor;
        this.permission = permission;
    }

    public Actor actor() {
        return actor;
    }

    public Permission permission() {
        return permission;
    }

    /** "access.denied.DRAFT" etc., with the role's name as argument. */
    public String messageKey() {
        return "access.denied." + permission.name();
    }
}
