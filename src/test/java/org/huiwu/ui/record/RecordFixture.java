// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.AgendaRepository;
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.DecisionRepository;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.AttendanceRepository;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.agenda.AgendaService;
import org.huiwu.service.minutes.MinutesService;
import org.huiwu.service.register.InMemoryRegisters;
import org.huiwu.service.register.RegisterService;
import org.huiwu.service.schedule.ScheduleService;

/**
 * Two talks at the Torugart meeting station, in memory: the previous one (August, held, with an agenda and
 * decisions) and the current one (November, with a planned delegation). The clock stands at 20 November 2026,
 * 01:00 in Bishkek, which is still 19 November in UTC: the meeting's zone decides what is overdue.
 */
final class RecordFixture {

    static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-19T19:00:00Z"), ZoneOffset.UTC);
    /** Today as the meetings at Torugart read it. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    final InMemoryRegisters registers = new InMemoryRegisters();
    final Meetings meetings = new Meetings();
    final Agendas agendas = new Agendas();
    final Decisions decisions = new Decisions();
    final Attendances attendance = new Attendances();

    final AgendaService agendaService = new AgendaService(agendas, decisions, meetings, CLOCK);
    final ScheduleService schedule;
    final MinutesService minutes = new MinutesService(null, meetings, attendance, Side.CHINA, CLOCK);
    final RegisterService registerService = registers.service();

    final Place torugart;
    final Person wang;
    final Person li;
    final Person zhao;
    final Person askar;
    final Person bakyt;
    final Person nurlan;
    final Meeting previous;
    final Meeting current;

    /** The previous meeting's agenda: the situation (closed) and illegal crossings (still open). */
    final AgendaItem situation;
    final AgendaItem crossings;
    /** The previous meeting's decisions: one open and due before today, one done, one open without a due date. */
    final Decision patrols;
    final Decision handover;
    final Decision hotline;

    RecordFixture() {
        schedule = new ScheduleService(meetings, registers.places(), CLOCK);
        torugart = registers.places().save(Place.create(PlaceKind.MEETING_STATION, Side.KYRGYZSTAN,
                Bilingual.of("吐尔尕特会晤站", "Пункт встреч Торугарт"), BISHKEK));
        wang = person(Side.CHINA, "王伟", "Ван Вэй", "大校", "старший полковник");
        li = person(Side.CHINA, "李明", "Ли Мин", "翻译", "переводчик");
        zhao = person(Side.CHINA, "赵强", "Чжао Цян", "上校", "полковник");
        askar = person(Side.KYRGYZSTAN, "阿斯卡尔", "Аскар Токтогулов", "上校", "полковник");
        bakyt = person(Side.KYRGYZSTAN, "巴克特", "Бакыт Асанов", "少校", "майор");
        nurlan = person(Side.KYRGYZSTAN, "努尔兰", "Нурлан Осмонов", "上尉", "капитан");
        previous = meetings.save(meeting("2026年第三季度会谈", "Переговоры, III квартал 2026 года",
                LocalDate.of(2026, 8, 14), MeetingStatus.HELD, List.of()));
        current = meetings.save(meeting("2026年第四季度会谈", "Переговоры, IV квартал 2026 года",
                LocalDate.of(2026, 11, 25), MeetingStatus.PLANNED, List.of(
                        DelegationMember.of(wang.id(), Side.CHINA, DelegationRole.REPRESENTATIVE),
                        DelegationMember.of(li.id(), Side.CHINA, DelegationRole.INTERPRETER),
                        DelegationMember.of(askar.id(), Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE))));

        situation = item("边境形势", "Обстановка на границе", 40, Side.CHINA).withOpen(false);
        crossings = new AgendaItem(UUID.randomUUID(), Bilingual.of("非法越境", "Незаконное пересечение границы"),
                Bilingual.EMPTY, Duration.ofMinutes(30), Side.KYRGYZSTAN, Set.of(CooperationArea.ILLEGAL_MIGRATION),
                Set.of(InformationCategory.ILLEGAL_CROSSINGS), true, null);
        agendas.save(previous.id(), new Agenda(List.of(situation, crossings)));
        patrols = Decision.create(previous.id(), DecisionKind.DECISION,
                Bilingual.of("加强联合巡逻", "Усилить совместное патрулирование"), Responsibility.BOTH,
                LocalDate.of(2026, 11, 19));
        handover = Decision.create(previous.id(), DecisionKind.ACTION_ITEM,
                Bilingual.of("移交越境人员", "Передать нарушителей границы"), Responsibility.KYRGYZSTAN,
                LocalDate.of(2026, 9, 30)).withStatus(DecisionStatus.DONE);
        hotline = Decision.create(previous.id(), DecisionKind.ACTION_ITEM,
                Bilingual.of("开通热线", "Открыть горячую линию"), Responsibility.CHINA, null);
        decisions.saveAll(previous.id(), List.of(patrols, handover, hotline));
    }

