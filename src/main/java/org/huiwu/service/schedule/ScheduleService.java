// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.meeting.MeetingRules;
import org.huiwu.domain.common.Violation;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.domain.place.PlaceRepository;
import org.huiwu.domain.schedule.LeadershipRotation;
import org.huiwu.domain.schedule.LeadershipRotation.LeadershipProposal;
import org.huiwu.service.ValidationException;

/** Planning meetings of the three levels: the use cases the schedule screens and the command line call. */
public class ScheduleService {

    /** Who acts (see {@link org.huiwu.service.access.Acting}); writes below check the actor's role first. */
    private java.util.function.Supplier<org.huiwu.domain.access.Actor> actor =
            org.huiwu.service.access.Acting.UNRESTRICTED;

    private final MeetingRepository meetings;
    private final PlaceRepository places;
    private final Clock clock;
    private java.util.function.Consumer<Meeting> created = meeting -> { };

    public ScheduleService(MeetingRepository meetings, PlaceRepository places, Clock clock) {
        this.meetings = meetings;
        this.places = places;
        this.clock = clock;
    }

    /** Where successful writes are recorded (the session's trail); nothing is recorded by default. */
    private org.huiwu.domain.audit.AuditTrail audit = org.huiwu.domain.audit.AuditTrail.NONE;

    /** Records successful writes into the trail from now on. */
    public ScheduleService recordingTo(org.huiwu.domain.audit.AuditTrail trail) {
        this.audit = java.util.Objects.requireNonNull(trail, "trail");
        return this;
    }

    /** Acts for the session's user from now on: writes their role does not allow are refused. */
    public ScheduleService actingAs(java.util.function.Supplier<org.huiwu.domain.access.Actor> actor) {
        this.actor = java.util.Objects.requireNonNull(actor, "actor");
        return this;
    }

    /** All meetings, earliest first. */
    public List<Meeting> meetings() {
        return meetings.findAll();
    }

    public Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NoSuchElementException("No meeting " + id));
    }

    /** Saves a new or changed meeting after checking it; refuses with every broken rule at once. */
    public Meeting save(Meeting meeting) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        List<Violation> violations = new java.util.ArrayList<>(MeetingRules.check(meeting));
        if (places.findById(meeting.placeId()).isEmpty()) {
            violations.add(new Violation("place", "meeting.validation.placeMissing"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Meeting saved = meetings.save(meeting);
        audit.record(meeting.id() == null ? org.huiwu.domain.audit.AuditAction.CREATED : org.huiwu.domain.audit.AuditAction.CHANGED, "meeting:" + saved.uuid(),
                saved.title().zh() + " / " + saved.title().ru() + " · " + saved.status().name());
        if (meeting.id() == null) {
            created.accept(saved);
        }
        return saved;
    }

    /** What else happens when a meeting is planned, e.g. its agenda starts from the previous meeting's. */
    public void onCreated(java.util.function.Consumer<Meeting> action) {
        this.created = java.util.Objects.requireNonNull(action, "action");
    }

    /** Moves the meeting to a new time and marks it postponed, so the change stays visible. */
    public Meeting postpone(long id, Instant newStart, Instant newEnd) {
        return save(meeting(id).rescheduled(newStart, newEnd).withStatus(MeetingStatus.POSTPONED));
    }

    public Meeting cancel(long id) {
        return save(meeting(id).withStatus(MeetingStatus.CANCELLED));
    }

    public Meeting markHeld(long id) {
        return save(meeting(id).withStatus(MeetingStatus.HELD));
    }

    public boolean isOverdue(Meeting meeting) {
        return meeting.isOverdue(clock.instant());
    }

    /** The next leadership meeting the rotation of Art. 3 (1) expects, unless one is planned already. */
    public Optional<LeadershipProposal> leadershipProposal() {
        return LeadershipRotation.propose(meetings.findAll(), capitals(), LocalDate.now(clock));
    }

    Map<Side, Place> capitals() {
        Map<Side, Place> capitals = new EnumMap<>(Side.class);
        for (Place place : places.findAll()) {
            if (place.kind() == PlaceKind.CAPITAL) {
                capitals.putIfAbsent(place.side(), place);
            }
        }
        return capitals;
    }

    public Clock clock() {
        return clock;
    }
}
