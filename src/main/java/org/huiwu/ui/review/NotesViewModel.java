// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.note.NoteSubject;
import org.huiwu.domain.note.PrivateNote;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.note.NoteService;
import org.huiwu.service.review.ReviewService;
import org.huiwu.ui.record.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All of the deputy's private notes, most recently changed first, narrowed by a filter over their texts and
 * meetings. Choosing one opens its meeting in review mode at what the note is written on.
 */
public final class NotesViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(NotesViewModel.class);

    /** A note with the meeting it belongs to and what kind of record it is written on. */
    public record NoteLine(UUID uuid, long meetingId, UUID subjectUuid, NoteSubject subject, String meeting,
                           String about, String text, String changed) {
    }

    private final NoteService notes;
    private final ReviewService reviews;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<NoteLine> all = FXCollections.observableArrayList();
    private final FilteredList<NoteLine> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<NoteLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private BiConsumer<Long, UUID> openReview = (meeting, focus) -> { };
    private Consumer<Problem> problems = problem -> { };

    public NotesViewModel(NoteService notes, ReviewService reviews, Messages messages, Formats formats) {
        this.notes = notes;
        this.reviews = reviews;
        this.messages = messages;
        this.formats = formats;
        filter.addListener((obs, old, now) -> applyFilter());
    }

    public void onProblem(Consumer<Problem> handler) {
        this.problems = Objects.requireNonNull(handler, "handler");
    }

    /** What choosing a note does: review mode opens its meeting at what it is written on. */
    public void onOpenReview(BiConsumer<Long, UUID> action) {
        this.openReview = Objects.requireNonNull(action, "action");
    }

    public void reload() {
        List<PrivateNote> found;
        Map<Long, Meeting> meetings;
        try {
            found = notes.all();
            meetings = reviews.meetings().stream()
                    .collect(Collectors.toMap(Meeting::id, Function.identity(), (a, b) -> a));
        } catch (RuntimeException e) {
            LOG.warn("Reading the private notes failed", e);
            problems.accept(Problem.of(messages.get("notes.error.loadFailed"), e, messages,
                    messages.get("review.error.retry")));
            return;
        }
        all.setAll(found.stream().map(n -> line(n, meetings.get(n.meetingId()))).toList());
        applyFilter();
    }

    private void applyFilter() {
        String wanted = filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(wanted.isEmpty() ? null : line -> line.text().toLowerCase(Locale.ROOT).contains(wanted)
                || line.meeting().toLowerCase(Locale.ROOT).contains(wanted));
        if (selected.get() != null && !shown.contains(selected.get())) {
            selected.set(null);
        }
        summary.set(messages.get("notes.summary", shown.size(), all.size()));
    }

    /** Opens the selected note's meeting in review mode at its subject; false when none is selected. */
    public boolean openSelected() {
        NoteLine line = selected.get();
        if (line == null) {
            return false;
        }
        openReview.accept(line.meetingId(), line.subject() == NoteSubject.MEETING ? null : line.subjectUuid());
        return true;
    }

    private NoteLine line(PrivateNote note, Meeting meeting) {
        String about = switch (note.subject()) {
            case MEETING -> messages.get("notes.subject.meeting");
            case PAIR -> messages.get("notes.subject.pair");
            case AGENDA_ITEM -> messages.get("notes.subject.item");
            case DECISION -> messages.get("notes.subject.decision");
        };
        String meetingText = meeting == null ? "?"
                : formats.date(meeting.localStart().toLocalDate()) + " · " + meeting.title().joined();
        String changed = formats.date(note.updatedAt().atZone(notes.side().homeZone()).toLocalDate());
        return new NoteLine(note.uuid(), note.meetingId(), note.subjectUuid(), note.subject(), meetingText, about,
                note.text(), changed);
    }

    /** Whose notes these are, and that they never leave the archive. */
    public String privacy() {
        return messages.get("notes.privacy", messages.of(notes.side()));
    }

    /** The notes the filter lets through. */
    public ObservableList<NoteLine> notes() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<NoteLine> selectedProperty() {
        return selected;
    }

    /** "3 of 7 notes". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
