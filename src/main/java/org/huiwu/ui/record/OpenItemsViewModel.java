// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.agenda.AgendaService;
import org.huiwu.service.schedule.ScheduleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every open decision and action item across meetings, earliest due date first (none last), each with the meeting
 * it came from; overdue ones (due before today in that meeting's zone) marked. Choosing one opens its meeting.
 */
public final class OpenItemsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(OpenItemsViewModel.class);
    private static final Comparator<DecisionRow> BY_DUE = Comparator.comparing(
            (DecisionRow row) -> row.decision().due(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final AgendaService agendas;
    private final ScheduleService schedule;
    private final Messages messages;
    private final Formats formats;
    private final DecisionRows rows;

    private final ObservableList<DecisionRow> items = FXCollections.observableArrayList();
    private final ObjectProperty<DecisionRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Consumer<Problem> problems = problem -> { };
    private LongConsumer openMeeting = meetingId -> { };

    public OpenItemsViewModel(AgendaService agendas, ScheduleService schedule, Messages messages, Formats formats) {
        this.agendas = agendas;
        this.schedule = schedule;
        this.messages = messages;
        this.formats = formats;
        this.rows = new DecisionRows(messages, formats);
    }

    public void onProblem(Consumer<Problem> handler) {
        this.problems = Objects.requireNonNull(handler, "handler");
    }

    /** What choosing an item does: the record area selects the meeting with this id. */
    public void onOpenMeeting(LongConsumer action) {
        this.openMeeting = Objects.requireNonNull(action, "action");
    }

    /** Reads the open decisions again, keeping the selected one selected while it is still open. */
    public void reload() {
        UUID keep = selected.get() == null ? null : selected.get().uuid();
        List<Decision> open;
        Map<Long, Meeting> meetings;
        try {
            open = agendas.openDecisions();
            meetings = schedule.meetings().stream()
                    .collect(Collectors.toMap(Meeting::id, Function.identity(), (a, b) -> a));
        } catch (RuntimeException e) {
            LOG.warn("Reading the open decisions failed", e);
            items.clear();
            selected.set(null);
            summary.set("");
            problems.accept(Problem.of(messages.get("openItems.error.loadFailed"), e, messages,
                    messages.get("openItems.error.retry")));
            return;
        }
        items.setAll(open.stream().filter(Decision::isOpen).map(decision -> row(decision, meetings))
                .sorted(BY_DUE).toList());
        selected.set(keep == null ? null
                : items.stream().filter(row -> row.uuid().equals(keep)).findFirst().orElse(null));
        summary.set(messages.get("openItems.summary", items.size(), items.stream().filter(DecisionRow::overdue)
                .count()));
    }

    /** Opens the meeting the selected item came from; false when none is selected. */
    public boolean openSelected() {
        DecisionRow row = selected.get();
        if (row == null) {
            return false;
        }
        openMeeting.accept(row.decision().meetingId());
        return true;
    }

    public ObservableList<DecisionRow> items() {
        return items;
    }

    public ObjectProperty<DecisionRow> selectedProperty() {
        return selected;
    }

    /** "5 open · 2 overdue". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private DecisionRow row(Decision decision, Map<Long, Meeting> meetings) {
        Meeting meeting = meetings.get(decision.meetingId());
        if (meeting == null) {
            // A decision of a meeting the archive no longer lists: shown all the same, judged by the local date.
            return rows.row(decision, LocalDate.now(schedule.clock()), MeetingRef.unknown(decision.meetingId()));
        }
        return rows.row(decision, agendas.today(meeting), MeetingRef.of(meeting, formats));
    }
}
