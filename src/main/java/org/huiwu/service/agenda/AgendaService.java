// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.AgendaRepository;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionRepository;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.meeting.MeetingStatus;

/**
 * A meeting's agenda and decisions, and what carries over between meetings: a new meeting starts with the open
 * items of the previous one at the same place (or, failing that, of the same level), and with an item reviewing
 * the decisions still open, linked to them.
 */
public class AgendaService {

    /** Who acts (see {@link org.huiwu.service.access.Acting}); writes below check the actor's role first. */
    private java.util.function.Supplier<org.huiwu.domain.access.Actor> actor =
            org.huiwu.service.access.Acting.UNRESTRICTED;

    private final AgendaRepository agendas;
    private final DecisionRepository decisions;
    private final MeetingRepository meetings;
    private final Clock clock;

    public AgendaService(AgendaRepository agendas, DecisionRepository decisions, MeetingRepository meetings,
                         Clock clock) {
        this.agendas = agendas;
        this.decisions = decisions;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** Where successful writes are recorded (the session's trail); nothing is recorded by default. */
    private org.huiwu.domain.audit.AuditTrail audit = org.huiwu.domain.audit.AuditTrail.NONE;

    /** Records successful writes into the trail from now on. */
    public AgendaService recordingTo(org.huiwu.domain.audit.AuditTrail trail) {
        this.audit = java.util.Objects.requireNonNull(trail, "trail");
        return this;
    }

    /** Acts for the session's user from now on: writes their role does not allow are refused. */
    public AgendaService actingAs(java.util.function.Supplier<org.huiwu.domain.access.Actor> actor) {
        this.actor = java.util.Objects.requireNonNull(actor, "actor");
        return this;
    }

    public Agenda agenda(long meetingId) {
        return agendas.of(meetingId);
    }

    public Agenda saveAgenda(long meetingId, Agenda agenda) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        Agenda saved = agendas.save(meetingId, agenda);
        audit.record(org.huiwu.domain.audit.AuditAction.CHANGED, meetingSubject(meetingId) + "/agenda", saved.items().size() + " items");
        return saved;
    }

    /** "meeting:UUID": a meeting's stable name in the trail (local keys differ between archives). */
    private String meetingSubject(long meetingId) {
        return "meeting:" + meetings.findById(meetingId).map(m -> m.uuid().toString()).orElse("#" + meetingId);
    }

    public List<Decision> decisions(long meetingId) {
        return decisions.ofMeeting(meetingId);
    }

    public List<Decision> saveDecisions(long meetingId, List<Decision> recorded) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        List<Decision> saved = decisions.saveAll(meetingId, recorded);
        audit.record(org.huiwu.domain.audit.AuditAction.CHANGED, meetingSubject(meetingId) + "/decisions", saved.size() + " decisions");
        return saved;
    }

    /** Changes one decision's status wherever it was recorded, e.g. closing an old decision at a later meeting. */
    public Decision changeStatus(UUID decision, org.huiwu.domain.decision.DecisionStatus status) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        Decision found = decisions.find(decision).orElseThrow();
        List<Decision> ofMeeting = new ArrayList<>(decisions.ofMeeting(found.meetingId()));
        Decision changed = found.withStatus(status);
        ofMeeting.replaceAll(d -> d.uuid().equals(decision) ? changed : d);
        decisions.saveAll(found.meetingId(), ofMeeting);
        audit.record(org.huiwu.domain.audit.AuditAction.CHANGED, "decision:" + decision, status.name());
        return changed;
    }

    /** Every open decision and action item across meetings, earliest due date first. */
    public List<Decision> openDecisions() {
        return decisions.open();
    }

    public LocalDate today(Meeting inZoneOf) {
        return LocalDate.now(clock.withZone(inZoneOf.zone()));
    }

    /** The decisions of earlier meetings this meeting's agenda reviews, in the agenda's order. */
    public List<Decision> reviewed(long meetingId) {
        Map<UUID, Decision> found = new LinkedHashMap<>();
        for (AgendaItem item : agendas.of(meetingId).items()) {
            for (UUID uuid : item.reviewedDecisions()) {
                decisions.find(uuid).ifPresent(decision -> found.putIfAbsent(uuid, decision));
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The meeting this one follows: the latest earlier, not cancelled meeting at the same place, or else of the same
     * level.
     */
    public Optional<Meeting> previous(Meeting meeting) {
        List<Meeting> earlier = meetings.findAll().stream()
                .filter(m -> !m.uuid().equals(meeting.uuid()))
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .filter(m -> m.start().isBefore(meeting.start()))
                .sorted(Comparator.comparing(Meeting::start).reversed())
                .toList();
        return earlier.stream().filter(m -> m.placeId() == meeting.placeId()).findFirst()
                .or(() -> earlier.stream().filter(m -> m.level() == meeting.level()).findFirst());
    }

    /**
     * Starts an empty agenda from the previous meeting: its open items carried forward, then one item reviewing the
     * decisions still open (its own, and older ones it reviewed itself). An agenda that already has items is left
     * alone; returns the agenda as it now stands.
     */
    public Agenda startFromPrevious(Meeting meeting) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        Agenda current = agendas.of(meeting.id());
        if (!current.items().isEmpty()) {
            return current;
        }
        Optional<Meeting> previous = previous(meeting);
        if (previous.isEmpty()) {
            return current;
        }
        long previousId = previous.get().id();
        List<AgendaItem> items = new ArrayList<>();
        List<UUID> stillOpen = new ArrayList<>();
        decisions.ofMeeting(previousId).stream().filter(Decision::isOpen).map(Decision::uuid)
                .forEach(stillOpen::add);
        reviewed(previousId).stream().filter(Decision::isOpen).map(Decision::uuid)
                .filter(uuid -> !stillOpen.contains(uuid)).forEach(stillOpen::add);
        if (!stillOpen.isEmpty()) {
            items.add(AgendaItem.reviewOf(stillOpen, meeting.hostSide()));
        }
        for (AgendaItem open : agendas.of(previousId).openItems()) {
            if (!open.reviewsDecisions()) {
                items.add(open.carriedForward());
            }
        }
        if (items.isEmpty()) {
            return current;
        }
        return agendas.save(meeting.id(), new Agenda(items));
    }
}
