// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.meeting.Attendee;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesDocument;
import org.huiwu.domain.minutes.MinutesException;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.parity.Dismissal;
import org.huiwu.domain.parity.Finding;
import org.huiwu.service.minutes.MinutesService;
import org.huiwu.service.parity.ParityReview;

/**
 * The minutes editor: one version of a meeting's minutes as a list of clause rows, every edit made through one
 * {@link MinutesDocument} so that one undo history covers typing and the operations on clauses, and saved
 * continuously in the background.
 *
 * <p>Threading: everything here runs on the UI thread except the store call of a save, which gets an immutable
 * snapshot of the minutes on the {@code background} executor and reports back through {@code ui}.
 */
public final class MinutesEditorViewModel {

    /** Changes older than this are saved by the next tick, so at most about this much typing can be lost. */
    static final Duration AUTOSAVE_AFTER = Duration.ofSeconds(1);

    private final MinutesService service;
    /**
     * Where the parity checks come from, asked at every load so that terms added since count; null where findings
     * are not shown (the editor bench).
     */
    private final java.util.function.Supplier<ParityReview> paritySource;
    private ParityReview parity;
    /** Term suggestions and similar clauses; null where none are shown. */
    private final WritingAssist assist;
    private final ObjectProperty<WritingAssist.Help> help = new SimpleObjectProperty<>(WritingAssist.Help.NONE);
    private final Clock clock;
    private final Executor background;
    private final Consumer<Runnable> ui;
    /** Elapsed time for autosave, apart from the clock (which dates provenance and may be fixed in tests). */
    private final java.util.function.LongSupplier nanoTime;
    private long changedAtNanos;
    private long savedAtNanos = -1;

    private final ObservableList<PairRow> rows = FXCollections.observableArrayList();
    private final Map<UUID, PairRow> rowsByUuid = new HashMap<>();
    private final ObjectProperty<MinutesState> state = new SimpleObjectProperty<>(MinutesState.DRAFT);
    private final ObjectProperty<Integer> version = new SimpleObjectProperty<>(1);
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final ObjectProperty<SaveStatus> saveStatus = new SimpleObjectProperty<>(SaveStatus.saved(null));
    private final ObjectProperty<Caret> caretRequest = new SimpleObjectProperty<>();
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>();
    private final ObservableList<Attendee> authors = FXCollections.observableArrayList();
    private final ObjectProperty<Attendee> author = new SimpleObjectProperty<>();
    /** Changes when dismissals change, so cells show their findings again. */
    private final javafx.beans.property.IntegerProperty findingsRevision =
            new javafx.beans.property.SimpleIntegerProperty();
    private final ObjectProperty<PendingAgreement> pendingAgreement = new SimpleObjectProperty<>();
    private List<Dismissal> dismissals = List.of();
    /** Findings per clause, kept while the clause (the very pair object) and the dismissals stay the same. */
    private final Map<UUID, CachedFindings> findings = new HashMap<>();
    private final Map<RecordLanguage, ObservableList<Attendee>> agreers = Map.of(
            RecordLanguage.ZH, FXCollections.observableArrayList(),
            RecordLanguage.RU, FXCollections.observableArrayList());
    private final Map<RecordLanguage, ObjectProperty<Attendee>> agreer = Map.of(
            RecordLanguage.ZH, new SimpleObjectProperty<>(),
            RecordLanguage.RU, new SimpleObjectProperty<>());

    private long meetingId = -1;
    private MinutesDocument document;
    private long savedRevision;
    private Instant changedAt;
    private boolean saving;
    /** Whether the version being edited was ever stored: an untouched new draft is not saved until written in. */
    private boolean stored;
    /** Where an operation wants the caret; announced after the rows show the operation's result. */
    private Caret pendingCaret;

    /** Where the view should put the caret: a clause, a language and an offset in its text. */
    public record Caret(UUID pair, RecordLanguage language, int offset) {
    }

    /** Something the user tried was refused; the view shows the message (a key and its argument). */
    public record Problem(String messageKey, String detail) {
    }

    /** An agreement waiting for the user's confirmation because the clause has open parity findings. */
    public record PendingAgreement(UUID pair, RecordLanguage language, List<Finding> openFindings) {
    }

    private record CachedFindings(AlignedPair pair, int revision, List<ParityReview.PairFinding> findings) {
    }

