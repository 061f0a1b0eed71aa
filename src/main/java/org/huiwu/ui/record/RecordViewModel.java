// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.i18n.Formats;
import org.huiwu.service.schedule.ScheduleService;

/** The record area's meeting picker: newest first; starts on the focused meeting or the latest one held. */
public final class RecordViewModel {

    private final ScheduleService schedule;
    private final MeetingFocus focus;
    private final Formats formats;
    private final ObservableList<Choice> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> selected = new SimpleObjectProperty<>();

    /** A meeting as the picker lists it: date, then both titles as equals. */
    public record Choice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public RecordViewModel(ScheduleService schedule, MeetingFocus focus, Formats formats) {
        this.schedule = schedule;
        this.focus = focus;
        this.formats = formats;
        reload();
        focus.meetingProperty().addListener((obs, old, id) -> select(id));
        selected.addListener((obs, old, choice) -> {
            if (choice != null) {
                focus.meetingProperty().set(choice.id());
            }
        });
    }

    public void reload() {
        List<Meeting> all = schedule.meetings().stream()
                .sorted(Comparator.comparing(Meeting::start).reversed()).toList();
        meetings.setAll(all.stream().map(m -> new Choice(m.id(), formats.date(m.localStart().toLocalDate())
                + " · " + m.title().joined())).toList());
        Long wanted = focus.meetingProperty().get();
        if (wanted == null) {
            Instant now = schedule.clock().instant();
            wanted = all.stream().filter(m -> m.status() == MeetingStatus.HELD || m.start().isBefore(now))
                    .findFirst().or(() -> all.stream().findFirst()).map(Meeting::id).orElse(null);
        }
        select(wanted);
    }

    /** Lists the meetings again and picks this one, e.g. one just created by an import. */
    public void show(long meetingId) {
        // Listed first: while the list is replaced the picker may re-pick the old meeting and move the focus back.
        reload();
        focus.meetingProperty().set(meetingId);
        select(meetingId);
    }

    private void select(Long id) {
        Optional<Choice> choice = id == null ? Optional.empty()
                : meetings.stream().filter(c -> c.id() == id).findFirst();
        if (choice.isPresent() && !choice.get().equals(selected.get())) {
            selected.set(choice.get());
        }
    }

    public ObservableList<Choice> meetings() {
        return meetings;
    }

    public ObjectProperty<Choice> selectedProperty() {
        return selected;
    }
}
