// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.note.NoteSubject;
import org.huiwu.domain.note.PrivateNote;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.note.NoteService;
import org.huiwu.service.review.DecisionFate;
import org.huiwu.service.review.MeetingReview;
import org.huiwu.service.review.ReviewService;
import org.huiwu.ui.record.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Review mode for one meeting: its minutes (any version) Chinese beside Russian, its agenda, its decisions with
 * what became of them at later meetings, and the deputy's private notes. Nothing here can change the record; the
 * only thing written is a private note, which belongs to the home side and never leaves the archive.
 */
public final class ReviewViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewViewModel.class);

    /** A meeting as the picker offers it: date, then both titles. */
    public record MeetingChoice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A stored version of the minutes: "Version 2 · Final". */
    public record VersionChoice(int version, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A clause, its two texts as equals; {@code noted} when the deputy wrote a note on it. */
    public record PairLine(UUID uuid, int number, String zh, String ru, boolean noted) {
    }

    /** An agenda item with its Art. 2 and Art. 4 tags in the UI language. */
    public record ItemLine(UUID uuid, int number, String zh, String ru, String tags, boolean noted) {
    }

    /**
     * A decision and its fate: its status now, and where later meetings reviewed it ("reviewed at: …"), or that none
     * has yet.
     */
    public record DecisionLine(UUID uuid, int number, String zh, String ru, String kind, String status, String due,
                               boolean overdue, String fate, boolean noted) {
    }

    /** A private note: what it is written on, its text and when it was last changed. */
    public record NoteLine(UUID uuid, NoteSubject subject, UUID subjectUuid, String about, String text,
                           String changed) {
    }

    /** What a new note will be written on. */
    public record NoteTarget(NoteSubject subject, UUID uuid, String label) {
    }

    private final ReviewService reviews;
    private final NoteService notes;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;

    private final ObservableList<MeetingChoice> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingChoice> meeting = new SimpleObjectProperty<>(this, "meeting");
    private final ObservableList<VersionChoice> versions = FXCollections.observableArrayList();
    private final ObjectProperty<VersionChoice> version = new SimpleObjectProperty<>(this, "version");
    private final ObservableList<PairLine> pairs = FXCollections.observableArrayList();
    private final ObservableList<ItemLine> items = FXCollections.observableArrayList();
    private final ObservableList<DecisionLine> decisions = FXCollections.observableArrayList();
    private final ObservableList<NoteLine> noteLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<UUID> focus = new SimpleObjectProperty<>(this, "focus");
    private final ObjectProperty<NoteTarget> noteTarget = new SimpleObjectProperty<>(this, "noteTarget");
    private final StringProperty noteDraft = new SimpleStringProperty(this, "noteDraft", "");
    private final ObjectProperty<NoteLine> selectedNote = new SimpleObjectProperty<>(this, "selectedNote");
    private final BooleanBinding canAddNote;
    private Consumer<Problem> problems = problem -> { };

    private MeetingReview review;
    private List<PrivateNote> meetingNotes = List.of();
    private boolean loading;

    public ReviewViewModel(ReviewService reviews, NoteService notes, Messages messages, Formats formats,
                           Clock clock) {
        this.reviews = reviews;
        this.notes = notes;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        canAddNote = Bindings.createBooleanBinding(
                () -> noteTarget.get() != null && !noteDraft.get().isBlank(), noteTarget, noteDraft);
        meeting.addListener((obs, old, now) -> {
            if (!loading && now != null) {
                load(now.id(), null);
            }
        });
        version.addListener((obs, old, now) -> {
            // A picker clears its value while its list is replaced; the clauses shown stay until one is chosen.
            if (!loading && now != null) {
                showVersion();
            }
        });
    }

    public void onProblem(Consumer<Problem> handler) {
        this.problems = Objects.requireNonNull(handler, "handler");
    }

    /** Reads the meetings for the picker again, keeping the meeting shown. */
    public void reloadMeetings() {
        try {
            List<MeetingChoice> all = reviews.meetings().stream().map(this::choice).toList();
            loading = true;
            try {
                meetings.setAll(all);
                if (review != null) {
                    meeting.set(find(meetings, c -> c.id() == review.meeting().id()));
                }
            } finally {
                loading = false;
            }
        } catch (RuntimeException e) {
            report(e);
        }
    }

    /** Opens a meeting with the given pair, agenda item or decision (or nothing, when null) in focus. */
    public void open(long meetingId, UUID focusOn) {
        if (meetings.isEmpty()) {
            reloadMeetings();
        }
        load(meetingId, focusOn);
    }

    private void load(long meetingId, UUID focusOn) {
        // Reading the same meeting again (coming back to the area) keeps a note being written and what it is on.
        boolean again = review != null && review.meeting().id() == meetingId;
        NoteTarget keptTarget = again ? noteTarget.get() : null;
        try {
            review = reviews.review(meetingId);
            meetingNotes = notes.ofMeeting(meetingId);
        } catch (RuntimeException e) {
            report(e);
            return;
        }
        loading = true;
        try {
            MeetingChoice choice = find(meetings, c -> c.id() == meetingId);
            if (choice == null) {
                choice = choice(review.meeting());
                meetings.add(0, choice);
            }
            meeting.set(choice);
            versions.setAll(review.versions().stream().map(v -> new VersionChoice(v.version(),
                    messages.get("review.version", v.version(), messages.of(v.state())))).toList());
            version.set(versions.isEmpty() ? null : versions.get(versions.size() - 1));
        } finally {
            loading = false;
        }
        summary.set(summaryOf(review));
        showVersion();
        items.setAll(itemLines());
        decisions.setAll(decisionLines());
        noteLines.setAll(noteLines(meetingNotes));
        targetMeeting();
        if (!again) {
            noteDraft.set("");
        }
        focus.set(null);
        focus.set(focusOn);
        if (focusOn != null) {
            target(focusOn);
        } else if (keptTarget != null && keptTarget.subject() != NoteSubject.MEETING) {
            // Still there after the reload? Otherwise the note goes on the meeting as a whole.
            target(keptTarget.uuid());
        }
    }

    /** Reads the meeting shown again (the record may have changed meanwhile); keeps the note being written. */
    public void reload() {
        if (review != null) {
            reloadMeetings();
            load(review.meeting().id(), null);
        }
    }

    private void showVersion() {
        if (review == null) {
            pairs.clear();
            return;
        }
        VersionChoice chosen = version.get();
        Minutes shown = chosen == null ? null : review.versions().stream()
                .filter(v -> v.version() == chosen.version()).findFirst().orElse(null);
        Set<UUID> noted = notedSubjects();
        List<PairLine> lines = new ArrayList<>();
        if (shown != null) {
            for (int i = 0; i < shown.pairs().size(); i++) {
                AlignedPair pair = shown.pairs().get(i);
                lines.add(new PairLine(pair.uuid(), i + 1, pair.zh().text(), pair.ru().text(),
                        noted.contains(pair.uuid())));
            }
        }
        pairs.setAll(lines);
    }

    /** Makes the pair, item or decision with this UUID the one a new note is written on. */
    public void target(UUID uuid) {
        if (review == null || uuid == null) {
            return;
        }
        for (PairLine pair : pairs) {
            if (pair.uuid().equals(uuid)) {
                noteTarget.set(new NoteTarget(NoteSubject.PAIR, uuid, messages.get("review.note.onPair",
                        pair.number())));
                return;
            }
        }
        for (ItemLine item : items) {
            if (item.uuid().equals(uuid)) {
                noteTarget.set(new NoteTarget(NoteSubject.AGENDA_ITEM, uuid, messages.get("review.note.onItem",
                        item.number())));
                return;
            }
        }
        for (DecisionLine decision : decisions) {
            if (decision.uuid().equals(uuid)) {
                noteTarget.set(new NoteTarget(NoteSubject.DECISION, uuid,
                        messages.get("review.note.onDecision", decision.number())));
                return;
            }
        }
    }

    /** Notes go on the meeting as a whole again. */
    public void targetMeeting() {
        if (review != null) {
            noteTarget.set(new NoteTarget(NoteSubject.MEETING, review.meeting().uuid(),
                    messages.get("review.note.onMeeting")));
        }
    }

    /** Saves the draft as a private note on the current target; false (nothing saved) when it cannot. */
    public boolean addNote() {
        NoteTarget on = noteTarget.get();
        if (review == null || on == null || noteDraft.get().isBlank()) {
            return false;
        }
        try {
            notes.add(review.meeting().id(), on.subject(), on.uuid(), noteDraft.get());
        } catch (RuntimeException e) {
            LOG.warn("Saving a private note failed", e);
            problems.accept(Problem.of(messages.get("review.error.noteFailed"), e, messages,
                    messages.get("review.error.noteRetry")));
            return false;
        }
        noteDraft.set("");
        refreshNotes();
        return true;
    }

    /** Deletes the selected note; false when none is selected or it failed. */
    public boolean removeSelectedNote() {
        NoteLine line = selectedNote.get();
        if (line == null) {
            return false;
        }
        try {
            notes.remove(line.uuid());
        } catch (RuntimeException e) {
            LOG.warn("Removing a private note failed", e);
            problems.accept(Problem.of(messages.get("review.error.noteFailed"), e, messages,
                    messages.get("review.error.noteRetry")));
            return false;
        }
        selectedNote.set(null);
        refreshNotes();
        return true;
    }

    private void refreshNotes() {
        try {
            meetingNotes = notes.ofMeeting(review.meeting().id());
        } catch (RuntimeException e) {
            report(e);
            return;
        }
        noteLines.setAll(noteLines(meetingNotes));
        Set<UUID> noted = notedSubjects();
        pairs.replaceAll(p -> new PairLine(p.uuid(), p.number(), p.zh(), p.ru(), noted.contains(p.uuid())));
        items.setAll(itemLines());
        decisions.setAll(decisionLines());
    }

    private Set<UUID> notedSubjects() {
        return meetingNotes.stream().map(PrivateNote::subjectUuid).collect(Collectors.toSet());
    }

    private List<ItemLine> itemLines() {
        Set<UUID> noted = notedSubjects();
        List<AgendaItem> all = review.agenda().items();
        List<ItemLine> lines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            AgendaItem item = all.get(i);
            String tags = Stream.concat(item.areas().stream().map(messages::of),
                    item.categories().stream().map(messages::of)).collect(Collectors.joining("; "));
            lines.add(new ItemLine(item.uuid(), i + 1, item.title().zh(), item.title().ru(), tags,
                    noted.contains(item.uuid())));
        }
        return lines;
    }

    private List<DecisionLine> decisionLines() {
        Set<UUID> noted = notedSubjects();
        // Overdue reads as it does at the meeting's place.
        LocalDate today = LocalDate.now(clock.withZone(review.meeting().zone()));
        List<DecisionLine> lines = new ArrayList<>();
        for (int i = 0; i < review.decisions().size(); i++) {
            DecisionFate fate = review.decisions().get(i);
            Decision decision = fate.decision();
            String due = decision.due() == null ? messages.get("decisions.row.noDue")
                    : messages.get("decisions.row.due", formats.shortDate(decision.due()));
            lines.add(new DecisionLine(decision.uuid(), i + 1, decision.text().zh(), decision.text().ru(),
                    messages.of(decision.kind()), messages.of(decision.status()), due, decision.isOverdue(today),
                    fateOf(fate), noted.contains(decision.uuid())));
        }
        return lines;
    }

    private String fateOf(DecisionFate fate) {
        if (fate.unreviewed()) {
            return messages.get("review.fate.none");
        }
        return messages.get("review.fate.reviewedAt", fate.reviews().stream()
                .map(r -> formats.date(r.meeting().localStart().toLocalDate()) + " " + r.meeting().title().joined())
                .collect(Collectors.joining("; ")));
    }

    private List<NoteLine> noteLines(List<PrivateNote> list) {
        Map<UUID, String> about = new HashMap<>();
        pairs.forEach(p -> about.put(p.uuid(), messages.get("review.note.onPair", p.number())));
        itemLines().forEach(i -> about.put(i.uuid(), messages.get("review.note.onItem", i.number())));
        for (int i = 0; i < review.decisions().size(); i++) {
            about.put(review.decisions().get(i).decision().uuid(), messages.get("review.note.onDecision", i + 1));
        }
        return list.stream().map(n -> new NoteLine(n.uuid(), n.subject(), n.subjectUuid(),
                        about.getOrDefault(n.subjectUuid(), n.subject() == NoteSubject.MEETING
                                ? messages.get("review.note.onMeeting") : messages.get("review.note.onRemoved")),
                        n.text(), formats.date(n.updatedAt().atZone(review.meeting().zone()).toLocalDate())))
                .toList();
    }

    private String summaryOf(MeetingReview shown) {
        Meeting m = shown.meeting();
        String place = shown.place() == null ? "?" : shown.place().name().joined();
        String state = shown.latest().map(v -> messages.of(v.state())).orElse(messages.get("review.noMinutes"));
        return messages.get("review.summary", formats.date(m.localStart().toLocalDate()), place,
                messages.of(m.level()), state);
    }

    private MeetingChoice choice(Meeting m) {
        return new MeetingChoice(m.id(), formats.date(m.localStart().toLocalDate()) + " · " + m.title().joined());
    }

    private void report(RuntimeException e) {
        LOG.warn("Reading a meeting for review failed", e);
        problems.accept(Problem.of(messages.get("review.error.loadFailed"), e, messages,
                messages.get("review.error.retry")));
    }

    private static <T> T find(List<T> list, java.util.function.Predicate<T> test) {
        return list.stream().filter(test).findFirst().orElse(null);
    }

    public ObservableList<MeetingChoice> meetings() {
        return meetings;
    }

    public ObjectProperty<MeetingChoice> meetingProperty() {
        return meeting;
    }

    public ObservableList<VersionChoice> versions() {
        return versions;
    }

    public ObjectProperty<VersionChoice> versionProperty() {
        return version;
    }

    public ObservableList<PairLine> pairs() {
        return pairs;
    }

    public ObservableList<ItemLine> items() {
        return items;
    }

    public ObservableList<DecisionLine> decisions() {
        return decisions;
    }

    public ObservableList<NoteLine> notes() {
        return noteLines;
    }

    /** "13 Oct 2026 · place · Talks · Final". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The pair, item or decision the view should select and scroll to; null for none. */
    public ObjectProperty<UUID> focusProperty() {
        return focus;
    }

    public ObjectProperty<NoteTarget> noteTargetProperty() {
        return noteTarget;
    }

    public StringProperty noteDraftProperty() {
        return noteDraft;
    }

    public BooleanBinding canAddNoteProperty() {
        return canAddNote;
    }

    public ObjectProperty<NoteLine> selectedNoteProperty() {
        return selectedNote;
    }
}
