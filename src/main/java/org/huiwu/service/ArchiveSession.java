// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.service.agenda.AgendaService;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.minutes.MinutesService;
import org.huiwu.service.parity.ParityReview;
import org.huiwu.service.parity.ParityService;
import org.huiwu.service.parity.TermbaseService;
import org.huiwu.service.parity.TranslationMemory;
import org.huiwu.service.register.RegisterService;
import org.huiwu.service.schedule.ScheduleService;

/** The services of one open archive, as the UI and the command line use them. Closing it closes the archive. */
public final class ArchiveSession implements AutoCloseable {

    private final OpenArchive archive;
    private final ScheduleService schedule;
    private final RegisterService registers;
    private final MinutesService minutes;
    private final AgendaService agenda;
    private final TermbaseService terms;
    private final TranslationMemory memory;
    private final org.huiwu.service.note.NoteService notes;
    private final org.huiwu.service.confidentiality.ConfidentialityService confidentiality;
    private volatile org.huiwu.service.review.TimelineTermMatcher timelineTerms =
            org.huiwu.service.review.TimelineTermMatcher.containsIgnoringCase();
    private final AtomicBoolean memoryStarted = new AtomicBoolean();
    private final Clock clock;
    private org.huiwu.service.search.SearchService search;
    /** The user whose key slot opened the archive; read again after a change of users (their role may change). */
    private volatile org.huiwu.domain.access.Actor actor;
    /** Who did what and when, recorded as the user who opened the archive (as they are now). */
    private final org.huiwu.service.audit.ArchiveAuditTrail audit;

    public ArchiveSession(OpenArchive archive, Clock clock) {
        this.archive = archive;
        this.clock = clock;
        this.actor = archive.users().openedBy().actor();
        this.audit = org.huiwu.service.audit.ArchiveAuditTrail.of(archive, clock);
        this.schedule = new ScheduleService(archive.meetings(), archive.places(), clock).actingAs(this::actor).recordingTo(audit);
        this.registers = new RegisterService(archive.places(), archive.people()).actingAs(this::actor)
                .recordingTo(audit);
        this.minutes = new MinutesService(archive.minutes(), archive.meetings(), archive.attendance(),
                archive.info().homeSide(), clock).actingAs(this::actor).recordingTo(audit);
        this.agenda = new AgendaService(archive.agendas(), archive.decisions(), archive.meetings(), clock)
                .actingAs(this::actor).recordingTo(audit);
        schedule.onCreated(agenda::startFromPrevious);
        this.terms = new TermbaseService(archive.terms(), clock).actingAs(this::actor).recordingTo(audit);
        // A new archive, or one made before the termbase existed, starts with the glossary and Art. 2 and 4 terms.
        terms.seedIfEmpty();
        this.memory = new TranslationMemory(archive.meetings(), archive.minutes());
        this.notes = new org.huiwu.service.note.NoteService(archive.notes(), archive.info().homeSide(), clock)
                .actingAs(this::actor);
        this.confidentiality = new org.huiwu.service.confidentiality.ConfidentialityService(
                archive.confidentiality(), archive.info().homeSide(), clock, this::actor,
                (action, subject, detail) -> audit().record(action, subject, detail));
    }

    /** The Art. 4 registers, and the gate every export and print passes ({@code release}). */
    public org.huiwu.service.confidentiality.ConfidentialityService confidentiality() {
        return confidentiality;
    }

    /** The archive's users: listing, adding, removing, changing roles (for those who may manage users). */
    public org.huiwu.service.access.UserService users() {
        return new org.huiwu.service.access.UserService(archive.users(), this::actor, this::audit,
                () -> actor = archive.users().openedBy().actor());
    }

    /** Who is acting in this session; services refuse what the actor's role does not allow. */
    public org.huiwu.domain.access.Actor actor() {
        return actor;
    }

    /** The archive's audit trail, recording as {@link #actor()}. */
    public org.huiwu.domain.audit.AuditTrail audit() {
        return audit;
    }

    /** The trail's newest entry as an anchor, for a protocol PDF or a backup to carry. */
    public org.huiwu.domain.audit.AuditAnchor auditHead() {
        return audit.head();
    }

    /** Reading and verifying the trail against the anchors found where {@code anchors} looks. */
    public org.huiwu.service.audit.AuditService auditing(org.huiwu.service.audit.AuditAnchors anchors) {
        return new org.huiwu.service.audit.AuditService(archive.audit(), this::actor, () -> anchors.of(archive),
                org.huiwu.service.audit.AuditSubjects.of(archive));
    }

    public ArchiveInfo info() {
        return archive.info();
    }

    /** The open archive itself, for work on the whole of it (backups). */
    public OpenArchive archive() {
        return archive;
    }