    public MinutesEditorViewModel(MinutesService service, Clock clock, Executor background, Consumer<Runnable> ui) {
        this(service, EditorAids.NONE, clock, background, ui, System::nanoTime);
    }

    public MinutesEditorViewModel(MinutesService service, EditorAids aids, Clock clock, Executor background,
                                  Consumer<Runnable> ui) {
        this(service, aids, clock, background, ui, System::nanoTime);
    }

    public MinutesEditorViewModel(MinutesService service, Clock clock, Executor background, Consumer<Runnable> ui,
                                  java.util.function.LongSupplier nanoTime) {
        this(service, EditorAids.NONE, clock, background, ui, nanoTime);
    }

    public MinutesEditorViewModel(MinutesService service, EditorAids aids, Clock clock, Executor background,
                                  Consumer<Runnable> ui, java.util.function.LongSupplier nanoTime) {
        this.service = service;
        this.paritySource = aids.parity();
        this.assist = aids.assist();
        this.clock = clock;
        this.background = background;
        this.ui = ui;
        this.nanoTime = nanoTime;
    }

    /** Opens the newest version of the meeting's minutes (a new empty draft if there are none). */
    public void load(long meetingId) {
        this.meetingId = meetingId;
        Minutes current = service.current(meetingId);
        stored = service.isStored(current);
        document = new MinutesDocument(current);
        savedRevision = document.revision();
        changedAt = null;
        rows.clear();
        rowsByUuid.clear();
        authors.setAll(service.attendance(meetingId).attendees());
        Attendee home = authors.stream().filter(a -> a.side() == service.homeSide()).findFirst()
                .orElse(authors.isEmpty() ? null : authors.get(0));
        author.set(home);
        for (RecordLanguage language : RecordLanguage.values()) {
            agreers.get(language).setAll(service.agreers(meetingId, language));
            agreer.get(language).set(agreers.get(language).isEmpty() ? null : agreers.get(language).get(0));
        }
        saveStatus.set(SaveStatus.saved(null));
        savedAtNanos = -1;
        problem.set(null);
        pendingAgreement.set(null);
        findings.clear();
        parity = paritySource == null ? null : paritySource.get();
        help.set(WritingAssist.Help.NONE);
        dismissals = parity == null ? List.of() : parity.dismissals(meetingId);
        findingsRevision.set(findingsRevision.get() + 1);
        refresh();
    }

    public long meetingId() {
        return meetingId;
    }

    public Minutes minutes() {
        return document.minutes();
    }

    // ---- typing -------------------------------------------------------------------------------------------------

    /** The editor's text of one language of a clause is now {@code newText}. */
    public void type(UUID pair, RecordLanguage language, String newText) {
        attempt(() -> document.type(pair, language, newText, service.provenance(author.get())));
    }

    /** The caret left a text or the user paused: the next keystroke starts a new undo step. */
    public void closeTypingGroup() {
        if (document != null) {
            document.closeTypingGroup();
        }
    }

    // ---- clauses --------------------------------------------------------------------------------------------------

    /** A new empty clause after {@code after} (at the start when null); the caret goes into it. */
    public void insertAfter(UUID after, RecordLanguage language) {
        attempt(() -> {
            int index = after == null ? 0 : document.minutes().indexOf(after) + 1;
            UUID created = document.insertPair(index);
            pendingCaret = new Caret(created, language, 0);
        });
    }

    /** Splits the clause at the caret of each language; the caret goes to the start of the new clause. */
    public void split(UUID pair, RecordLanguage language, int zhOffset, int ruOffset) {
        attempt(() -> {
            UUID created = document.split(pair, zhOffset, ruOffset);
            pendingCaret = new Caret(created, language, 0);
        });
    }

    /** Joins the clause with the next; the caret stays where the two texts meet. */
    public void mergeWithNext(UUID pair, RecordLanguage language) {
        attempt(() -> {
            int joint = document.minutes().pair(pair).side(language).text().length();
            document.merge(pair);
            pendingCaret = new Caret(pair, language, Math.min(joint,
                    document.minutes().pair(pair).side(language).text().length()));
        });
    }

    public void delete(UUID pair, RecordLanguage language) {
        attempt(() -> {
            int index = document.minutes().indexOf(pair);
            document.delete(pair);
            List<AlignedPair> pairs = document.minutes().pairs();
            if (!pairs.isEmpty()) {
                pendingCaret = new Caret(pairs.get(Math.min(index, pairs.size() - 1)).uuid(), language, 0);
            }
        });
    }

