// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.minutes;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.AttendanceRepository;
import org.huiwu.domain.meeting.Attendee;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesDocument;
import org.huiwu.domain.minutes.MinutesException;
import org.huiwu.domain.minutes.MinutesRepository;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.minutes.VersionComparison;

/**
 * The use cases of writing minutes, as the editor and the command line call them: open the current version, save
 * it (every save is durable before it returns), agree a language on behalf of a member who attended, finalize,
 * reopen into a new version and compare versions.
 */
public class MinutesService {

    /** Who acts (see {@link org.huiwu.service.access.Acting}); writes below check the actor's role first. */
    private java.util.function.Supplier<org.huiwu.domain.access.Actor> actor =
            org.huiwu.service.access.Acting.UNRESTRICTED;

    private final MinutesRepository minutes;
    private final MeetingRepository meetings;
    private final AttendanceRepository attendance;
    private final Side homeSide;
    private final Clock clock;

    public MinutesService(MinutesRepository minutes, MeetingRepository meetings, AttendanceRepository attendance,
                          Side homeSide, Clock clock) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.attendance = attendance;
        this.homeSide = homeSide;
        this.clock = clock;
    }

    /** Where successful writes are recorded (the session's trail); nothing is recorded by default. */
    private org.huiwu.domain.audit.AuditTrail audit = org.huiwu.domain.audit.AuditTrail.NONE;

    /** Records successful writes into the trail from now on. */
    public MinutesService recordingTo(org.huiwu.domain.audit.AuditTrail trail) {
        this.audit = java.util.Objects.requireNonNull(trail, "trail");
        return this;
    }

    /** Acts for the session's user from now on: writes their role does not allow are refused. */
    public MinutesService actingAs(java.util.function.Supplier<org.huiwu.domain.access.Actor> actor) {
        this.actor = java.util.Objects.requireNonNull(actor, "actor");
        return this;
    }

    /** The newest version of the meeting's minutes, or a new empty draft (saved with its first edit). */
    public Minutes current(long meetingId) {
        return minutes.latest(meetingId).orElseGet(() -> Minutes.draft(meetingId));
    }

    /** Whether this version was stored (a new draft is not, until its first edit is saved). */
    public boolean isStored(Minutes version) {
        return minutes.storedState(version.uuid()).isPresent();
    }

    /** Every version, oldest first. */
    public List<Minutes> versions(long meetingId) {
        return minutes.versions(meetingId);
    }

    public Optional<Minutes> version(long meetingId, int version) {
        return minutes.versions(meetingId).stream().filter(v -> v.version() == version).findFirst();
    }

    /**
     * Saves a version. A version stored as final is never written again (its text is what was agreed and may be
     * printed and signed); the store rewrites only what changed.
     */
    public Minutes save(Minutes version) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        Objects.requireNonNull(version, "version");
        // One cheap lookup per save (autosave runs every second or two), not a load of every version.
        if (minutes.storedState(version.uuid()).filter(state -> state == MinutesState.FINAL).isPresent()) {
            Minutes stored = minutes.versions(version.meetingId()).stream()
                    .filter(v -> v.uuid().equals(version.uuid())).findFirst().orElseThrow();
            if (stored.equals(version)) {
                return version;
            }
            throw new MinutesException(MinutesException.Reason.VERSION_LOCKED, version.uuid().toString());
        }
        Minutes saved = minutes.save(version);
        // Autosaves come every few seconds: the trail folds a run of them into one entry (ArchiveAuditTrail).
        audit.record(org.huiwu.domain.audit.AuditAction.CHANGED, meetingSubject(saved.meetingId()) + "/minutes", "version " + saved.version());
        return saved;
    }

    /** "meeting:UUID": a meeting's stable name in the trail. */
    private String meetingSubject(long meetingId) {
        return "meeting:" + meetings.findById(meetingId).map(m -> m.uuid().toString()).orElse("#" + meetingId);
    }

    /** Who took part: the recorded attendance, or the planned delegation while none is recorded. */
    public Attendance attendance(long meetingId) {
        return attendance.of(meetingId).orElseGet(() -> meetings.findById(meetingId)
                .map(Attendance::planned).orElse(Attendance.NONE));
    }

    /** Whether the attendance was recorded, rather than guessed from the planned delegation. */
    public boolean attendanceRecorded(long meetingId) {
        return attendance.of(meetingId).isPresent();
    }

    public Attendance saveAttendance(long meetingId, Attendance recorded) {
        actor.get().require(org.huiwu.domain.access.Permission.DRAFT);
        Attendance saved = attendance.save(meetingId, recorded);
        audit.record(org.huiwu.domain.audit.AuditAction.CHANGED, meetingSubject(meetingId) + "/attendance", saved.attendees().size() + " present");
        return saved;
    }

    /**
     * Records that {@code personId} confirmed the text of {@code language} of a pair. Only a member of the language's
     * owning side who attended may: the Chinese text is agreed by the Chinese delegation, the Russian by the Kyrgyz.
     */
    public void agree(MinutesDocument document, UUID pair, RecordLanguage language, long personId) {
        actor.get().require(org.huiwu.domain.access.Permission.AGREE);
        Attendance present = attendance(document.minutes().meetingId());
        if (!present.attended(personId, language.owner())) {
            throw new MinutesException(MinutesException.Reason.NOT_ATTENDING, String.valueOf(personId));
        }
        document.agree(pair, language, personId, clock.instant());
        audit.record(org.huiwu.domain.audit.AuditAction.AGREED, meetingSubject(document.minutes().meetingId()) + "/pair:" + pair,
                language.name() + " · person " + personId);
    }

    /** Who may agree a language: the attending members of its owning side, representative first. */
    public List<Attendee> agreers(long meetingId, RecordLanguage language) {
        return attendance(meetingId).of(language.owner());
    }

    /** The provenance of what {@code author} types now; a text written at this desk without a named author is the home side's. */
    public Provenance provenance(Attendee author) {
        return author == null ? new Provenance(homeSide, null, clock.instant())
                : Provenance.of(author.side(), author.personId(), clock.instant());
    }

    /** Locks agreed minutes and saves them; returns the final version. */
    public Minutes finalizeMinutes(MinutesDocument document) {
        actor.get().require(org.huiwu.domain.access.Permission.FINALIZE);
        if (document.minutes().state() != MinutesState.AGREED) {
            throw new MinutesException(MinutesException.Reason.NOT_AGREED);
        }
        document.finalizeMinutes();
        Minutes saved = minutes.save(document.minutes());
        audit.record(org.huiwu.domain.audit.AuditAction.FINALIZED, meetingSubject(saved.meetingId()) + "/minutes", "version " + saved.version());
        return saved;
    }

    /** A new version from the final one, saved at once so both versions stay readable. */
    public Minutes reopen(long meetingId) {
        actor.get().require(org.huiwu.domain.access.Permission.FINALIZE);
        Minutes latest = current(meetingId);
        Minutes saved = minutes.save(latest.reopened());
        audit.record(org.huiwu.domain.audit.AuditAction.CREATED, meetingSubject(meetingId) + "/minutes", "version " + saved.version()
                + " reopened from " + latest.version());
        return saved;
    }

    public VersionComparison compare(Minutes older, Minutes newer) {
        return VersionComparison.between(older, newer);
    }

    public Side homeSide() {
        return homeSide;
    }

    public Meeting meeting(long meetingId) {
        return meetings.findById(meetingId).orElseThrow();
    }
}
