// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.review;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.register.RegisterService;
import org.huiwu.service.review.TimelineEntry;
import org.huiwu.service.review.TimelineService;
import org.huiwu.service.review.TimelineSubject;
import org.huiwu.ui.record.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A timeline: the user picks what to follow (a place, an Art. 2 area, an Art. 4 category or a search term) and gets
 * every agenda item, clause and decision about it across meetings, oldest first, both texts side by side. Choosing
 * an entry opens its meeting in review mode at that entry.
 */
public final class TimelineViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineViewModel.class);

    /** What a timeline can follow. */
    public enum SubjectKind {
        PLACE, AREA, CATEGORY, TERM
    }

    /** A place, area or category to choose, named in the UI language (places in both languages). */
    public record Option(TimelineSubject subject, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One entry: when, which meeting, what kind (with its number), both texts, and a decision's status now. */
    public record EntryLine(long meetingId, UUID uuid, String date, String meeting, String kind, String zh,
                            String ru, String status) {
    }

    private final Supplier<TimelineService> timelines;
    private final RegisterService registers;
    private final Messages messages;
    private final Formats formats;
    private final ObjectProperty<SubjectKind> kind = new SimpleObjectProperty<>(this, "kind", SubjectKind.AREA);
    private final ObservableList<Option> options = FXCollections.observableArrayList();
    private final ObjectProperty<Option> option = new SimpleObjectProperty<>(this, "option");
    private final StringProperty term = new SimpleStringProperty(this, "term", "");
    private final ObservableList<EntryLine> entries = FXCollections.observableArrayList();
    private final ObjectProperty<EntryLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final BooleanBinding canShow;
    private BiConsumer<Long, UUID> openReview = (meeting, focus) -> { };
    private Consumer<Problem> problems = problem -> { };

    /** @param timelines the timeline service as it is now (a search index may have been plugged in since) */
    public TimelineViewModel(Supplier<TimelineService> timelines, RegisterService registers, Messages messages,
                             Formats formats) {
        this.timelines = timelines;
        this.registers = registers;
        this.messages = messages;
        this.formats = formats;
        canShow = Bindings.createBooleanBinding(() -> kind.get() == SubjectKind.TERM
                ? !term.get().isBlank() : option.get() != null, kind, term, option);
        kind.addListener((obs, old, now) -> fillOptions());
        fillOptions();
    }

    public void onProblem(Consumer<Problem> handler) {
        this.problems = Objects.requireNonNull(handler, "handler");
    }

    /** What choosing an entry does: review mode opens the meeting at the entry (see {@link ReviewFocus}). */
    public void onOpenReview(BiConsumer<Long, UUID> action) {
        this.openReview = Objects.requireNonNull(action, "action");
    }

    /** The kind's choices: the places of the register, the ten areas or the eight categories; none for a term. */
    public void fillOptions() {
        List<Option> list = switch (kind.get()) {
            case PLACE -> places();
            case AREA -> Arrays.stream(CooperationArea.values())
                    .map(a -> new Option(new TimelineSubject.InArea(a), messages.of(a))).toList();
            case CATEGORY -> Arrays.stream(InformationCategory.values())
                    .map(c -> new Option(new TimelineSubject.InCategory(c), messages.of(c))).toList();
            case TERM -> List.of();
        };
        options.setAll(list);
        option.set(list.isEmpty() ? null : list.get(0));
    }

    private List<Option> places() {
        try {
            return registers.places().stream()
                    .map(p -> new Option(new TimelineSubject.AtPlace(p.id()), p.name().joined())).toList();
        } catch (RuntimeException e) {
            fail(e);
            return List.of();
        }
    }

    /** Builds the timeline of the chosen subject; false when there is nothing to show it for. */
    public boolean show() {
        if (!canShow.get()) {
            return false;
        }
        TimelineSubject subject = kind.get() == SubjectKind.TERM ? new TimelineSubject.Term(term.get())
                : option.get().subject();
        List<TimelineEntry> found;
        try {
            found = timelines.get().timeline(subject);
        } catch (RuntimeException e) {
            fail(e);
            return false;
        }
        entries.setAll(found.stream().map(this::line).toList());
        selected.set(null);
        summary.set(messages.get("timeline.summary", entries.size(),
                found.stream().map(e -> e.meeting().id()).distinct().count()));
        return true;
    }

    /** Opens the selected entry in review mode; false when none is selected. */
    public boolean openSelected() {
        EntryLine line = selected.get();
        if (line == null) {
            return false;
        }
        openReview.accept(line.meetingId(), line.uuid());
        return true;
    }

    private EntryLine line(TimelineEntry entry) {
        String what = switch (entry.kind()) {
            case AGENDA_ITEM -> messages.get("timeline.entry.item", entry.position());
            case CLAUSE -> messages.get("timeline.entry.clause", entry.position());
            case DECISION -> messages.get("timeline.entry.decision", entry.position());
        };
        return new EntryLine(entry.meeting().id(), entry.uuid(),
                formats.date(entry.meeting().localStart().toLocalDate()), entry.meeting().title().joined(), what,
                entry.text().zh(), entry.text().ru(), entry.status() == null ? "" : messages.of(entry.status()));
    }

    private void fail(RuntimeException e) {
        LOG.warn("Building a timeline failed", e);
        problems.accept(Problem.of(messages.get("timeline.error.failed"), e, messages,
                messages.get("review.error.retry")));
    }

    /** The kind's name in the UI language, for the kind picker. */
    public String nameOf(SubjectKind value) {
        return switch (value) {
            case PLACE -> messages.get("timeline.kind.place");
            case AREA -> messages.get("timeline.kind.area");
            case CATEGORY -> messages.get("timeline.kind.category");
            case TERM -> messages.get("timeline.kind.term");
        };
    }

    public ObjectProperty<SubjectKind> kindProperty() {
        return kind;
    }

    public ObservableList<Option> options() {
        return options;
    }

    public ObjectProperty<Option> optionProperty() {
        return option;
    }

    public StringProperty termProperty() {
        return term;
    }

    public BooleanBinding canShowProperty() {
        return canShow;
    }

    public ObservableList<EntryLine> entries() {
        return entries;
    }

    public ObjectProperty<EntryLine> selectedProperty() {
        return selected;
    }

    /** "12 entries in 4 meetings". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