    Person person(Side side, String zh, String ru, String rankZh, String rankRu) {
        return registers.people().save(Person.create(side, Bilingual.of(zh, ru), Bilingual.of(rankZh, rankRu),
                Bilingual.EMPTY));
    }

    Meeting meeting(String zh, String ru, LocalDate date, MeetingStatus status, List<DelegationMember> delegation) {
        Instant start = LocalDateTime.of(date, java.time.LocalTime.of(10, 0)).atZone(BISHKEK).toInstant();
        return new Meeting(null, UUID.randomUUID(), MeetingLevel.TALKS, Bilingual.of(zh, ru), start,
                start.plus(Duration.ofHours(6)), BISHKEK, torugart.id(), Side.KYRGYZSTAN, status, delegation);
    }

    static AgendaItem item(String zh, String ru, int minutes, Side side) {
        return AgendaItem.create(Bilingual.of(zh, ru), Duration.ofMinutes(minutes), side);
    }

    /** Meetings in memory, earliest first like the store. */
    static final class Meetings implements MeetingRepository {
        private final Map<Long, Meeting> rows = new LinkedHashMap<>();
        private long lastId;

        @Override
        public List<Meeting> findAll() {
            return rows.values().stream().sorted(Comparator.comparing(Meeting::start)).toList();
        }

        @Override
        public Optional<Meeting> findById(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Meeting save(Meeting meeting) {
            Meeting stored = meeting.id() == null ? meeting.withId(++lastId) : meeting;
            rows.put(stored.id(), stored);
            return stored;
        }
    }

    /** Something in memory that can be told to refuse its next save. */
    abstract static class Failing {
        private RuntimeException next;
        int saves;

        void failNextSaveWith(RuntimeException failure) {
            next = failure;
        }

        void saving() {
            RuntimeException failure = next;
            next = null;
            if (failure != null) {
                throw failure;
            }
            saves++;
        }
    }

    static final class Agendas extends Failing implements AgendaRepository {
        private final Map<Long, Agenda> rows = new HashMap<>();

        @Override
        public Agenda of(long meetingId) {
            return rows.getOrDefault(meetingId, Agenda.EMPTY);
        }

        @Override
        public Agenda save(long meetingId, Agenda agenda) {
            saving();
            rows.put(meetingId, agenda);
            return agenda;
        }
    }

    static final class Decisions extends Failing implements DecisionRepository {
        private final Map<Long, List<Decision>> rows = new LinkedHashMap<>();

        @Override
        public List<Decision> ofMeeting(long meetingId) {
            return rows.getOrDefault(meetingId, List.of());
        }

        @Override
        public List<Decision> open() {
            return rows.values().stream().flatMap(List::stream).filter(Decision::isOpen)
                    .sorted(Comparator.comparing(Decision::due, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }

        @Override
        public Optional<Decision> find(UUID uuid) {
            return rows.values().stream().flatMap(List::stream).filter(d -> d.uuid().equals(uuid)).findFirst();
        }

        @Override
        public List<Decision> saveAll(long meetingId, List<Decision> decisions) {
            saving();
            rows.put(meetingId, List.copyOf(decisions));
            return List.copyOf(decisions);
        }
    }

    static final class Attendances extends Failing implements AttendanceRepository {
        private final Map<Long, Attendance> rows = new HashMap<>();

        @Override
        public Optional<Attendance> of(long meetingId) {
            return Optional.ofNullable(rows.get(meetingId));
        }

        @Override
        public Attendance save(long meetingId, Attendance recorded) {
            saving();
            rows.put(meetingId, recorded);
            return recorded;
        }
    }

    /** A list collecting what a view model reports. */
    static final class Reported extends ArrayList<Problem> {
    }
}
