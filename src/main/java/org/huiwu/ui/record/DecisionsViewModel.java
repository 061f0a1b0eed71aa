// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.agenda.AgendaService;
import org.huiwu.service.schedule.ScheduleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A meeting's decisions and action items, and the open decisions of earlier meetings its agenda reviews. Every
 * change is saved at once ({@link AgendaService#saveDecisions}, {@link AgendaService#changeStatus}); open ones due
 * before today, in the meeting's zone, are marked overdue. When the archive refuses, the lists are read again and
 * the problem is reported.
 */
public final class DecisionsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionsViewModel.class);

    private final AgendaService agendas;
    private final ScheduleService schedule;
    private final Messages messages;
    private final java.util.function.Supplier<org.huiwu.service.parity.ParityReview> parity;
    private final Formats formats;
    private final DecisionRows rows;

    private final ObservableList<DecisionRow> decisions = FXCollections.observableArrayList();
    private final ObjectProperty<DecisionRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<DecisionRow> reviewed = FXCollections.observableArrayList();
    private final ObjectProperty<DecisionRow> selectedReviewed = new SimpleObjectProperty<>(this,
            "selectedReviewed");
    private final ReadOnlyBooleanWrapper meetingShown = new ReadOnlyBooleanWrapper(this, "meetingShown");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Consumer<Problem> problems = problem -> { };

    private Meeting meeting;
    private List<Decision> recorded = List.of();

    public DecisionsViewModel(AgendaService agendas, ScheduleService schedule, Messages messages, Formats formats) {
        this(agendas, schedule, messages, formats, () -> null);
    }

    /** @param parity the parity checks for the editor forms, asked per form (so terms added since count) */
    public DecisionsViewModel(AgendaService agendas, ScheduleService schedule, Messages messages, Formats formats,
            java.util.function.Supplier<org.huiwu.service.parity.ParityReview> parity) {
        this.parity = parity;
        this.agendas = agendas;
        this.schedule = schedule;
        this.messages = messages;
        this.formats = formats;
        this.rows = new DecisionRows(messages, formats);
    }

    public void onProblem(Consumer<Problem> handler) {
        this.problems = Objects.requireNonNull(handler, "handler");
    }

    /** Shows the decisions of this meeting and those of earlier meetings it reviews. */
    public void show(long meetingId) {
        UUID keep = uuidOf(selected.get());
        UUID keepReviewed = uuidOf(selectedReviewed.get());
        List<Decision> reviewedDecisions;
        try {
            meeting = schedule.meeting(meetingId);
            recorded = agendas.decisions(meetingId);
            reviewedDecisions = agendas.reviewed(meetingId);
        } catch (RuntimeException e) {
            LOG.warn("Reading the decisions of meeting {} failed", meetingId, e);
            meeting = null;
            recorded = List.of();
            refresh(List.of(), null, null);
            problems.accept(Problem.of(messages.get("decisions.error.loadFailed"), e, messages,
                    messages.get("decisions.error.retry")));
            return;
        }
        refresh(reviewedDecisions, keep, keepReviewed);
    }

    public void reload() {
        if (meeting != null) {
            show(meeting.id());
        }
    }

    // ---------------------------------------------------------------- this meeting's decisions

    public ObservableList<DecisionRow> decisions() {
        return decisions;
    }

    public ObjectProperty<DecisionRow> selectedProperty() {
        return selected;
    }

    public Optional<DecisionEditorViewModel> newDecision() {
        if (meeting == null) {
            return Optional.empty();
        }
        return Optional.of(editor(null, decision -> {
            List<Decision> all = new ArrayList<>(recorded);
            int at = selected.get() == null ? all.size() : indexOf(all, selected.get().uuid()) + 1;
            all.add(at, decision);
            return all;
        }));
    }

    public Optional<DecisionEditorViewModel> editSelected() {
        return Optional.ofNullable(selected.get()).map(row -> editor(row.decision(), decision -> {
            List<Decision> all = new ArrayList<>(recorded);
            all.set(indexOf(all, decision.uuid()), decision);
            return all;
        }));
    }

    public String deleteQuestion() {
        DecisionRow row = selected.get();
        return row == null ? "" : messages.get("decisions.delete.question", row.kind(),
                row.decision().text().joined());
    }

    /** Removes the selected decision (after the user confirmed); the next one, or else the previous, is selected. */
    public boolean deleteSelected() {
        DecisionRow row = selected.get();
        if (row == null) {
            return false;
        }
        List<Decision> rest = new ArrayList<>(recorded);
        int index = indexOf(rest, row.uuid());
        rest.remove(index);
        UUID next = rest.isEmpty() ? null : rest.get(Math.min(index, rest.size() - 1)).uuid();
        try {
            agendas.saveDecisions(meeting.id(), rest);
        } catch (RuntimeException e) {
            return refused(e);
        }
        selected.set(null);
        show(meeting.id());
        selected.set(rowOf(decisions, next));
        return true;
    }

    // ---------------------------------------------------------------- status, for both lists

    public List<DecisionStatus> statuses() {
        return List.of(DecisionStatus.values());
    }

    public String statusText(DecisionStatus status) {
        return status == null ? "" : messages.of(status);
    }

    /**
     * Sets a decision's status, wherever it was recorded: one of this meeting's, or an earlier one reviewed here.
     * Both lists are read again and the decision stays selected.
     */
    public boolean changeStatus(DecisionRow row, DecisionStatus status) {
        if (row == null || status == null || row.statusValue() == status) {
            return false;
        }
        try {
            agendas.changeStatus(row.uuid(), status);
        } catch (RuntimeException e) {
            return refused(e);
        }
        show(meeting.id());
        return true;
    }

    // ---------------------------------------------------------------- earlier decisions reviewed here

    /** The open (and meanwhile closed) decisions of earlier meetings this meeting's agenda reviews. */
    public ObservableList<DecisionRow> reviewed() {
        return reviewed;
    }

    public ObjectProperty<DecisionRow> selectedReviewedProperty() {
        return selectedReviewed;
    }

    // ---------------------------------------------------------------- state

    public ReadOnlyBooleanProperty meetingShownProperty() {
        return meetingShown.getReadOnlyProperty();
    }

    /** "4 recorded · 3 open · 1 overdue". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- inside

    private DecisionEditorViewModel editor(Decision original, Function<Decision, List<Decision>> into) {
        LocalDate meetingDate = meeting.localStart().toLocalDate();
        return new DecisionEditorViewModel(original, meeting.id(), meetingDate, decision -> {
            agendas.saveDecisions(meeting.id(), into.apply(decision));
            selected.set(null);
            show(meeting.id());
            selected.set(rowOf(decisions, decision.uuid()));
            return selected.get() == null ? decision : selected.get().decision();
        }, messages, formats, parity.get());
    }

    private boolean refused(RuntimeException e) {
        LOG.warn("Saving the decisions of meeting {} failed", meeting.id(), e);
        problems.accept(Problem.of(messages.get("decisions.error.saveFailed"), e, messages,
                messages.get("decisions.error.retry")));
        reload();
        return false;
    }

    private void refresh(List<Decision> reviewedDecisions, UUID keep, UUID keepReviewed) {
        meetingShown.set(meeting != null);
        if (meeting == null) {
            decisions.clear();
            reviewed.clear();
            selected.set(null);
            selectedReviewed.set(null);
            summary.set("");
            return;
        }
        LocalDate today = agendas.today(meeting);
        MeetingRef here = MeetingRef.of(meeting, formats);
        decisions.setAll(recorded.stream().map(d -> rows.row(d, today, here)).toList());
        Map<Long, MeetingRef> origins = origins(reviewedDecisions);
        reviewed.setAll(reviewedDecisions.stream().map(d -> rows.row(d, today,
                origins.getOrDefault(d.meetingId(), MeetingRef.unknown(d.meetingId())))).toList());
        selected.set(rowOf(decisions, keep));
        selectedReviewed.set(rowOf(reviewed, keepReviewed));
        summary.set(messages.get("decisions.summary", recorded.size(),
                recorded.stream().filter(Decision::isOpen).count(),
                recorded.stream().filter(d -> d.isOverdue(today)).count()));
    }

    private Map<Long, MeetingRef> origins(List<Decision> reviewedDecisions) {
        if (reviewedDecisions.isEmpty()) {
            return Map.of();
        }
        try {
            return schedule.meetings().stream()
                    .collect(Collectors.toMap(Meeting::id, m -> MeetingRef.of(m, formats), (a, b) -> a));
        } catch (RuntimeException e) {
            LOG.warn("Reading the meetings failed", e);
            return Map.of();
        }
    }

    private static int indexOf(List<Decision> all, UUID uuid) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).uuid().equals(uuid)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No decision " + uuid);
    }

    private static DecisionRow rowOf(List<DecisionRow> list, UUID uuid) {
        return uuid == null ? null : list.stream().filter(r -> r.uuid().equals(uuid)).findFirst().orElse(null);
    }

    private static UUID uuidOf(DecisionRow row) {
        return row == null ? null : row.uuid();
    }
}
