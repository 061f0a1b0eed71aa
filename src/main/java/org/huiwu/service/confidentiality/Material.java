// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.confidentiality;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;

/**
 * What is about to leave the archive, as far as Art. 4 cares: the agenda items and clauses it contains (an
 * information item linked to any of them is in it), and a stable subject for the audit trail ("meeting:UUID").
 */
public record Material(String subject, Set<UUID> agendaItems, Set<UUID> clauses) {

    public Material {
        Objects.requireNonNull(subject, "subject");
        agendaItems = Set.copyOf(agendaItems);
        clauses = Set.copyOf(clauses);
    }

    /** A meeting's record as a protocol or a package carries it: its agenda and a version of its minutes. */
    public static Material ofMeeting(UUID meeting, Agenda agenda, Minutes minutes) {
        return new Material("meeting:" + meeting,
                agenda.items().stream().map(AgendaItem::uuid).collect(Collectors.toSet()),
                minutes == null ? Set.of() : minutes.pairs().stream().map(AlignedPair::uuid)
                        .collect(Collectors.toSet()));
    }
}
