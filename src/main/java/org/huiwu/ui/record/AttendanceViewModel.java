// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.Attendee;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.person.Person;
import org.huiwu.i18n.Messages;
import org.huiwu.service.minutes.MinutesService;
import org.huiwu.service.register.RegisterService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who took part in a meeting, side by side for China and Kyrgyzstan: the planned delegation first, then the other
 * people of that side from the register, each with "took part" and the role. Until attendance is recorded the
 * planned delegation is shown as present; Save records what the user ticked ({@link MinutesService#saveAttendance}).
 * Unsaved changes are kept (and saved when the user leaves), never dropped by a reload.
 */
public final class AttendanceViewModel {

    /** The role a person who was not planned starts with when ticked. */
    static final DelegationRole DEFAULT_ROLE = DelegationRole.EXPERT;
    private static final Logger LOG = LoggerFactory.getLogger(AttendanceViewModel.class);

    private final MinutesService minutes;
    private final RegisterService registers;
    private final Messages messages;
    private final LongPredicate recordedInArchive;
    private final Set<Long> recordedHere = new HashSet<>();

    private final ObservableList<AttendeeRow> china = FXCollections.observableArrayList();
    private final ObservableList<AttendeeRow> kyrgyzstan = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper meetingShown = new ReadOnlyBooleanWrapper(this, "meetingShown");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper recorded = new ReadOnlyBooleanWrapper(this, "recorded");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper chinaHeading = new ReadOnlyStringWrapper(this, "chinaHeading", "");
    private final ReadOnlyStringWrapper kyrgyzHeading = new ReadOnlyStringWrapper(this, "kyrgyzHeading", "");
    private Consumer<Problem> problems = problem -> { };
    private Meeting meeting;
    private boolean loading;

    /**
     * Tells a recorded attendance from the planned delegation by comparing the two: an attendance recorded exactly
     * as planned reads as "planned" until it is saved here.
     */
    public AttendanceViewModel(MinutesService minutes, RegisterService registers, Messages messages) {
        this(minutes, registers, messages, null);
    }

    /**
     * @param recorded whether the archive holds a recorded attendance for a meeting (e.g. the attendance
     *                 repository's {@code of(id).isPresent()}); null to compare with the planned delegation
     */
    public AttendanceViewModel(MinutesService minutes, RegisterService registers, Messages messages,
                               LongPredicate recorded) {
        this.minutes = minutes;
        this.registers = registers;
        this.messages = messages;
        this.recordedInArchive = recorded != null ? recorded : this::differsFromPlan;
    }

    public void onProblem(Consumer<Problem> handler) {
        this.problems = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Shows who took part in this meeting. Unsaved ticks of the same meeting are kept as they are; those of another
     * meeting are saved first (the record area calls {@link #leave()} before, this is the safety net), and when that
     * save is refused they stay on screen instead of the other meeting, so nothing ticked is lost.
     */
    public void show(long meetingId) {
        if (dirty.get() && meeting != null && (meeting.id() == meetingId || !save())) {
            return;
        }
        Attendance attendance;
        List<Person> people;
        try {
            meeting = minutes.meeting(meetingId);
            attendance = minutes.attendance(meetingId);
            people = registers.people();
        } catch (RuntimeException e) {
            LOG.warn("Reading the attendance of meeting {} failed", meetingId, e);
            meeting = null;
            fill(List.of(), List.of());
            problems.accept(Problem.of(messages.get("attendance.error.loadFailed"), e, messages,
                    messages.get("attendance.error.retry")));
            return;
        }
        Map<Long, Person> byId = people.stream().collect(Collectors.toMap(Person::id, Function.identity(),
                (a, b) -> a));
        Set<Long> listed = new HashSet<>();
        List<AttendeeRow> chinese = rows(Side.CHINA, attendance, people, byId, listed);
        List<AttendeeRow> kyrgyz = rows(Side.KYRGYZSTAN, attendance, people, byId, listed);
        recorded.set(recordedHere.contains(meetingId) || isRecorded(meetingId));
        fill(chinese, kyrgyz);
    }

    /** Reads the shown meeting's attendance again, dropping unsaved ticks. */
    public void revert() {
        if (meeting != null) {
            dirty.set(false);
            show(meeting.id());
        }
    }

    /** Records who took part; false (everything ticked stays) when the archive refuses. */
    public boolean save() {
        if (meeting == null) {
            return false;
        }
        List<Attendee> present = new ArrayList<>();
        for (List<AttendeeRow> side : List.of(china, kyrgyzstan)) {
            side.stream().filter(row -> row.presentProperty().get()).map(AttendeeRow::attendee).forEach(present::add);
        }
        try {
            minutes.saveAttendance(meeting.id(), new Attendance(present));
        } catch (RuntimeException e) {
            LOG.warn("Saving the attendance of meeting {} failed", meeting.id(), e);
            problems.accept(Problem.of(messages.get("attendance.error.saveFailed"), e, messages,
                    messages.get("attendance.error.retry")));
            return false;
        }
        recordedHere.add(meeting.id());
        recorded.set(true);
        dirty.set(false);
        update();
        return true;
    }

    /** Before the user leaves the meeting: saves unsaved ticks. False when that failed, so the user can stay. */
    public boolean leave() {
        return !dirty.get() || save();
    }

    // ---------------------------------------------------------------- state

    public ObservableList<AttendeeRow> of(Side side) {
        return side == Side.CHINA ? china : kyrgyzstan;
    }

    public List<DelegationRole> roles() {
        return List.of(DelegationRole.values());
    }

    public String roleText(DelegationRole role) {
        return role == null ? "" : messages.of(role);
    }

    /** The column heading of a side, with how many took part: "China: 3 took part". */
    public ReadOnlyStringProperty headingProperty(Side side) {
        return (side == Side.CHINA ? chinaHeading : kyrgyzHeading).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty meetingShownProperty() {
        return meetingShown.getReadOnlyProperty();
    }

    /** True while ticks or roles were changed and not yet saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True when the attendance is recorded; false while the planned delegation stands in for it. */
    public ReadOnlyBooleanProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    /** Recorded, planned, or changed and not saved: in words. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Set while a side has nobody ticked: that side's language of the minutes could not be agreed. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- inside

    private List<AttendeeRow> rows(Side side, Attendance attendance, List<Person> people, Map<Long, Person> byId,
                                   Set<Long> listed) {
        List<AttendeeRow> rows = new ArrayList<>();
        Map<Long, Attendee> attended = attendance.of(side).stream()
                .collect(Collectors.toMap(Attendee::personId, Function.identity(), (a, b) -> a));
        for (DelegationMember member : meeting.delegationOf(side)) {
            if (listed.add(member.personId())) {
                rows.add(row(side, member.personId(), byId.get(member.personId()), member.role(),
                        attended.get(member.personId())));
            }
        }
        attendance.of(side).stream().sorted(Comparator.comparing(Attendee::role)).forEach(attendee -> {
            if (listed.add(attendee.personId())) {
                rows.add(row(side, attendee.personId(), byId.get(attendee.personId()), null, attendee));
            }
        });
        for (Person person : people) {
            if (person.side() == side && listed.add(person.id())) {
                rows.add(row(side, person.id(), person, null, null));
            }
        }
        return rows;
    }

    private AttendeeRow row(Side side, long personId, Person person, DelegationRole plannedRole, Attendee attended) {
        String zh = person == null ? "?" : person.name().zh();
        String ru = person == null ? "?" : person.name().ru();
        String details = person == null ? messages.get("attendance.person.unknown", personId)
                : join(person.rank().joined(), person.post().joined());
        String planned = plannedRole == null ? "" : messages.get("attendance.person.planned", messages.of(plannedRole));
        DelegationRole role = attended != null ? attended.role() : plannedRole != null ? plannedRole : DEFAULT_ROLE;
        AttendeeRow row = new AttendeeRow(personId, side, zh, ru, details, plannedRole, planned, attended != null,
                role);
        row.presentProperty().addListener((obs, old, now) -> changed());
        row.roleProperty().addListener((obs, old, now) -> changed());
        return row;
    }

    private void fill(List<AttendeeRow> chinese, List<AttendeeRow> kyrgyz) {
        loading = true;
        try {
            china.setAll(chinese);
            kyrgyzstan.setAll(kyrgyz);
            meetingShown.set(meeting != null);
            dirty.set(false);
        } finally {
            loading = false;
        }
        update();
    }

    private void changed() {
        if (!loading) {
            dirty.set(true);
            update();
        }
    }

    private void update() {
        long chinese = china.stream().filter(row -> row.presentProperty().get()).count();
        long kyrgyz = kyrgyzstan.stream().filter(row -> row.presentProperty().get()).count();
        chinaHeading.set(messages.get("attendance.column", messages.of(Side.CHINA), chinese));
        kyrgyzHeading.set(messages.get("attendance.column", messages.of(Side.KYRGYZSTAN), kyrgyz));
        if (meeting == null) {
            state.set("");
            warning.set("");
            return;
        }
        if (dirty.get()) {
            state.set(messages.get("attendance.state.unsaved"));
        } else if (recorded.get()) {
            state.set(messages.get("attendance.state.recorded", chinese, kyrgyz));
        } else {
            state.set(messages.get("attendance.state.planned"));
        }
        List<String> nobody = new ArrayList<>();
        if (chinese == 0) {
            nobody.add(messages.get("attendance.warning.nobody", messages.of(Side.CHINA)));
        }
        if (kyrgyz == 0) {
            nobody.add(messages.get("attendance.warning.nobody", messages.of(Side.KYRGYZSTAN)));
        }
        warning.set(String.join("\n", nobody));
    }

    private boolean isRecorded(long meetingId) {
        try {
            return recordedInArchive.test(meetingId);
        } catch (RuntimeException e) {
            LOG.warn("Cannot tell whether the attendance of meeting {} is recorded", meetingId, e);
            return false;
        }
    }

    /** The attendance read differs from the planned delegation, so it was recorded. */
    private boolean differsFromPlan(long meetingId) {
        Set<Attendee> shown = Set.copyOf(minutes.attendance(meetingId).attendees());
        Set<Attendee> planned = Set.copyOf(Attendance.planned(minutes.meeting(meetingId)).attendees());
        return !shown.equals(planned);
    }

    private static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + ", " + second;
    }
}
