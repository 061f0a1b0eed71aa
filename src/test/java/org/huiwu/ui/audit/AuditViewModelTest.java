// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.access.Actor;
import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;
import org.huiwu.domain.audit.AnchorSource;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditEntry;
import org.huiwu.domain.audit.MemoryAuditRepository;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.i18n.Formats;
import org.huiwu.i18n.Language;
import org.huiwu.i18n.Messages;
import org.huiwu.service.audit.AuditService;
import org.huiwu.service.audit.AuditSubjects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit area's model without a toolkit: newest first, filters, count, and a verdict in the user's language. */
class AuditViewModelTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final ArchiveUser WANG = new ArchiveUser(UUID.randomUUID(), "王立新", Role.REPRESENTATIVE, 1,
            Instant.EPOCH, null);
    private static final ArchiveUser CHEN = new ArchiveUser(UUID.randomUUID(), "陈晓东", Role.ASSISTANT, 3,
            Instant.EPOCH, null);

    private static final Meeting TALKS = new Meeting(1L, UUID.randomUUID(), MeetingLevel.TALKS,
            Bilingual.of("边境会谈", "Пограничные переговоры"), Instant.parse("2026-12-16T03:00:00Z"),
            Instant.parse("2026-12-16T07:00:00Z"), BISHKEK, 1L, Side.KYRGYZSTAN, MeetingStatus.HELD, List.of());
    private static final Place NARYN = new Place(1L, UUID.randomUUID(), PlaceKind.BORDER_CITY, Side.KYRGYZSTAN,
            Bilingual.of("纳伦", "Нарын"), BISHKEK);

    private final MemoryAuditRepository repository = new MemoryAuditRepository();
    private final List<Meeting> meetings = new ArrayList<>(List.of(TALKS));
    private final List<Place> places = new ArrayList<>(List.of(NARYN));
    private int recordReads;
    private final List<AnchorSource> anchors = new ArrayList<>();
    private final List<Runnable> background = new ArrayList<>();

    private void entry(Instant at, ArchiveUser who, AuditAction action, String subject, String detail) {
        repository.append(AuditEntry.after(repository.newest().orElse(null), at, who, action, subject, detail));
    }

    private AuditViewModel model(Language language) {
        entry(Instant.parse("2026-11-20T03:00:00Z"), CHEN, AuditAction.CREATED, "meeting:1", "会谈 / Переговоры");
        entry(Instant.parse("2026-11-21T03:00:00Z"), CHEN, AuditAction.CHANGED, "meeting:1/minutes", "version 1");
        entry(Instant.parse("2026-11-22T20:30:00Z"), WANG, AuditAction.FINALIZED, "meeting:1/minutes", "version 1");
        AuditSubjects subjects = new AuditSubjects(() -> {
            recordReads++;
            return List.copyOf(meetings);
        }, () -> List.copyOf(places), List::of, List::of, uuid -> java.util.Optional.empty(), List::of, List::of);
        AuditService service = new AuditService(repository, () -> new Actor("王立新", Role.REPRESENTATIVE),
                () -> anchors, subjects);
        return new AuditViewModel(service, Messages.of(language), new Formats(language), BISHKEK, background::add,
                Runnable::run);
    }

    @Test
    void theTrailShowsNewestFirstInTheUsersZoneAndLanguage() {
        AuditViewModel model = model(Language.ENGLISH);

        assertThat(model.rows()).extracting(AuditRow::sequence).containsExactly(3L, 2L, 1L);
        AuditRow newest = model.rows().get(0);
        // 20:30 UTC is 02:30 the next day in Bishkek.
        assertThat(newest.time()).isEqualTo("2026-11-23 02:30:00");
        assertThat(newest.user()).isEqualTo("王立新");
        assertThat(newest.role()).isEqualTo("Representative");
        assertThat(newest.action()).isEqualTo("Finalized");
        assertThat(model.countProperty().get()).isEqualTo("3 of 3 entries");
        assertThat(model(Language.RUSSIAN).rows().get(0).action()).isEqualTo("Утверждено");
    }

    @Test
    void detailsAreShownAndFoundInTheReadersLanguage() {
        AuditViewModel model = model(Language.RUSSIAN);

        assertThat(model.rows().get(0).detail()).isEqualTo("версия 1");
        model.textProperty().set("версия");
        assertThat(model.rows()).extracting(AuditRow::sequence).containsExactly(3L, 2L);
        model.textProperty().set("version 1");
        assertThat(model.rows()).as("the stored form still finds them").hasSize(2);
    }

    @Test
    void filtersByUserActionDaysAndTextAndClearAgain() {
        AuditViewModel model = model(Language.ENGLISH);

        model.userProperty().set(model.users().stream().filter(c -> "陈晓东".equals(c.value())).findFirst()
                .orElseThrow());
        assertThat(model.rows()).extracting(AuditRow::user).containsOnly("陈晓东").hasSize(2);
        model.actionProperty().set(model.actions().stream().filter(c -> c.value() == AuditAction.CHANGED)
                .findFirst().orElseThrow());
        assertThat(model.rows()).extracting(AuditRow::sequence).containsExactly(2L);
        assertThat(model.countProperty().get()).isEqualTo("1 of 3 entries");

        model.clearFilters();
        model.fromProperty().set(LocalDate.of(2026, 11, 21));
        model.toProperty().set(LocalDate.of(2026, 11, 21));
        assertThat(model.rows()).extracting(AuditRow::sequence).containsExactly(2L);

        model.clearFilters();
        model.textProperty().set("переговоры");
        assertThat(model.rows()).extracting(AuditRow::sequence).containsExactly(1L);
        model.clearFilters();
        assertThat(model.rows()).hasSize(3);
    }

    @Test
    void theUserAndActionFiltersSayWhatTheyFilterWhileLeftAtAny() {
        AuditViewModel english = model(Language.ENGLISH);
        assertThat(english.userProperty().get().label()).isEqualTo("User: Any");
        assertThat(english.actionProperty().get().label()).isEqualTo("Action: Any");

        AuditViewModel chinese = model(Language.CHINESE);
        assertThat(chinese.users().get(0).label()).isEqualTo("用户: 全部");
        assertThat(chinese.actions().get(0).label()).isEqualTo("操作: 全部");
        assertThat(model(Language.RUSSIAN).users().get(0).label()).isEqualTo("Пользователь: Все");
    }

    @Test
    void aSubjectShowsByTheNameOfWhatItNamesAndAsStoredWhenThatIsGone() {
        AuditViewModel model = model(Language.ENGLISH);
        String meeting = "meeting:" + TALKS.uuid();
        UUID gone = UUID.randomUUID();
        entry(Instant.parse("2026-12-16T09:00:00Z"), CHEN, AuditAction.CHANGED, meeting + "/minutes", "version 2");
        entry(Instant.parse("2026-12-16T10:00:00Z"), WANG, AuditAction.SIGNED, meeting + "/protocol", "sha256 ab");
        entry(Instant.parse("2026-12-17T03:00:00Z"), CHEN, AuditAction.CHANGED, "place:" + NARYN.uuid(), "");
        entry(Instant.parse("2026-12-18T03:00:00Z"), CHEN, AuditAction.CHANGED, "place:" + gone, "");
        entry(Instant.parse("2026-12-18T04:00:00Z"), WANG, AuditAction.USER_ADDED, "user:陈晓东", "ASSISTANT");
        model.refresh();

        assertThat(model.rows()).extracting(AuditRow::subject).containsExactly(
                "User: 陈晓东",
                "place:" + gone,
                "Place: 纳伦 · Нарын",
                "16 December 2026 · 边境会谈 · Пограничные переговоры — signed protocol",
                "16 December 2026 · 边境会谈 · Пограничные переговоры — minutes",
                // "meeting:1" names no meeting by a UUID: its stored text shows rather than nothing.
                "meeting:1/minutes", "meeting:1/minutes", "meeting:1");
        assertThat(model.rows().get(4).rawSubject()).isEqualTo(meeting + "/minutes");
        assertThat(model(Language.CHINESE).rows()).filteredOn(row -> row.rawSubject().equals(meeting + "/minutes"))
                .extracting(AuditRow::subject)
                .containsExactly("2026年12月16日 · 边境会谈 · Пограничные переговоры — 会谈纪要");
    }

    @Test
    void theTextFilterFindsASubjectByItsNameAndStillByItsStoredText() {
        entry(Instant.parse("2026-12-16T09:00:00Z"), CHEN, AuditAction.CHANGED, "meeting:" + TALKS.uuid(),
                "HELD");
        AuditViewModel model = model(Language.RUSSIAN);

        model.textProperty().set("пограничные");
        assertThat(model.rows()).extracting(AuditRow::sequence).containsExactly(1L);
        model.textProperty().set(TALKS.uuid().toString().substring(0, 8));
        assertThat(model.rows()).extracting(AuditRow::sequence).containsExactly(1L);
    }

    @Test
    void filteringLooksUpNoRecordsUntilTheTrailIsReadAgain() {
        String meeting = "meeting:" + TALKS.uuid();
        entry(Instant.parse("2026-12-16T09:00:00Z"), CHEN, AuditAction.CHANGED, meeting + "/minutes", "");
        entry(Instant.parse("2026-12-16T09:30:00Z"), CHEN, AuditAction.CHANGED, meeting + "/agenda", "");
        AuditViewModel model = model(Language.ENGLISH);
        assertThat(recordReads).isEqualTo(1);

        model.textProperty().set("minutes");
        model.textProperty().set("");
        assertThat(recordReads).isEqualTo(1);

        // Renamed since: reading the trail again names the meeting anew.
        meetings.set(0, new Meeting(TALKS.id(), TALKS.uuid(), TALKS.level(), Bilingual.of("会晤", "Встреча"),
                TALKS.start(), TALKS.end(), TALKS.zone(), TALKS.placeId(), TALKS.hostSide(), TALKS.status(),
                List.of()));
        model.refresh();
        assertThat(recordReads).isEqualTo(2);
        assertThat(model.rows()).filteredOn(row -> row.rawSubject().equals(meeting + "/agenda"))
                .extracting(AuditRow::subject).containsExactly("16 December 2026 · 会晤 · Встреча — agenda");
    }

    @Test
    void verifyingRunsInTheBackgroundAndSaysTheVerdict() {
        AuditViewModel model = model(Language.ENGLISH);
        anchors.add(new AnchorSource(AnchorSource.Kind.BACKUP, "huiwu-a.hwbackup",
                repository.all().get(1).anchor()));

        model.verify();
        assertThat(model.verifyingProperty().get()).isTrue();
        assertThat(model.intactProperty().get()).isNull();
        background.remove(0).run();

        assertThat(model.verifyingProperty().get()).isFalse();
        assertThat(model.intactProperty().get()).isTrue();
        assertThat(model.verdictProperty().get()).isEqualTo("Audit trail intact: 3 entries, 1 anchors checked.");
        assertThat(model.checks()).hasSize(2);
        assertThat(model.checks().get(1)).contains("huiwu-a.hwbackup").contains("matches the trail");
    }

    @Test
    void aTailCutBehindABackupIsNamedInTheVerdict() {
        AuditViewModel model = model(Language.CHINESE);
        anchors.add(new AnchorSource(AnchorSource.Kind.BACKUP, "huiwu-b.hwbackup",
                repository.all().get(2).anchor()));
        repository.entries().remove(2);

        model.verify();
        background.remove(0).run();

        assertThat(model.intactProperty().get()).isFalse();
        assertThat(model.verdictProperty().get()).startsWith("审计记录不一致").contains("huiwu-b.hwbackup")
                .contains("最新的记录被删除");
    }

    @Test
    void anEditedEntryIsNamedByItsNumber() {
        AuditViewModel model = model(Language.RUSSIAN);
        AuditEntry honest = repository.entries().get(0);
        repository.entries().set(0, new AuditEntry(honest.sequence(), honest.at(), honest.actorUuid(),
                honest.actorName(), honest.actorRole(), honest.action(), honest.subject(), "другое",
                honest.previousHash(), honest.hash()));

        model.verify();
        background.remove(0).run();

        assertThat(model.verdictProperty().get()).contains("Запись 1 изменена");
    }
}