    /** One place up (-1) or down (+1); at either end nothing happens. */
    public void move(UUID pair, int steps, RecordLanguage language) {
        attempt(() -> {
            int target = document.minutes().indexOf(pair) + steps;
            if (target >= 0 && target < document.minutes().pairs().size()) {
                document.move(pair, target);
                pendingCaret = new Caret(pair, language, -1);
            }
        });
    }

    /**
     * The chosen member of the language's owning side confirms its text of the clause. With open parity findings
     * the agreement waits in {@link #pendingAgreementProperty()} for {@link #confirmAgreement()}.
     */
    public void agree(UUID pair, RecordLanguage language) {
        Attendee who = agreer.get(language).get();
        if (who == null) {
            problem.set(new Problem("minutes.error.noAgreer", service.homeSide().code()));
            return;
        }
        List<Finding> open = findings(pair).stream().filter(ParityReview.PairFinding::open)
                .map(ParityReview.PairFinding::finding).toList();
        if (!open.isEmpty()) {
            pendingAgreement.set(new PendingAgreement(pair, language, open));
            return;
        }
        attempt(() -> service.agree(document, pair, language, who.personId()));
    }

    /** The user agrees in spite of the open findings. */
    public void confirmAgreement() {
        PendingAgreement pending = pendingAgreement.get();
        pendingAgreement.set(null);
        Attendee who = pending == null ? null : agreer.get(pending.language()).get();
        if (who != null && document.minutes().indexOf(pending.pair()) >= 0) {
            attempt(() -> service.agree(document, pending.pair(), pending.language(), who.personId()));
        }
    }

    /** The user looks at the findings first: nothing is agreed. */
    public void cancelAgreement() {
        pendingAgreement.set(null);
    }

    public ReadOnlyObjectProperty<PendingAgreement> pendingAgreementProperty() {
        return pendingAgreement;
    }

    // ---- parity findings ------------------------------------------------------------------------------------------

    /** The clause's parity findings, open ones first, dismissed ones with their dismissal; empty without checks. */
    public List<ParityReview.PairFinding> findings(UUID pair) {
        if (parity == null || document == null || document.minutes().indexOf(pair) < 0) {
            return List.of();
        }
        AlignedPair current = document.minutes().pair(pair);
        if (tooLongToCheck(current)) {
            return List.of();
        }
        CachedFindings cached = findings.get(pair);
        if (cached != null && cached.pair() == current && cached.revision() == findingsRevision.get()) {
            return cached.findings();
        }
        List<ParityReview.PairFinding> fresh = parity.review(current, dismissals);
        findings.put(pair, new CachedFindings(current, findingsRevision.get(), fresh));
        return fresh;
    }

    /**
     * Longest text of a clause side that is checked: a check costs about 40 ms at this length, and a pasted
     * megabyte (seconds, tens of thousands of findings) must not freeze typing.
     */
    static final int LONGEST_CHECKED = 20_000;

    /** Whether the clause is too long to be checked while typing (the cell says so instead of showing findings). */
    public boolean tooLongToCheck(UUID pair) {
        return parity != null && document != null && document.minutes().indexOf(pair) >= 0
                && tooLongToCheck(document.minutes().pair(pair));
    }

    private static boolean tooLongToCheck(AlignedPair pair) {
        return pair.zh().text().length() > LONGEST_CHECKED || pair.ru().text().length() > LONGEST_CHECKED;
    }

    /** Dismisses a finding of the clause as it reads now, with the user's reason (saved at once). */
    public void dismissFinding(UUID pair, Finding finding, String reason) {
        if (parity == null || document.minutes().indexOf(pair) < 0) {
            return;
        }
        try {
            parity.dismiss(meetingId, document.minutes().pair(pair), finding, reason,
                    service.provenance(author.get()));
            findingsChanged();
        } catch (IllegalArgumentException e) {
            problem.set(new Problem("parity.dismiss.reasonRequired", e.getMessage()));
        } catch (ArchiveException e) {
            problem.set(new Problem(e.reason().messageKey(), e.detail()));
        }
    }

    /** Opens a dismissed finding again. */
    public void undoDismissal(UUID pair, Finding finding) {
        if (parity == null) {
            return;
        }
        try {
            parity.undoDismissal(meetingId, pair, finding);
            findingsChanged();
        } catch (ArchiveException e) {
            problem.set(new Problem(e.reason().messageKey(), e.detail()));
        }
    }