    public java.nio.file.Path folder() {
        return archive.folder();
    }

    public ScheduleService schedule() {
        return schedule;
    }

    public RegisterService registers() {
        return registers;
    }

    public MinutesService minutes() {
        return minutes;
    }

    public AgendaService agenda() {
        return agenda;
    }

    /** The termbase: editing, import and export, and the terms found in a text. */
    public TermbaseService terms() {
        return terms;
    }

    /** The translation memory over the archive's aligned pairs; the editor tells it of every save of minutes. */
    public TranslationMemory memory() {
        // Built on first use, in the background: a command that only lists meetings should not read every minutes.
        if (memoryStarted.compareAndSet(false, true)) {
            memory.buildInBackground();
        }
        return memory;
    }

    /**
     * The parity checks with the termbase and the registers as they are now: built per call (a few milliseconds),
     * so a term added a moment ago counts. Keep the result while checking many pairs.
     */
    public ParityService parity() {
        return ParityService.of(terms.terms(), registers);
    }

    /** The findings of minutes' pairs with the users' dismissals, checked with {@link #parity()} as it is now. */
    public ParityReview parityReview() {
        return new ParityReview(parity().checker(), archive.dismissals(), archive.info().homeSide(), clock)
                .actingAs(this::actor);
    }

    /** What a meeting's protocol says, gathered from the record. */
    public org.huiwu.service.protocol.ProtocolService protocols() {
        return new org.huiwu.service.protocol.ProtocolService(schedule, minutes, agenda, registers,
                archive.signedProtocols(), clock, confidentiality).actingAs(this::actor).recordingTo(audit).anchoredTo(audit::head);
    }

    /** Importing minutes written before Huiwu, from Word tables or TSV files. */
    public org.huiwu.service.importing.MinutesImport importing() {
        // A memory not yet built reads the imported pairs from the archive when it is; a built one is told.
        return new org.huiwu.service.importing.MinutesImport(minutes, schedule, registers, saved -> {
            if (memoryStarted.get()) {
                memory.indexSaved(saved);
            }
        });
    }

    /** The certificates this archive trusts for verifying signed protocols. */
    public org.huiwu.service.protocol.TrustService trust() {
        return new org.huiwu.service.protocol.TrustService(archive.trustedCertificates(), clock);
    }

    /** The deputy's private notes: one instance per session, so listeners (the search index) see every change. */
    public org.huiwu.service.note.NoteService notes() {
        return notes;
    }

    /** A meeting's record read for review mode, which writes nothing. */
    public org.huiwu.service.review.ReviewService review() {
        return new org.huiwu.service.review.ReviewService(archive.meetings(), archive.places(), archive.minutes(),
                archive.agendas(), archive.decisions());
    }

    /** Timelines of a place, an area, a category or a term, with the term matcher plugged in now. */
    public org.huiwu.service.review.TimelineService timeline() {
        return new org.huiwu.service.review.TimelineService(archive.meetings(), archive.places(), archive.minutes(),
                archive.agendas(), archive.decisions(), timelineTerms);
    }

    /** Replaces the plain substring scan for timeline terms, e.g. by the archive's search index. */
    public void useTimelineTerms(org.huiwu.service.review.TimelineTermMatcher matcher) {
        this.timelineTerms = java.util.Objects.requireNonNull(matcher, "matcher");
    }

    /**
     * The archive search. Opened on first use (a command that only lists meetings does not read the index): from
     * then on it follows every save, and it starts by catching up with what changed while it was closed.
     */
    public synchronized org.huiwu.service.search.SearchService search() {
        if (search == null) {
            search = org.huiwu.service.search.SearchService.of(archive);
            archive.onMeetingSaved(search::meetingSaved);
            notes.addListener(new org.huiwu.service.note.NoteService.Listener() {
                @Override
                public void saved(org.huiwu.domain.note.PrivateNote note) {
                    noteChanged(note);
                }

                @Override
                public void removed(org.huiwu.domain.note.PrivateNote note) {
                    noteChanged(note);
                }
            });
            // Timelines of a term find what the search finds: Chinese words inside sentences, Russian inflections.
            useTimelineTerms(new org.huiwu.service.search.SearchTimelineTerms(search));
            search.catchUp();
        }
        return search;
    }

    /** A note is part of its meeting's searchable texts: the meeting is indexed again. */
    private void noteChanged(org.huiwu.domain.note.PrivateNote note) {
        archive.meetings().findById(note.meetingId()).ifPresent(meeting -> search.meetingSaved(meeting.uuid()));
    }

    @Override
    public void close() {
        synchronized (this) {
            if (search != null) {
                search.close();
            }
        }
        archive.close();
    }
}
