// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.agenda;

public interface AgendaRepository {

    /** The meeting's agenda; {@link Agenda#EMPTY} while it has none. */
    Agenda of(long meetingId);

    /** Replaces the meeting's agenda by this one, in this order. */
    Agenda save(long meetingId, Agenda agenda);
}