    private void findingsChanged() {
        dismissals = parity.dismissals(meetingId);
        problem.set(null);
        findingsRevision.set(findingsRevision.get() + 1);
    }

    /** Changes whenever dismissals change (cells then ask for their findings again). */
    public javafx.beans.value.ObservableIntegerValue findingsRevisionProperty() {
        return findingsRevision;
    }

    public void undo() {
        attempt(document::undo);
    }

    public void redo() {
        attempt(document::redo);
    }

    /** Locks agreed minutes. */
    public void finalizeMinutes() {
        saveNow();
        attempt(() -> {
            service.finalizeMinutes(document);
            stored = true;
            savedRevision = document.revision();
            saveStatus.set(SaveStatus.saved(clock.instant()));
        });
    }

    /** Final minutes become a new draft version; the final one stays as it was. */
    public void reopen() {
        attempt(() -> {
            service.reopen(meetingId);
            load(meetingId);
        });
    }

    // ---- saving ---------------------------------------------------------------------------------------------------

    /** Called about every half second: saves in the background when changes are older than {@link #AUTOSAVE_AFTER}. */
    public void autosaveTick() {
        if (hasUnsavedChanges() && !saving && changedAt != null
                && nanoTime.getAsLong() - changedAtNanos >= AUTOSAVE_AFTER.toNanos()) {
            saveInBackground();
        }
    }

    /** Ctrl+S: saves now in the background (the status shows when it is confirmed). */
    public void saveSoon() {
        if (hasUnsavedChanges() && !saving) {
            saveInBackground();
        }
    }

