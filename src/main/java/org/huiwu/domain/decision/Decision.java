// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.domain.decision;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;

/**
 * A decision or action item recorded at a meeting, in both languages. It stays with the meeting that made it; the
 * following meetings see it while it is open (through the agenda item that reviews the previous decisions) and
 * close it there.
 *
 * @param due      the date by which it should be done, or null when the sides set none
 * @param agendaItem the agenda item of the same meeting it was taken under, or null
 */
public record Decision(UUID uuid, long meetingId, DecisionKind kind, Bilingual text, Responsibility responsible,
                       LocalDate due, DecisionStatus status, UUID agendaItem) {

    public Decision {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(status, "status");
    }

    public static Decision create(long meetingId, DecisionKind kind, Bilingual text, Responsibility responsible,
                                  LocalDate due) {
        return new Decision(UUID.randomUUID(), meetingId, kind, text, responsible, due, DecisionStatus.OPEN, null);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** Open with a due date before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && due != null && due.isBefore(today);
    }

    public Decision withStatus(DecisionStatus newStatus) {
        return new Decision(uuid, meetingId, kind, text, responsible, due, newStatus, agendaItem);
    }

    public Decision withText(Bilingual newText) {
        return new Decision(uuid, meetingId, kind, newText, responsible, due, status, agendaItem);
    }

    public Decision with(DecisionKind newKind, Responsibility newResponsible, LocalDate newDue) {
        return new Decision(uuid, meetingId, newKind, text, newResponsible, newDue, status, agendaItem);
    }

    public Decision underItem(UUID item) {
        return new Decision(uuid, meetingId, kind, text, responsible, due, status, item);
    }
}
