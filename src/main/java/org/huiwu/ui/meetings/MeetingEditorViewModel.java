// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.common.Violation;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingRules;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.schedule.LeadershipRotation;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ValidationException;
import org.huiwu.service.register.RegisterService;
import org.huiwu.service.schedule.ScheduleService;

/**
 * Creating or editing one meeting. Times are typed as the local time of the meeting's place and shown back as read
 * in Beijing and in Bishkek. Rules are checked as the user types; the service checks them again on save.
 */
public final class MeetingEditorViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final ScheduleService schedule;
    private final Messages messages;
    private final Formats formats;
    private final Meeting original;

    private final ObjectProperty<MeetingLevel> level = new SimpleObjectProperty<>(MeetingLevel.TALKS);
    private final StringProperty titleZh = new SimpleStringProperty("");
    private final StringProperty titleRu = new SimpleStringProperty("");
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("10:00");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty endTime = new SimpleStringProperty("17:00");
    private final ObjectProperty<Side> hostSide = new SimpleObjectProperty<>(Side.CHINA);
    private final ObjectProperty<MeetingStatus> status = new SimpleObjectProperty<>(MeetingStatus.PLANNED);
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableList<Place> places = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper delegationError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timesInBothZones = new ReadOnlyStringWrapper("");

    private final javafx.beans.property.BooleanProperty showErrors =
            new javafx.beans.property.SimpleBooleanProperty(false);
    private Meeting saved;

    public MeetingEditorViewModel(ScheduleService schedule, RegisterService registers, Messages messages, Formats formats,
                           Meeting original, LocalDate defaultDate) {
        this.schedule = schedule;
        this.messages = messages;
        this.formats = formats;
        this.original = original;
        places.setAll(registers.places());
        people.setAll(registers.people());
        if (original != null) {
            level.set(original.level());
            titleZh.set(original.title().zh());
            titleRu.set(original.title().ru());
            place.set(places.stream().filter(p -> p.id() == original.placeId()).findFirst().orElse(null));
            startDate.set(original.localStart().toLocalDate());
            startTime.set(TIME.format(original.localStart()));
            endDate.set(original.end().atZone(original.zone()).toLocalDate());
            endTime.set(TIME.format(original.end().atZone(original.zone())));
            hostSide.set(original.hostSide());
            status.set(original.status());
            for (DelegationMember member : original.delegation()) {
                people.stream().filter(p -> p.id() == member.personId()).findFirst()
                        .ifPresent(person -> members.add(new Member(member.uuid(), person, member.role())));
            }
        } else {
            startDate.set(defaultDate);
            endDate.set(defaultDate);
        }
        // The host is normally the side where the meeting takes place.
        place.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                hostSide.set(chosen.side());
            }
        });
        startDate.addListener((obs, old, date) -> {
            if (date != null && (endDate.get() == null || endDate.get().equals(old))) {
                endDate.set(date);
            }
        });
        Observable[] inputs = {level, titleZh, titleRu, place, startDate, startTime, endDate, endTime, hostSide,
            status, members};
        for (Observable input : inputs) {
            input.addListener(obs -> check());
        }
        check();
    }

    /** Leadership meeting as the rotation proposes it: date, capital and host filled in. */
    public void prefillLeadership(LocalDate due, Place capital, Side host) {
        level.set(MeetingLevel.LEADERSHIP);
        titleZh.set(LeadershipRotation.TITLE.zh());
        titleRu.set(LeadershipRotation.TITLE.ru());
        place.set(capital == null ? null
                : places.stream().filter(p -> p.id().equals(capital.id())).findFirst().orElse(null));
        hostSide.set(host);
        startDate.set(due);
        endDate.set(due);
    }

    public boolean isNew() {
        return original == null;
    }

    /** Adds a delegation member; the side is the person's. */
    public void addMember(Person person, DelegationRole role) {
        if (person != null && role != null) {
            members.add(new Member(UUID.randomUUID(), person, role));
        }
    }

    public void removeMember(Member member) {
        members.remove(member);
    }

    public List<Person> peopleOf(Side side) {
        return people.stream().filter(p -> p.side() == side).toList();
    }

    /** Checks the draft as it is now; returns true when it can be saved. */
    public boolean check() {
        titleError.set("");
        placeError.set("");
        timeError.set("");
        delegationError.set("");
        Optional<Meeting> draft = draft();
        if (place.get() == null) {
            placeError.set(messages.get("meeting.validation.placeMissing"));
        }
        if (draft.isEmpty()) {
            timesInBothZones.set("");
            if (timeError.get().isEmpty()) {
                timeError.set(messages.get("meeting.validation.timeUnreadable"));
            }
            return false;
        }
        Meeting meeting = draft.get();
        timesInBothZones.set(messages.get("meeting.editor.bothZones",
                formats.dateTime(meeting.startIn(Side.CHINA)), formats.dateTime(meeting.startIn(Side.KYRGYZSTAN))));
        List<Violation> violations = MeetingRules.check(meeting);
        show(violations);
        return violations.isEmpty() && place.get() != null;
    }

    /** Saves through the service; on refusal shows every reason and keeps what the user typed. */
    public boolean save() {
        showErrors.set(true);
        if (!check()) {
            return false;
        }
        try {
            saved = schedule.save(draft().orElseThrow());
            return true;
        } catch (ValidationException e) {
            show(e.violations());
            return false;
        } catch (org.huiwu.domain.access.AccessDeniedException e) {
            titleError.set(org.huiwu.i18n.AccessTexts.denied(messages, e));
            return false;
        }
    }

    public Optional<Meeting> savedMeeting() {
        return Optional.ofNullable(saved);
    }

    private void show(List<Violation> violations) {
        List<String> title = new ArrayList<>();
        List<String> time = new ArrayList<>();
        List<String> delegation = new ArrayList<>();
        for (Violation violation : violations) {
            String text = messages.get(violation.messageKey());
            switch (violation.field()) {
                case "title" -> title.add(text);
                case "end", "start" -> time.add(text);
                case "place" -> placeError.set(text);
                default -> delegation.add(text);
            }
        }
        titleError.set(String.join(" ", title));
        timeError.set(String.join(" ", time));
        delegationError.set(String.join(" ", delegation));
    }

    /** The meeting as typed, or empty when a date or time cannot be read. */
    Optional<Meeting> draft() {
        ZoneId zone = place.get() != null ? place.get().zone() : hostSide.get().homeZone();
        Optional<LocalTime> start = time(startTime.get());
        Optional<LocalTime> end = time(endTime.get());
        if (startDate.get() == null || endDate.get() == null || start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        Instant startInstant = startDate.get().atTime(start.get()).atZone(zone).toInstant();
        Instant endInstant = endDate.get().atTime(end.get()).atZone(zone).toInstant();
        List<DelegationMember> delegation = members.stream()
                .map(m -> new DelegationMember(m.uuid(), m.person().id(), m.person().side(), m.role()))
                .toList();
        return Optional.of(new Meeting(
                original == null ? null : original.id(),
                original == null ? UUID.randomUUID() : original.uuid(),
                level.get(), Bilingual.of(titleZh.get(), titleRu.get()), startInstant, endInstant, zone,
                place.get() == null ? -1 : place.get().id(), hostSide.get(), status.get(), delegation));
    }

    private static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse(text == null ? "" : text.strip(), TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A delegation member while editing. */
    public record Member(UUID uuid, Person person, DelegationRole role) {
    }

    /** Errors are shown once the user tried to save; a new, empty form is not yet wrong. */
    public javafx.beans.property.ReadOnlyBooleanProperty showErrorsProperty() {
        return showErrors;
    }

    public ObjectProperty<MeetingLevel> levelProperty() {
        return level;
    }

    public StringProperty titleZhProperty() {
        return titleZh;
    }

    public StringProperty titleRuProperty() {
        return titleRu;
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    public ObjectProperty<Side> hostSideProperty() {
        return hostSide;
    }

    public ObjectProperty<MeetingStatus> statusProperty() {
        return status;
    }

    public ObservableList<Member> members() {
        return members;
    }

    public ObservableList<Place> places() {
        return places;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeErrorProperty() {
        return placeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeErrorProperty() {
        return timeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty delegationErrorProperty() {
        return delegationError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timesInBothZonesProperty() {
        return timesInBothZones.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
