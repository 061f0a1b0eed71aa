// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.sample;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.Attendee;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesDocument;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.person.Person;
import org.huiwu.service.agenda.AgendaService;
import org.huiwu.service.archive.OpenArchive;

/**
 * The sample's records of the meetings: agendas carried from one talks to the next, decisions (some done, some
 * still open), attendance, and minutes in every state a user meets — final, final and reopened into a second
 * version, agreed but not final, and a draft with agreed, stale and unagreed texts. Invented, like the rest.
 */
final class SampleRecords {

    private final OpenArchive archive;
    private final Map<String, Person> people;
    private final AgendaService agendas;

    private SampleRecords(OpenArchive archive, Map<String, Person> people) {
        this.archive = archive;
        this.people = people;
        this.agendas = new AgendaService(archive.agendas(), archive.decisions(), archive.meetings(),
                Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
    }

    static void fill(OpenArchive archive, Map<String, Person> people) {
        new SampleRecords(archive, people).fill();
    }

    private void fill() {
        List<Meeting> talks = archive.meetings().findAll().stream()
                .filter(m -> m.level() == MeetingLevel.TALKS && m.status() != MeetingStatus.CANCELLED)
                .sorted(Comparator.comparing(Meeting::start)).toList();
        List<Meeting> held = talks.stream().filter(m -> m.status() == MeetingStatus.HELD).toList();
        for (int i = 0; i < held.size(); i++) {
            Meeting meeting = held.get(i);
            agendaOf(meeting, i);
            decisionsOf(meeting, i);
            recordAttendance(meeting, i);
            boolean last = i == held.size() - 1;
            boolean secondLast = i == held.size() - 2;
            if (last) {
                draftWithStaleSides(meeting);
            } else if (secondLast) {
                finalThenReopened(meeting);
            } else {
                finalMinutes(meeting, i);
            }
        }
        // The next talks start from the last held ones: open items and the review of open decisions.
        talks.stream().filter(m -> m.status() != MeetingStatus.HELD).forEach(agendas::startFromPrevious);
        archive.meetings().findAll().stream()
                .filter(m -> m.level() == MeetingLevel.WORKING && m.status() == MeetingStatus.HELD)
                .max(Comparator.comparing(Meeting::start)).ifPresent(this::agreedNotFinal);
    }

    // ---- agenda and decisions -------------------------------------------------------------------------------------

    private void agendaOf(Meeting meeting, int n) {
        Agenda carried = agendas.startFromPrevious(meeting);
        List<AgendaItem> items = new ArrayList<>();
        // Matters carried over from the last talks; at every other meeting the sides settle them.
        for (AgendaItem item : carried.items()) {
            items.add(item.carriedFrom() != null && n % 2 == 0 ? item.closed() : item);
        }
        List<AgendaItem> topical = new ArrayList<>();
        topical.add(item("通报双方边境地区形势", "Обмен информацией об обстановке в приграничном районе", 40,
                meeting.hostSide(), Set.of(CooperationArea.INFORMATION_AND_EXPERIENCE),
                Set.of(InformationCategory.BORDER_SITUATION)));
        topical.add(item("防范非法越界和非法移民", "Предотвращение незаконного пересечения границы и незаконной миграции",
                45, meeting.hostSide().other(), Set.of(CooperationArea.ILLEGAL_MIGRATION),
                Set.of(InformationCategory.ILLEGAL_CROSSINGS)));
        if (n % 3 == 1) {
            topical.add(item("山洪和泥石流季节的联络安排", "Порядок связи в период селей и паводков", 20, Side.KYRGYZSTAN,
                    Set.of(CooperationArea.INCIDENT_PREVENTION), Set.of(InformationCategory.DISASTERS_AND_EPIDEMICS)));
        }
        if (n % 3 == 2) {
            topical.add(item("边防技术器材交流", "Обмен опытом применения технических средств охраны границы", 30,
                    Side.CHINA, Set.of(CooperationArea.TECHNICAL_MEANS), Set.of()));
        }
        // A matter already carried over is not put on the agenda a second time.
        for (AgendaItem item : topical) {
            if (items.stream().noneMatch(other -> other.title().equals(item.title()))) {
                items.add(item);
            }
        }
        List<AgendaItem> closing = items;
        agendas.saveAgenda(meeting.id(), new Agenda(closing));
    }

    private static AgendaItem item(String zh, String ru, int minutes, Side by, Set<CooperationArea> areas,
                                   Set<InformationCategory> categories) {
        return new AgendaItem(UUID.randomUUID(), Bilingual.of(zh, ru), Bilingual.EMPTY, Duration.ofMinutes(minutes),
                by, areas, categories, true, null);
    }

    private void decisionsOf(Meeting meeting, int n) {
        LocalDate day = meeting.localStart().toLocalDate();
        List<Decision> decisions = new ArrayList<>();
        decisions.add(Decision.create(meeting.id(), DecisionKind.DECISION, Bilingual.of(
                "双方同意在会晤站之间每周二进行一次电话联络。",
                "Стороны договорились проводить сеанс телефонной связи между пунктами встреч каждый вторник."),
                Responsibility.BOTH, null).withStatus(n < 6 ? DecisionStatus.DONE : DecisionStatus.IN_PROGRESS));
        decisions.add(Decision.create(meeting.id(), DecisionKind.ACTION_ITEM, Bilingual.of(
                "吉方在下次会谈前提供" + day.getYear() + "年第" + (n % 4 + 1) + "季度越界人员统计数据。",
                "Кыргызская сторона до следующих переговоров представит статистику пересечений границы за "
                        + (n % 4 + 1) + " квартал " + day.getYear() + " года."),
                Responsibility.KYRGYZSTAN, day.plusDays(75)).withStatus(n < 8 ? DecisionStatus.DONE
                : DecisionStatus.OPEN));
        decisions.add(Decision.create(meeting.id(), DecisionKind.ACTION_ITEM, Bilingual.of(
                "中方研究在吐尔尕特山口增设界标的可行性并通报吉方。",
                "Китайская сторона изучит возможность установки дополнительных пограничных знаков на перевале "
                        + "Торугарт и проинформирует Кыргызскую сторону."),
                Responsibility.CHINA, day.plusDays(120)).withStatus(n < 9 ? DecisionStatus.CANCELLED
                : DecisionStatus.OPEN));
        agendas.saveDecisions(meeting.id(), decisions);
    }

    private void recordAttendance(Meeting meeting, int n) {
        List<Attendee> present = new ArrayList<>(Attendance.planned(meeting).attendees());
        if (n % 4 == 3) {
            // The Kyrgyz deputy was ill; the assistant stood in as deputy.
            Person deputy = people.get("kg-deputy");
            Person assistant = people.get("kg-assistant");
            present.removeIf(a -> a.personId() == deputy.id() || a.personId() == assistant.id());
            present.add(new Attendee(assistant.id(), Side.KYRGYZSTAN, DelegationRole.DEPUTY));
        }
        archive.attendance().save(meeting.id(), new Attendance(present));
    }

    // ---- minutes --------------------------------------------------------------------------------------------------

    private static final String[][] CLAUSES = {
            {"双方边界代表于{date}在{place}举行会谈。", "Пограничные представители Сторон провели переговоры {date} в {place}."},
            {"双方通报了本季度边境地区形势，认为总体保持稳定。",
                    "Стороны проинформировали друг друга об обстановке в приграничном районе за квартал и отметили, "
                            + "что она в целом остаётся стабильной."},
            {"双方同意继续按照2008年协定第四条交换越界人员信息。",
                    "Стороны договорились продолжать обмен информацией о нарушителях границы в соответствии со "
                            + "статьёй 4 Соглашения 2008 года."},
            {"双方确认已于本季度移交非法越界人员{n}名。",
                    "Стороны подтвердили передачу в этом квартале {n} нарушителей границы."},
            {"双方同意在山洪季节加强会晤站之间的联络。",
                    "Стороны договорились усилить связь между пунктами встреч в период паводков."},
            {"下次会谈将于下一季度在对方会晤站举行，具体日期通过联络军官商定。",
                    "Следующие переговоры состоятся в следующем квартале на пункте встреч другой Стороны; дата "
                            + "будет согласована через офицеров связи."},
            {"本纪要于{date}在{place}签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。",
                    "Настоящий протокол подписан {date} в {place} в двух экземплярах, каждый на китайском и русском "
                            + "языках, причём оба текста имеют одинаковую силу."},
    };

    private MinutesDocument written(Meeting meeting, int n) {
        MinutesDocument document = new MinutesDocument(Minutes.draft(meeting.id()));
        Instant at = meeting.end();
        Provenance chinese = Provenance.of(Side.CHINA, people.get("cn-assistant").id(), at);
        Provenance russian = Provenance.of(Side.KYRGYZSTAN, people.get("kg-interpreter").id(), at.plusSeconds(600));
        LocalDate day = meeting.localStart().toLocalDate();
        String dateZh = day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        String dateRu = String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        var place = archive.places().findById(meeting.placeId()).orElseThrow().name();
        for (String[] clause : CLAUSES) {
            UUID pair = document.insertPair(document.minutes().pairs().size());
            document.type(pair, RecordLanguage.ZH, clause[0].replace("{date}", dateZh).replace("{place}", place.zh())
                    .replace("{n}", String.valueOf(2 + n % 5)), chinese);
            document.type(pair, RecordLanguage.RU, clause[1].replace("{date}", dateRu).replace("{place}", place.ru())
                    .replace("{n}", String.valueOf(2 + n % 5)), russian);
        }
        return document;
    }

    private void agreeAll(MinutesDocument document, Meeting meeting, Instant at) {
        long cn = representative(meeting, Side.CHINA);
        long kg = representative(meeting, Side.KYRGYZSTAN);
        for (var pair : document.minutes().pairs()) {
            document.agree(pair.uuid(), RecordLanguage.ZH, cn, at);
            document.agree(pair.uuid(), RecordLanguage.RU, kg, at.plusSeconds(60));
        }
    }

    private long representative(Meeting meeting, Side side) {
        return meeting.delegationOf(side).get(0).personId();
    }

    private void finalMinutes(Meeting meeting, int n) {
        MinutesDocument document = written(meeting, n);
        agreeAll(document, meeting, meeting.end().plusSeconds(3600));
        document.finalizeMinutes();
        archive.minutes().save(document.minutes());
    }

    /** Final, then reopened to correct the number of people handed over; version 2 agreed and final again. */
    private void finalThenReopened(Meeting meeting) {
        MinutesDocument first = written(meeting, 3);
        agreeAll(first, meeting, meeting.end().plusSeconds(3600));
        first.finalizeMinutes();
        archive.minutes().save(first.minutes());

        MinutesDocument second = new MinutesDocument(first.minutes().reopened());
        UUID corrected = second.minutes().pairs().get(3).uuid();
        Instant later = meeting.end().plus(Duration.ofDays(9));
        second.type(corrected, RecordLanguage.ZH, "双方确认已于本季度移交非法越界人员6名，其中2名为未成年人。",
                Provenance.of(Side.CHINA, people.get("cn-rep").id(), later));
        second.type(corrected, RecordLanguage.RU, "Стороны подтвердили передачу в этом квартале 6 нарушителей границы, "
                + "из них 2 несовершеннолетних.", Provenance.of(Side.KYRGYZSTAN, people.get("kg-rep").id(), later));
        agreeAll(second, meeting, later.plusSeconds(3600));
        second.finalizeMinutes();
        archive.minutes().save(second.minutes());
    }

    /** The latest talks: being written. Some clauses agreed by both, one with a stale side, the rest drafts. */
    private void draftWithStaleSides(Meeting meeting) {
        MinutesDocument document = written(meeting, 4);
        long cn = representative(meeting, Side.CHINA);
        long kg = representative(meeting, Side.KYRGYZSTAN);
        Instant at = meeting.end().plusSeconds(3600);
        List<UUID> pairs = document.minutes().pairs().stream().map(p -> p.uuid()).toList();
        for (int i = 0; i < 3; i++) {
            document.agree(pairs.get(i), RecordLanguage.ZH, cn, at);
            document.agree(pairs.get(i), RecordLanguage.RU, kg, at);
        }
        // Clause 4: both agreed, then the Chinese side corrected the number: the Russian side is stale.
        document.agree(pairs.get(3), RecordLanguage.ZH, cn, at);
        document.agree(pairs.get(3), RecordLanguage.RU, kg, at);
        document.type(pairs.get(3), RecordLanguage.ZH, "双方确认已于本季度移交非法越界人员7名。",
                Provenance.of(Side.CHINA, cn, at.plusSeconds(1800)));
        // Clause 5: the Russian text is agreed, the Chinese one still a draft.
        document.agree(pairs.get(4), RecordLanguage.RU, kg, at);
        archive.minutes().save(document.minutes());
    }

    /** The working meeting of 2026: every clause agreed by both, not yet finalized. */
    private void agreedNotFinal(Meeting meeting) {
        MinutesDocument document = written(meeting, 2);
        agreeAll(document, meeting, meeting.end().plusSeconds(7200));
        archive.minutes().save(document.minutes());
        archive.attendance().save(meeting.id(), Attendance.planned(meeting));
    }
}
