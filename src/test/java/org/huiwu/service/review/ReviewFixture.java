// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.PairSide;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.minutes.MemoryMinutesVersions;
import org.huiwu.service.note.InMemoryNotes;
import org.huiwu.service.note.NoteService;
import org.huiwu.service.register.InMemoryRegisters;

/**
 * Three talks in memory for review and timeline tests, and for the view models built on them:
 * <ul>
 * <li>{@link #march} 2025 at Torugart: item 1 tagged Art. 2 (3) and Art. 4 (2), item 2 untagged; minutes in two
 * versions; decision {@link #patrols} under item 1 (done by now), {@link #hotline} under no item (still open, due
 * 2025-06-01);</li>
 * <li>{@link #september} 2025 at Bedel: an item reviewing both decisions; a clause naming Torugart in Chinese;</li>
 * <li>{@link #spring} 2026 at Torugart: an item reviewing {@link #hotline} again; a clause about 界碑.</li>
 * </ul>
 */
public final class ReviewFixture {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-19T04:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    public final InMemoryRegisters registers = new InMemoryRegisters();
    public final Meetings meetings = new Meetings();
    public final MemoryMinutesVersions minutes = new MemoryMinutesVersions();
    public final Agendas agendas = new Agendas();
    public final Decisions decisions = new Decisions();
    public final InMemoryNotes noteStore = new InMemoryNotes();
    public final NoteService notes = new NoteService(noteStore, Side.KYRGYZSTAN, CLOCK);

    public final Place torugart;
    public final Place bedel;
    public final Meeting march;
    public final Meeting september;
    public final Meeting spring;
    public final AgendaItem migrationItem;
    public final AgendaItem otherItem;
    public final AgendaItem septemberReview;
    public final AgendaItem springReview;
    public final Decision patrols;
    public final Decision hotline;
    public final AlignedPair marchFirst;
    public final AlignedPair marchSecond;
    public final AlignedPair septemberNamingTorugart;
    public final AlignedPair springBoundary;

    public ReviewFixture() {
        torugart = registers.places().save(Place.create(PlaceKind.MEETING_STATION, Side.CHINA,
                Bilingual.of("吐尔尕特", "Торугарт"), ZoneId.of("Asia/Shanghai")));
        bedel = registers.places().save(Place.create(PlaceKind.MEETING_STATION, Side.KYRGYZSTAN,
                Bilingual.of("别迭里", "Бедел"), BISHKEK));
        march = meetings.save(meeting("三月会谈", "Мартовские переговоры", "2025-03-12T04:00:00Z", torugart));
        september = meetings.save(meeting("九月会谈", "Сентябрьские переговоры", "2025-09-10T04:00:00Z", bedel));
        spring = meetings.save(meeting("春季会谈", "Весенние переговоры", "2026-04-08T04:00:00Z", torugart));

        migrationItem = new AgendaItem(UUID.randomUUID(), Bilingual.of("非法移民", "Незаконная миграция"),
                Bilingual.EMPTY, java.time.Duration.ofMinutes(30), Side.CHINA,
                Set.of(CooperationArea.ILLEGAL_MIGRATION), Set.of(InformationCategory.ILLEGAL_CROSSINGS), false, null);
        otherItem = AgendaItem.create(Bilingual.of("文化交流", "Культурный обмен"), java.time.Duration.ofMinutes(20),
                Side.KYRGYZSTAN);
        agendas.save(march.id(), new Agenda(List.of(migrationItem, otherItem)));
        marchFirst = pair("双方交换了非法越界情况。", "Стороны обменялись сведениями о незаконных пересечениях.");
        marchSecond = pair("双方同意加强巡逻。", "Стороны согласились усилить патрулирование.");
        Minutes firstVersion = new Minutes(UUID.randomUUID(), march.id(), 1, MinutesState.DRAFT,
                List.of(pair(marchFirst.uuid(), "双方交换了情况。", "Стороны обменялись сведениями.")));
        minutes.save(firstVersion);
        minutes.save(new Minutes(UUID.randomUUID(), march.id(), 2, MinutesState.DRAFT,
                List.of(marchFirst, marchSecond)));
        patrols = new Decision(UUID.randomUUID(), march.id(), DecisionKind.DECISION,
                Bilingual.of("加强联合巡逻", "Усилить совместное патрулирование"), Responsibility.BOTH, null,
                DecisionStatus.DONE, migrationItem.uuid());
        hotline = new Decision(UUID.randomUUID(), march.id(), DecisionKind.ACTION_ITEM,
                Bilingual.of("开通热线电话", "Открыть горячую линию"), Responsibility.BOTH,
                LocalDate.of(2025, 6, 1), DecisionStatus.IN_PROGRESS, null);
        decisions.saveAll(march.id(), List.of(patrols, hotline));

        septemberReview = AgendaItem.reviewOf(List.of(patrols.uuid(), hotline.uuid()), Side.KYRGYZSTAN);
        agendas.save(september.id(), new Agenda(List.of(septemberReview)));
        septemberNamingTorugart = pair("吐尔尕特口岸的情况稳定。", "Обстановка на КПП стабильная.");
        minutes.save(new Minutes(UUID.randomUUID(), september.id(), 1, MinutesState.DRAFT,
                List.of(septemberNamingTorugart)));

        springReview = AgendaItem.reviewOf(List.of(hotline.uuid()), Side.CHINA);
        agendas.save(spring.id(), new Agenda(List.of(springReview)));
        springBoundary = pair("双方检查了界碑。", "Стороны осмотрели ПОГРАНИЧНЫЕ знаки.");
        minutes.save(new Minutes(UUID.randomUUID(), spring.id(), 1, MinutesState.DRAFT, List.of(springBoundary)));
    }

