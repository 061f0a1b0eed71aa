// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.note;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.note.NoteSubject;
import org.huiwu.domain.note.PrivateNote;
import org.huiwu.domain.note.PrivateNoteRepository;

/**
 * A deputy's private notes on meetings, clauses, agenda items and decisions. Notes are written for the archive's home
 * side and only that side's notes are listed. Nothing here feeds a protocol or an export: those read the record
 * through other services and never see this one.
 */
public final class NoteService {

    /** Who acts (see {@link org.huiwu.service.access.Acting}); writes below check the actor's role first. */
    private java.util.function.Supplier<org.huiwu.domain.access.Actor> actor =
            org.huiwu.service.access.Acting.UNRESTRICTED;

    /** Told of every note saved or removed, e.g. by the search index to keep notes findable. */
    public interface Listener {
        void saved(PrivateNote note);

        void removed(PrivateNote note);
    }

    private final PrivateNoteRepository notes;
    private final Side side;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public NoteService(PrivateNoteRepository notes, Side homeSide, Clock clock) {
        this.notes = notes;
        this.side = homeSide;
        this.clock = clock;
    }

    /** Acts for the session's user from now on: writes their role does not allow are refused. */
    public NoteService actingAs(java.util.function.Supplier<org.huiwu.domain.access.Actor> actor) {
        this.actor = java.util.Objects.requireNonNull(actor, "actor");
        return this;
    }

    /** The side the notes belong to: the archive's home side. */
    public Side side() {
        return side;
    }

    /** All of this side's notes, most recently changed first. */
    public List<PrivateNote> all() {
        return notes.findAll().stream().filter(n -> n.side() == side).toList();
    }

    /** This side's notes on one meeting and its parts, in the order they were written. */
    public List<PrivateNote> ofMeeting(long meetingId) {
        return notes.ofMeeting(meetingId).stream().filter(n -> n.side() == side).toList();
    }

    /** Writes a new note; a blank text is refused (IllegalArgumentException) and nothing is stored. */
    public PrivateNote add(long meetingId, NoteSubject subject, UUID subjectUuid, String text) {
        actor.get().require(org.huiwu.domain.access.Permission.WRITE_NOTES);
        PrivateNote saved = notes.save(PrivateNote.create(meetingId, subject, subjectUuid, side, text,
                clock.instant()));
        listeners.forEach(l -> l.saved(saved));
        return saved;
    }

    /** Replaces the text of a note of this side. */
    public PrivateNote edit(UUID note, String text) {
        actor.get().require(org.huiwu.domain.access.Permission.WRITE_NOTES);
        PrivateNote existing = own(note);
        PrivateNote saved = notes.save(existing.withText(text, clock.instant()));
        listeners.forEach(l -> l.saved(saved));
        return saved;
    }

    public void remove(UUID note) {
        actor.get().require(org.huiwu.domain.access.Permission.WRITE_NOTES);
        PrivateNote existing = own(note);
        notes.remove(note);
        listeners.forEach(l -> l.removed(existing));
    }

    /** The hook for whoever follows notes (the search index); called on the thread that saved. */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private PrivateNote own(UUID uuid) {
        PrivateNote note = notes.find(uuid).orElseThrow(() -> new IllegalArgumentException("No note " + uuid));
        if (note.side() != side) {
            // The other side's note (should never be in this archive) is not this deputy's to change.
            throw new IllegalArgumentException("Note " + uuid + " belongs to the other side");
        }
        return note;
    }
}
