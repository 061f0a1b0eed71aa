// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;

import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaRepository;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionRepository;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.AttendanceRepository;

/** In-memory agendas, decisions, attendance and minutes for tests, behaving like the store's (same orders). */
final class MemoryMeetingRecords {

    private MemoryMeetingRecords() {
    }

    static final class Agendas implements AgendaRepository {
        private final Map<Long, Agenda> agendas = new HashMap<>();

        @Override
        public Agenda of(long meetingId) {
            return agendas.getOrDefault(meetingId, Agenda.EMPTY);
        }

        @Override
        public Agenda save(long meetingId, Agenda agenda) {
            agendas.put(meetingId, agenda);
            return agenda;
        }
    }

    static final class Decisions implements DecisionRepository {
        private final Map<Long, List<Decision>> decisions = new LinkedHashMap<>();
        /** The start of a meeting, which orders open decisions with the same due date. */
        private final LongFunction<Instant> meetingStart;

        Decisions(LongFunction<Instant> meetingStart) {
            this.meetingStart = meetingStart;
        }

        @Override
        public List<Decision> ofMeeting(long meetingId) {
            return decisions.getOrDefault(meetingId, List.of());
        }

        @Override
        public List<Decision> open() {
            List<Decision> open = new ArrayList<>();
            for (List<Decision> ofMeeting : decisions.values()) {
                // Stable sort below keeps this order among equals: the position within the meeting.
                ofMeeting.stream().filter(Decision::isOpen).forEach(open::add);
            }
            open.sort(Comparator.comparing(Decision::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                    .thenComparing(decision -> meetingStart.apply(decision.meetingId()))
                    .thenComparingLong(Decision::meetingId));
            return open;
        }

        @Override
        public Optional<Decision> find(UUID uuid) {
            return decisions.values().stream().flatMap(List::stream).filter(d -> d.uuid().equals(uuid)).findFirst();
        }

        @Override
        public List<Decision> saveAll(long meetingId, List<Decision> list) {
            List<Decision> saved = List.copyOf(list);
            decisions.put(meetingId, saved);
            return saved;
        }
    }

    static final class Attendances implements AttendanceRepository {
        private final Map<Long, Attendance> attendance = new HashMap<>();

        @Override
        public Optional<Attendance> of(long meetingId) {
            return Optional.ofNullable(attendance.get(meetingId));
        }

        @Override
        public Attendance save(long meetingId, Attendance recorded) {
            attendance.put(meetingId, recorded);
            return recorded;
        }
    }
}
