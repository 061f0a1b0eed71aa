// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.access;

import java.util.function.Supplier;

import org.huiwu.domain.access.Actor;
import org.huiwu.domain.access.Role;

/**
 * Who a service acts for. An {@link org.huiwu.service.ArchiveSession} hands its services the user who opened the
 * archive; a service built on its own (a test, a bench) acts with every permission, as a one-person archive would.
 */
public final class Acting {

    private static final Actor UNRESTRICTED_ACTOR = new Actor("", Role.REPRESENTATIVE);

    /** Every permission: for services built outside a session. */
    public static final Supplier<Actor> UNRESTRICTED = () -> UNRESTRICTED_ACTOR;

    private Acting() {
    }
}
