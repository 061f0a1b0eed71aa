// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.Duration;
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

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.agenda.AgendaService;
import org.huiwu.service.schedule.ScheduleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A meeting's agenda: its items in order, each with both titles, planned time, proposing side, tags and state,
 * and for the item that reviews earlier decisions those decisions with their status. Every change (add, edit,
 * delete, close or reopen, move) is saved at once through {@link AgendaService#saveAgenda}; when the archive
 * refuses, the agenda is read again so the list shows what is stored, and the problem is reported.
 */
public final class AgendaViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaViewModel.class);

    private final AgendaService agendas;
    private final ScheduleService schedule;
    private final Messages messages;
    private final java.util.function.Supplier<org.huiwu.service.parity.ParityReview> parity;
    private final Formats formats;

    private final ObservableList<AgendaRow> items = FXCollections.observableArrayList();
    private final ObjectProperty<AgendaRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper meetingShown = new ReadOnlyBooleanWrapper(this, "meetingShown");
    private final ReadOnlyStringWrapper plannedTotal = new ReadOnlyStringWrapper(this, "plannedTotal", "");
    private final ReadOnlyBooleanWrapper carryOverPossible = new ReadOnlyBooleanWrapper(this, "carryOverPossible");
    private final ReadOnlyStringWrapper carryOverHint = new ReadOnlyStringWrapper(this, "carryOverHint", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final BooleanBinding canMoveUp;
    private final BooleanBinding canMoveDown;
    private Consumer<Problem> problems = problem -> { };

    private Meeting meeting;
    private Agenda agenda = Agenda.EMPTY;

    public AgendaViewModel(AgendaService agendas, ScheduleService schedule, Messages messages, Formats formats) {
        this(agendas, schedule, messages, formats, () -> null);
    }

    /** @param parity the parity checks for the editor forms, asked per form (so terms added since count) */
    public AgendaViewModel(AgendaService agendas, ScheduleService schedule, Messages messages, Formats formats,
            java.util.function.Supplier<org.huiwu.service.parity.ParityReview> parity) {
        this.parity = parity;
        this.agendas = agendas;
        this.schedule = schedule;
        this.messages = messages;
        this.formats = formats;
        canMoveUp = Bindings.createBooleanBinding(
                () -> selected.get() != null && items.indexOf(selected.get()) > 0, selected, items);
        canMoveDown = Bindings.createBooleanBinding(() -> selected.get() != null
                && items.indexOf(selected.get()) >= 0 && items.indexOf(selected.get()) < items.size() - 1,
                selected, items);
    }

    /** Where problems go (the pane shows them in a dialog). */
    public void onProblem(Consumer<Problem> handler) {
        this.problems = Objects.requireNonNull(handler, "handler");
    }

    /** Shows the agenda of this meeting. */
    public void show(long meetingId) {
        notice.set("");
        try {
            meeting = schedule.meeting(meetingId);
            agenda = agendas.agenda(meetingId);
        } catch (RuntimeException e) {
            LOG.warn("Reading the agenda of meeting {} failed", meetingId, e);
            meeting = null;
            agenda = Agenda.EMPTY;
            refresh(null);
            problems.accept(Problem.of(messages.get("agenda.error.loadFailed"), e, messages,
                    messages.get("agenda.error.retry")));
            return;
        }
        refresh(selectedUuid());
    }

    /** Reads the shown meeting's agenda again. */
    public void reload() {
        if (meeting != null) {
            show(meeting.id());
        }
    }

    // ---------------------------------------------------------------- editing

    /** The form for a new item, inserted after the selected one (or at the end); proposed by the host side. */
    public Optional<AgendaItemEditorViewModel> newItem() {
        if (meeting == null) {
            return Optional.empty();
        }
        return Optional.of(new AgendaItemEditorViewModel(null, meeting.hostSide(), store(item -> {
            int at = selected.get() == null ? agenda.items().size() : agenda.indexOf(selected.get().uuid()) + 1;
            return agenda.insert(at, item);
        }), messages, parity.get(), meeting.id()));
    }

    /** The form for the selected item. */
    public Optional<AgendaItemEditorViewModel> editSelected() {
        return Optional.ofNullable(selected.get()).map(row -> new AgendaItemEditorViewModel(row.item(),
                row.item().proposedBy(), store(agenda::replace), messages, parity.get(), meeting.id()));
    }

    /** What the delete confirmation asks, naming the selected item. */
    public String deleteQuestion() {
        AgendaRow row = selected.get();
        return row == null ? "" : messages.get("agenda.delete.question", row.number(),
                row.item().title().joined());
    }

    /** Removes the selected item (after the user confirmed); the next item, or else the previous, is selected. */
    public boolean deleteSelected() {
        AgendaRow row = selected.get();
        if (row == null) {
            return false;
        }
        int index = items.indexOf(row);
        Agenda changed = agenda.remove(row.uuid());
        UUID next = changed.items().isEmpty() ? null
                : changed.items().get(Math.min(index, changed.items().size() - 1)).uuid();
        return apply(changed, next);
    }

    /** Closes the selected item when open, reopens it when closed. */
    public boolean toggleSelectedOpen() {
        AgendaRow row = selected.get();
        if (row == null) {
            return false;
        }
        return apply(agenda.replace(row.item().withOpen(!row.open())), row.uuid());
    }

    /** Moves the selected item one place up (negative) or down (positive); it stays selected. */
    public boolean moveSelected(int steps) {
        AgendaRow row = selected.get();
        if (row == null || steps == 0) {
            return false;
        }
        Agenda moved = agenda.moveBy(row.uuid(), steps);
        return !moved.equals(agenda) && apply(moved, row.uuid());
    }

    /** Moves an item to a position (0-based, as the item will then stand), e.g. by drag and drop; it is selected. */
    public boolean move(UUID item, int index) {
        if (meeting == null || agenda.items().stream().noneMatch(i -> i.uuid().equals(item))) {
            return false;
        }
        Agenda moved = agenda.move(item, index);
        return !moved.equals(agenda) && apply(moved, item);
    }

    /** Starts an empty agenda from the previous meeting: its open items and the decisions still open. */
    public boolean carryOver() {
        if (!carryOverPossible.get()) {
            return false;
        }
        Optional<Meeting> previous;
        try {
            previous = agendas.previous(meeting);
            agenda = agendas.startFromPrevious(meeting);
        } catch (RuntimeException e) {
            LOG.warn("Carrying over the agenda of meeting {} failed", meeting.id(), e);
            problems.accept(Problem.of(messages.get("agenda.error.carryOverFailed"), e, messages,
                    messages.get("agenda.error.retry")));
            reload();
            return false;
        }
        refresh(null);
        String from = previous.map(m -> MeetingRef.of(m, formats).text()).orElse("");
        notice.set(messages.get(agenda.items().isEmpty() ? "agenda.carryOver.nothing" : "agenda.carryOver.done",
                from));
        if (!items.isEmpty()) {
            selected.set(items.get(0));
        }
        return !agenda.items().isEmpty();
    }

    // ---------------------------------------------------------------- state

    public ObservableList<AgendaRow> items() {
        return items;
    }

    public ObjectProperty<AgendaRow> selectedProperty() {
        return selected;
    }

    /** Selects the item with this uuid, if the agenda has it. */
    public void select(UUID item) {
        selected.set(rowOf(item));
    }

    /** False until a meeting is shown (and when it could not be read): the pane's actions are then disabled. */
    public ReadOnlyBooleanProperty meetingShownProperty() {
        return meetingShown.getReadOnlyProperty();
    }

    /** The sum of the planned durations, e.g. "Planned in total: 1 h 40 min". */
    public ReadOnlyStringProperty plannedTotalProperty() {
        return plannedTotal.getReadOnlyProperty();
    }

    /** True when the agenda is empty and there is a previous meeting to start from. */
    public ReadOnlyBooleanProperty carryOverPossibleProperty() {
        return carryOverPossible.getReadOnlyProperty();
    }

    /** What carrying over would do, or why it cannot: the carry-over button's tooltip. */
    public ReadOnlyStringProperty carryOverHintProperty() {
        return carryOverHint.getReadOnlyProperty();
    }

    /** The outcome of the last carry-over, shown under the toolbar; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public BooleanBinding canMoveUp() {
        return canMoveUp;
    }

    public BooleanBinding canMoveDown() {
        return canMoveDown;
    }

    /** A duration as the UI language writes it: 45 min, 2 h, 1 h 30 min. */
    public String duration(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        if (hours == 0) {
            return messages.get("agenda.duration.minutes", minutes);
        }
        return minutes == 0 ? messages.get("agenda.duration.hours", hours)
                : messages.get("agenda.duration.hoursMinutes", hours, minutes);
    }

    // ---------------------------------------------------------------- inside

    /** Saves a changed agenda and shows it with {@code select} selected; on refusal reads the stored one again. */
    private boolean apply(Agenda changed, UUID select) {
        notice.set("");
        try {
            agenda = agendas.saveAgenda(meeting.id(), changed);
        } catch (RuntimeException e) {
            LOG.warn("Saving the agenda of meeting {} failed", meeting.id(), e);
            problems.accept(Problem.of(messages.get("agenda.error.saveFailed"), e, messages,
                    messages.get("agenda.error.retry")));
            reload();
            return false;
        }
        refresh(select);
        return true;
    }

    /** What an editor's save does: put the item into the agenda, save, show; errors go back to the form. */
    private Function<AgendaItem, AgendaItem> store(Function<AgendaItem, Agenda> into) {
        return item -> {
            notice.set("");
            agenda = agendas.saveAgenda(meeting.id(), into.apply(item));
            refresh(item.uuid());
            return agenda.items().stream().filter(i -> i.uuid().equals(item.uuid())).findFirst().orElse(item);
        };
    }

    private void refresh(UUID select) {
        meetingShown.set(meeting != null);
        items.setAll(rows());
        selected.set(select == null ? null : rowOf(select));
        plannedTotal.set(meeting == null ? "" : messages.get("agenda.total", duration(agenda.plannedTotal())));
        updateCarryOver();
    }

    private void updateCarryOver() {
        if (meeting == null) {
            carryOverPossible.set(false);
            carryOverHint.set("");
            return;
        }
        if (!agenda.items().isEmpty()) {
            carryOverPossible.set(false);
            carryOverHint.set(messages.get("agenda.carryOver.notEmpty"));
            return;
        }
        Optional<Meeting> previous;
        try {
            previous = agendas.previous(meeting);
        } catch (RuntimeException e) {
            LOG.warn("Finding the meeting before {} failed", meeting.id(), e);
            previous = Optional.empty();
        }
        carryOverPossible.set(previous.isPresent());
        carryOverHint.set(previous.map(m -> messages.get("agenda.carryOver.from", MeetingRef.of(m, formats).text()))
                .orElseGet(() -> messages.get("agenda.carryOver.noPrevious")));
    }

    private List<AgendaRow> rows() {
        if (meeting == null) {
            return List.of();
        }
        Map<UUID, Decision> reviewed = reviewed();
        LocalDate today = agendas.today(meeting);
        List<AgendaRow> rows = new ArrayList<>();
        int number = 1;
        for (AgendaItem item : agenda.items()) {
            List<String> tags = new ArrayList<>();
            item.areas().stream().sorted().map(messages::of).forEach(tags::add);
            item.categories().stream().sorted().map(messages::of).forEach(tags::add);
            List<AgendaRow.ReviewedDecision> decisions = item.reviewedDecisions().stream()
                    .map(reviewed::get).filter(Objects::nonNull)
                    .map(d -> new AgendaRow.ReviewedDecision(d, d.text().zh(), d.text().ru(),
                            messages.of(d.status()), d.isOverdue(today)))
                    .toList();
            rows.add(new AgendaRow(item, number++, item.title().zh(), item.title().ru(), duration(item.planned()),
                    messages.of(item.proposedBy()), tags, item.open(),
                    messages.get(item.open() ? "agenda.state.open" : "agenda.state.closed"),
                    item.carriedFrom() != null, decisions));
        }
        return rows;
    }

    private Map<UUID, Decision> reviewed() {
        if (agenda.items().stream().noneMatch(AgendaItem::reviewsDecisions)) {
            return Map.of();
        }
        try {
            return agendas.reviewed(meeting.id()).stream()
                    .collect(Collectors.toMap(Decision::uuid, Function.identity(), (a, b) -> a));
        } catch (RuntimeException e) {
            LOG.warn("Reading the decisions reviewed at meeting {} failed", meeting.id(), e);
            return Map.of();
        }
    }

    private AgendaRow rowOf(UUID item) {
        return item == null ? null : items.stream().filter(r -> r.uuid().equals(item)).findFirst().orElse(null);
    }

    private UUID selectedUuid() {
        return selected.get() == null ? null : selected.get().uuid();
    }
}
