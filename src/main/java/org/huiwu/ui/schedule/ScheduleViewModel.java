// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.schedule.LeadershipRotation.LeadershipProposal;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.register.RegisterService;
import org.huiwu.service.schedule.ScheduleService;
import org.huiwu.ui.meetings.MeetingEditorViewModel;
import org.huiwu.ui.meetings.MeetingRow;
import org.huiwu.ui.meetings.MeetingRows;

/**
 * The schedule: every meeting as a list and as a month calendar, filtered by level and text, with the next
 * leadership meeting the rotation expects.
 */
public final class ScheduleViewModel {

    private final ScheduleService schedule;
    private final RegisterService registers;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final MeetingRows rows;

    private final ObservableList<MeetingRow> all = FXCollections.observableArrayList();
    private final FilteredList<MeetingRow> visible = new FilteredList<>(all);
    private final ObjectProperty<MeetingLevel> levelFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<MeetingRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final StringProperty proposal = new SimpleStringProperty("");
    private final BooleanProperty proposalOverdue = new SimpleBooleanProperty(false);
    private Optional<LeadershipProposal> leadershipProposal = Optional.empty();

    public ScheduleViewModel(ScheduleService schedule, RegisterService registers, Messages messages,
                             Formats formats, Clock clock) {
        this.schedule = schedule;
        this.registers = registers;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.rows = new MeetingRows(messages, formats);
        month.set(YearMonth.now(clock));
        levelFilter.addListener(obs -> applyFilter());
        textFilter.addListener(obs -> applyFilter());
        reload();
    }

    /** Reads the meetings again, keeping the selection where the meeting still exists. */
    public void reload() {
        Long selectedId = selected.get() == null ? null : selected.get().id();
        all.setAll(rows.rows(schedule.meetings(), registers.places(), clock.instant()));
        select(selectedId);
        leadershipProposal = schedule.leadershipProposal();
        proposal.set(leadershipProposal.map(this::describe).orElse(""));
        proposalOverdue.set(leadershipProposal.map(LeadershipProposal::overdue).orElse(false));
    }

    private String describe(LeadershipProposal p) {
        String place = p.place() == null ? messages.of(p.hostSide()) : p.place().name().joined();
        return messages.get(p.overdue() ? "schedule.proposal.overdue" : "schedule.proposal.due",
                formats.date(p.dueDate()), place, messages.of(p.hostSide()));
    }

    public void select(Long id) {
        selected.set(id == null ? null : all.stream().filter(r -> r.id() == id).findFirst().orElse(null));
    }

    private void applyFilter() {
        MeetingLevel level = levelFilter.get();
        String text = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        visible.setPredicate(row -> (level == null || row.meeting().level() == level)
                && (text.isEmpty() || (row.title() + " " + row.place() + " " + row.status() + " " + row.level())
                        .toLowerCase(Locale.ROOT).contains(text)));
    }

    /** The six weeks shown for the month, Monday first, each day with its (filtered) meetings. */
    public List<CalendarDay> calendar() {
        YearMonth shown = month.get();
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate today = LocalDate.now(clock);
        List<CalendarDay> days = new ArrayList<>(42);
        for (int i = 0; i < 42; i++) {
            LocalDate day = first.plusDays(i);
            List<MeetingRow> meetings = visible.stream().filter(r -> r.localDate().equals(day)).toList();
            days.add(new CalendarDay(day, YearMonth.from(day).equals(shown), day.equals(today), meetings));
        }
        return days;
    }

    public String monthTitle() {
        return formats.monthYear(month.get().atDay(1));
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    public void thisMonth() {
        month.set(YearMonth.now(clock));
    }

    /** An editor for a new meeting on the given day (today when none). */
    public MeetingEditorViewModel newMeeting(LocalDate day) {
        return new MeetingEditorViewModel(schedule, registers, messages, formats, null,
                day == null ? LocalDate.now(clock) : day);
    }

    public Optional<MeetingEditorViewModel> editSelected() {
        return Optional.ofNullable(selected.get()).map(row -> new MeetingEditorViewModel(schedule, registers,
                messages, formats, schedule.meeting(row.id()), null));
    }

    /** An editor prefilled with the leadership meeting the rotation proposes. */
    public Optional<MeetingEditorViewModel> planProposal() {
        return leadershipProposal.map(p -> {
            LocalDate day = p.dueDate().isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : p.dueDate();
            MeetingEditorViewModel editor = newMeeting(day);
            editor.prefillLeadership(day, p.place(), p.hostSide());
            return editor;
        });
    }

    /** After an editor saved: show the saved meeting. */
    public void saved(MeetingEditorViewModel editor) {
        Optional<Meeting> meeting = editor.savedMeeting();
        reload();
        meeting.ifPresent(m -> {
            select(m.id());
            month.set(YearMonth.from(m.localStart()));
        });
    }

    /** Moves the selected meeting to another day at the same local time, marked postponed. */
    public void postponeSelected(LocalDate newDay) {
        MeetingRow row = selected.get();
        if (row == null || newDay == null) {
            return;
        }
        Meeting meeting = row.meeting();
        LocalTime time = meeting.localStart().toLocalTime();
        var newStart = newDay.atTime(time).atZone(meeting.zone()).toInstant();
        var duration = java.time.Duration.between(meeting.start(), meeting.end());
        schedule.postpone(row.id(), newStart, newStart.plus(duration));
        reload();
        select(row.id());
    }

    public void cancelSelected() {
        if (selected.get() != null) {
            long id = selected.get().id();
            schedule.cancel(id);
            reload();
            select(id);
        }
    }

    public void markSelectedHeld() {
        if (selected.get() != null) {
            long id = selected.get().id();
            schedule.markHeld(id);
            reload();
            select(id);
        }
    }

    public String cancelQuestion() {
        return selected.get() == null ? "" : messages.get("schedule.cancel.question", selected.get().title(),
                selected.get().startLocal());
    }

    /** One day of the month grid. */
    public record CalendarDay(LocalDate date, boolean inMonth, boolean today, List<MeetingRow> meetings) {
    }

    public ObservableList<MeetingRow> meetings() {
        return visible;
    }

    public ObjectProperty<MeetingLevel> levelFilterProperty() {
        return levelFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public ObjectProperty<MeetingRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public StringProperty proposalProperty() {
        return proposal;
    }

    public BooleanProperty proposalOverdueProperty() {
        return proposalOverdue;
    }
}