    /**
     * Saves on this thread, e.g. before the user leaves the minutes; true when everything is saved afterwards.
     * A save already running in the background is followed by this one, which writes the newest snapshot.
     */
    public boolean saveNow() {
        if (document == null || !hasUnsavedChanges()) {
            return true;
        }
        Minutes snapshot = document.minutes();
        long revision = document.revision();
        try {
            // Through the saver, so this save cannot overtake (or run beside) one already running there.
            java.util.concurrent.CompletableFuture.runAsync(() -> {
                service.save(snapshot);
                remember(snapshot);
            }, background).join();
            confirmed(revision);
            return true;
        } catch (java.util.concurrent.CompletionException e) {
            failed(e.getCause() instanceof RuntimeException cause ? cause : e);
            return false;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }

    /** Whole seconds since the last confirmed save, or -1 before the first: "saved 2 s ago". */
    public long secondsSinceSaved() {
        return savedAtNanos < 0 ? -1 : java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(
                nanoTime.getAsLong() - savedAtNanos);
    }

    public boolean hasUnsavedChanges() {
        return document != null && document.revision() != savedRevision;
    }

    private void saveInBackground() {
        Minutes snapshot = document.minutes();
        long revision = document.revision();
        saving = true;
        saveStatus.set(saveStatus.get().with(SaveStatus.State.SAVING));
        background.execute(() -> {
            RuntimeException failure = null;
            try {
                service.save(snapshot);
                remember(snapshot);
            } catch (RuntimeException e) {
                failure = e;
            }
            RuntimeException result = failure;
            ui.accept(() -> {
                saving = false;
                if (result == null) {
                    confirmed(revision);
                } else {
                    failed(result);
                }
            });
        });
    }

    /** Saved minutes join the translation memory; a failure there must not fail the save. */
    private void remember(Minutes saved) {
        if (assist == null) {
            return;
        }
        try {
            assist.saved(saved);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(MinutesEditorViewModel.class)
                    .warn("Translation memory not updated: {}", e.toString());
        }
    }

    // ---- writing assist -------------------------------------------------------------------------------------------

    /** Looks up terms and similar clauses for the side being written (the view calls it after a pause). */
    public void helpFor(UUID pair, RecordLanguage language) {
        if (assist == null || document == null || document.minutes().indexOf(pair) < 0) {
            help.set(WritingAssist.Help.NONE);
            return;
        }
        help.set(assist.help(document.minutes().pair(pair), language));
    }

    public ReadOnlyObjectProperty<WritingAssist.Help> helpProperty() {
        return help;
    }

    /** Whether the editor offers terms and similar clauses at all. */
    public boolean hasAssist() {
        return assist != null;
    }

    private void confirmed(long revision) {
        stored = true;
        savedAtNanos = nanoTime.getAsLong();
        savedRevision = Math.max(savedRevision, revision);
        saveStatus.set(hasUnsavedChanges() ? new SaveStatus(SaveStatus.State.UNSAVED, clock.instant(), null, null)
                : SaveStatus.saved(clock.instant()));
    }

    private void failed(RuntimeException e) {
        String key = e instanceof ArchiveException archive ? archive.reason().messageKey()
                : e instanceof MinutesException minutes ? minutes.messageKey() : "minutes.error.saveFailed";
        String detail = e instanceof ArchiveException archive ? archive.detail() : String.valueOf(e.getMessage());
        saveStatus.set(saveStatus.get().failed(key, detail));
    }

    // ---- state ----------------------------------------------------------------------------------------------------

    private void attempt(Runnable action) {
        if (document == null) {
            return;
        }
        long before = document.revision();
        try {
            action.run();
            problem.set(null);
        } catch (MinutesException e) {
            problem.set(new Problem(e.messageKey(), e.getMessage()));
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            problem.set(new Problem("minutes.error.refused", e.getMessage()));
        }
        if (document.revision() != before) {
            changedAt = clock.instant();
            changedAtNanos = nanoTime.getAsLong();
            if (hasUnsavedChanges() && !saving) {
                saveStatus.set(saveStatus.get().with(SaveStatus.State.UNSAVED));
            }
        }
        refresh();
        if (pendingCaret != null) {
            Caret caret = pendingCaret;
            pendingCaret = null;
            caretRequest.set(null);
            caretRequest.set(caret);
        }
    }

    /** Brings the rows in line with the document with as few list changes as possible, so cells keep their caret. */
    private void refresh() {
        List<AlignedPair> pairs = document.minutes().pairs();
        if (rows.isEmpty() && !pairs.isEmpty()) {
            // Opening: one list change for all rows, not one per clause.
            List<PairRow> all = new java.util.ArrayList<>(pairs.size());
            for (int i = 0; i < pairs.size(); i++) {
                PairRow row = new PairRow(pairs.get(i), i + 1);
                rowsByUuid.put(row.uuid(), row);
                all.add(row);
            }
            rows.setAll(all);
        }
        Set<UUID> present = new HashSet<>(pairs.size() * 2);
        for (AlignedPair pair : pairs) {
            present.add(pair.uuid());
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!present.contains(rows.get(i).uuid())) {
                rowsByUuid.remove(rows.remove(i).uuid());
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            AlignedPair pair = pairs.get(i);
            if (i < rows.size() && rows.get(i).uuid().equals(pair.uuid())) {
                rows.get(i).update(pair, i + 1);
                continue;
            }
            PairRow row = rowsByUuid.get(pair.uuid());
            if (row == null) {
                row = new PairRow(pair, i + 1);
                rowsByUuid.put(pair.uuid(), row);
            } else {
                rows.remove(row);
                row.update(pair, i + 1);
            }
            rows.add(i, row);
        }
        Minutes minutes = document.minutes();
        state.set(minutes.state());
        version.set(minutes.version());
        locked.set(minutes.isFinal());
        canUndo.set(document.canUndo());
        canRedo.set(document.canRedo());
    }

    // ---- properties -----------------------------------------------------------------------------------------------

    public ObservableList<PairRow> rows() {
        return rows;
    }

    public PairRow row(UUID pair) {
        return rowsByUuid.get(pair);
    }

    public ReadOnlyObjectProperty<MinutesState> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<Integer> versionProperty() {
        return version;
    }

    /** Final minutes: nothing can be typed; reopen makes a new version. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyObjectProperty<SaveStatus> saveStatusProperty() {
        return saveStatus;
    }

    /** Set after an operation that moves the caret; the view applies it and may clear it. */
    public ObjectProperty<Caret> caretRequestProperty() {
        return caretRequest;
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem;
    }

    public void dismissProblem() {
        problem.set(null);
    }

    /** Who is typing: their side and name go into the provenance of what they write. */
    public ObservableList<Attendee> authors() {
        return authors;
    }

    public ObjectProperty<Attendee> authorProperty() {
        return author;
    }

    /** The attending members of the language's owning side, who may agree its texts. */
    public ObservableList<Attendee> agreers(RecordLanguage language) {
        return agreers.get(language);
    }

    public ObjectProperty<Attendee> agreerProperty(RecordLanguage language) {
        return agreer.get(language);
    }

    /** Whether a version was stored (a new draft is stored with its first change). */
    public boolean isStored() {
        return stored;
    }
}
