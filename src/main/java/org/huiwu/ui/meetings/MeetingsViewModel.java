// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.person.Person;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Messages;
import org.huiwu.service.register.RegisterService;
import org.huiwu.service.schedule.ScheduleService;

/** One meeting's record: what, when (in both sides' times), where, and the two delegations. */
public final class MeetingsViewModel {

    private final ScheduleService schedule;
    private final RegisterService registers;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final MeetingRows rows;
    private final ObservableList<MeetingRow> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Details> details = new SimpleObjectProperty<>();

    public MeetingsViewModel(ScheduleService schedule, RegisterService registers, Messages messages,
                             Formats formats, Clock clock) {
        this.schedule = schedule;
        this.registers = registers;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.rows = new MeetingRows(messages, formats);
        selected.addListener((obs, old, row) -> details.set(row == null ? null : details(row)));
        reload();
    }

    /** Newest first: the meeting people open most is the latest one. */
    public void reload() {
        Long id = selected.get() == null ? null : selected.get().id();
        List<MeetingRow> all = new java.util.ArrayList<>(rows.rows(schedule.meetings(), registers.places(),
                clock.instant()));
        java.util.Collections.reverse(all);
        meetings.setAll(all);
        selected.set(id == null ? null : meetings.stream().filter(r -> r.id() == id).findFirst().orElse(null));
        if (selected.get() != null) {
            details.set(details(selected.get()));
        }
    }

    private Details details(MeetingRow row) {
        Meeting meeting = row.meeting();
        Map<Long, Person> people = registers.people().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return new Details(row,
                messages.of(meeting.level().channel()),
                members(meeting, Side.CHINA, people),
                members(meeting, Side.KYRGYZSTAN, people));
    }

    private List<MemberLine> members(Meeting meeting, Side side, Map<Long, Person> people) {
        return meeting.delegationOf(side).stream()
                .map(member -> line(member, people.get(member.personId())))
                .toList();
    }

    private MemberLine line(DelegationMember member, Person person) {
        if (person == null) {
            return new MemberLine(messages.of(member.role()), "?", "?", "");
        }
        return new MemberLine(messages.of(member.role()), person.name().zh(), person.name().ru(),
                person.rank().joined() + (person.post().isBlank() ? "" : ", " + person.post().joined()));
    }

    public Optional<MeetingEditorViewModel> editSelected() {
        return Optional.ofNullable(selected.get()).map(row -> new MeetingEditorViewModel(schedule, registers,
                messages, formats, schedule.meeting(row.id()), null));
    }

    /** The record of one meeting, texts ready to show. */
    public record Details(MeetingRow row, String channel, List<MemberLine> china, List<MemberLine> kyrgyzstan) {
    }

    /** One delegation member: role, name in both scripts, rank and post. */
    public record MemberLine(String role, String nameZh, String nameRu, String rankAndPost) {
    }

    public ObservableList<MeetingRow> meetings() {
        return meetings;
    }

    public ObjectProperty<MeetingRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Details> detailsProperty() {
        return details;
    }
}
