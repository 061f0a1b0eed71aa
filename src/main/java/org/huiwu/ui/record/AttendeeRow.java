// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Attendee;
import org.huiwu.domain.meeting.DelegationRole;

/**
 * One person who could have taken part for a side: their name in both scripts, whether they were in the planned
 * delegation (and in which role), and the two things the user sets: took part, and in which role.
 */
public final class AttendeeRow {

    private final long personId;
    private final Side side;
    private final String nameZh;
    private final String nameRu;
    private final String details;
    private final DelegationRole plannedRole;
    private final String planned;
    private final BooleanProperty present = new SimpleBooleanProperty(this, "present");
    private final ObjectProperty<DelegationRole> role = new SimpleObjectProperty<>(this, "role");

    AttendeeRow(long personId, Side side, String nameZh, String nameRu, String details, DelegationRole plannedRole,
                String planned, boolean present, DelegationRole role) {
        this.personId = personId;
        this.side = side;
        this.nameZh = nameZh;
        this.nameRu = nameRu;
        this.details = details;
        this.plannedRole = plannedRole;
        this.planned = planned;
        this.present.set(present);
        this.role.set(role);
    }

    public long personId() {
        return personId;
    }

    public Side side() {
        return side;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameRu() {
        return nameRu;
    }

    /** Rank and post in both languages, for telling people apart. */
    public String details() {
        return details;
    }

    /** The role in the planned delegation, or null when the person was not planned. */
    public DelegationRole plannedRole() {
        return plannedRole;
    }

    /** "Planned: Head of delegation", or empty for someone not in the planned delegation. */
    public String planned() {
        return planned;
    }

    /** Took part in the meeting. */
    public BooleanProperty presentProperty() {
        return present;
    }

    /** The role in which the person took part (may differ from the planned one). */
    public ObjectProperty<DelegationRole> roleProperty() {
        return role;
    }

    Attendee attendee() {
        return new Attendee(personId, side, role.get() == null ? AttendanceViewModel.DEFAULT_ROLE : role.get());
    }
}