    public ReviewService reviewService() {
        return new ReviewService(meetings, registers.places(), minutes, agendas, decisions);
    }

    public TimelineService timelineService() {
        return new TimelineService(meetings, registers.places(), minutes, agendas, decisions,
                TimelineTermMatcher.containsIgnoringCase());
    }

    private static Meeting meeting(String zh, String ru, String start, Place place) {
        Instant at = Instant.parse(start);
        return new Meeting(null, UUID.randomUUID(), MeetingLevel.TALKS, Bilingual.of(zh, ru), at,
                at.plusSeconds(3 * 3600), place.zone(), place.id(), place.side(), MeetingStatus.HELD, List.of());
    }

    private static AlignedPair pair(String zh, String ru) {
        return pair(UUID.randomUUID(), zh, ru);
    }

    private static AlignedPair pair(UUID uuid, String zh, String ru) {
        return new AlignedPair(uuid, new PairSide(zh, null, null), new PairSide(ru, null, null));
    }

    /** Meetings by id, listed earliest first like the store. */
    public static final class Meetings implements MeetingRepository {
        private final Map<Long, Meeting> byId = new LinkedHashMap<>();
        private long next = 1;

        @Override
        public List<Meeting> findAll() {
            return byId.values().stream().sorted(Comparator.comparing(Meeting::start)).toList();
        }

        @Override
        public Optional<Meeting> findById(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Meeting save(Meeting meeting) {
            Meeting saved = meeting.id() == null ? meeting.withId(next++) : meeting;
            byId.put(saved.id(), saved);
            return saved;
        }
    }

    public static final class Agendas implements AgendaRepository {
        private final Map<Long, Agenda> byMeeting = new HashMap<>();

        @Override
        public Agenda of(long meetingId) {
            return byMeeting.getOrDefault(meetingId, Agenda.EMPTY);
        }

        @Override
        public Agenda save(long meetingId, Agenda agenda) {
            byMeeting.put(meetingId, agenda);
            return agenda;
        }
    }

    public static final class Decisions implements DecisionRepository {
        private final Map<Long, List<Decision>> byMeeting = new LinkedHashMap<>();

        @Override
        public List<Decision> ofMeeting(long meetingId) {
            return byMeeting.getOrDefault(meetingId, List.of());
        }

        @Override
        public List<Decision> open() {
            List<Decision> open = new ArrayList<>();
            byMeeting.values().forEach(list -> list.stream().filter(Decision::isOpen).forEach(open::add));
            open.sort(Comparator.comparing(Decision::due, Comparator.nullsLast(Comparator.naturalOrder())));
            return open;
        }

        @Override
        public Optional<Decision> find(UUID uuid) {
            return byMeeting.values().stream().flatMap(List::stream).filter(d -> d.uuid().equals(uuid)).findFirst();
        }

        @Override
        public List<Decision> saveAll(long meetingId, List<Decision> list) {
            byMeeting.put(meetingId, List.copyOf(list));
            return list;
        }
    }
}
