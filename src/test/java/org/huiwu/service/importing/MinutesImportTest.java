// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.huiwu.app.AppContext;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesException;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.ValidationException;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.store.DataDirectories;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previewed clauses saved into the sample archive (a Chinese-side archive): appended, refused, or a new meeting. */
class MinutesImportTest {

    private static final Instant NOW = Instant.parse("2026-11-27T06:00:00Z");
    private static final ImportPreview PREVIEW = new ImportPreview("2019-05 Торугарт.docx", List.of(
            new ImportedClause("双方同意加强边境管理合作。", "Стороны согласились усилить сотрудничество.", Set.of()),
            new ImportedClause("第二条\n（一）巡逻", "", Set.of(ImportWarning.NO_RUSSIAN))));

    @TempDir
    Path home;
    private ArchiveSession session;
    private MinutesImport importing;

    @BeforeEach
    void openTheSample() {
        AppContext context = new AppContext(new DataDirectories(home, home, home.resolve("logs")),
                Clock.fixed(NOW, ZoneId.of("Asia/Bishkek")), Locale.ENGLISH, KeyDerivation.forTests());
        Path folder = home.resolve("sample");
        try (OpenArchive archive = context.archives().create(folder, SampleArchive.NAME, Side.CHINA, true,
                SampleArchive.PASSPHRASE.toCharArray())) {
            SampleArchive.fill(archive);
        }
        session = context.openSession(folder, SampleArchive.PASSPHRASE.toCharArray());
        importing = session.importing();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private long meetingWhoseMinutes(boolean areFinal) {
        return session.schedule().meetings().stream()
                .filter(m -> !session.minutes().versions(m.id()).isEmpty())
                .filter(m -> session.minutes().current(m.id()).isFinal() == areFinal)
                .map(Meeting::id).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void clausesAreAppendedAfterTheExistingOnesAsUnagreedDraftsOfTheHomeSide() {
        long draft = meetingWhoseMinutes(false);
        Minutes before = session.minutes().current(draft);

        MinutesImport.Imported imported = importing.appendTo(draft, PREVIEW);

        Minutes after = session.minutes().current(draft);
        assertThat(imported.pairs()).isEqualTo(2);
        assertThat(imported.meeting().id()).isEqualTo(draft);
        assertThat(after.uuid()).isEqualTo(before.uuid());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.pairs()).hasSize(before.pairs().size() + 2);
        assertThat(after.pairs().subList(0, before.pairs().size())).isEqualTo(before.pairs());
        AlignedPair first = after.pairs().get(before.pairs().size());
        AlignedPair second = after.pairs().get(before.pairs().size() + 1);
        assertThat(first.zh().text()).isEqualTo("双方同意加强边境管理合作。");
        assertThat(first.ru().text()).isEqualTo("Стороны согласились усилить сотрудничество.");
        assertThat(second.zh().text()).isEqualTo("第二条\n（一）巡逻");
        assertThat(second.ru().isEmpty()).isTrue();
        // Imported: written at this desk now, by no named person, agreed by nobody yet.
        assertThat(first.zh().provenance().writtenBy()).isEqualTo(Side.CHINA);
        assertThat(first.zh().provenance().authorPersonId()).isNull();
        assertThat(first.zh().provenance().writtenAt()).isEqualTo(NOW);
        assertThat(first.zh().agreement()).isNull();
        assertThat(first.ru().agreement()).isNull();
        assertThat(after.state()).isEqualTo(MinutesState.DRAFT);
    }

    @Test
    void theTranslationMemorySuggestsImportedPairsAtOnce() throws InterruptedException {
        var memory = session.memory();
        for (int i = 0; i < 200 && !memory.isReady(); i++) {
            Thread.sleep(50);
        }
        assertThat(memory.isReady()).isTrue();

        importing.appendTo(meetingWhoseMinutes(false), PREVIEW);

        assertThat(memory.similar(org.huiwu.domain.minutes.RecordLanguage.ZH, "双方同意加强边境管理合作。", 1))
                .extracting(match -> match.ru()).containsExactly("Стороны согласились усилить сотрудничество.");
    }

    @Test
    void finalMinutesRefuseAndStayAsTheyWere() {
        long locked = meetingWhoseMinutes(true);
        List<Minutes> before = session.minutes().versions(locked);

        assertThatThrownBy(() -> importing.appendTo(locked, PREVIEW))
                .isInstanceOfSatisfying(MinutesException.class,
                        e -> assertThat(e.reason()).isEqualTo(MinutesException.Reason.FINAL));
        assertThat(session.minutes().versions(locked)).isEqualTo(before);
    }

    @Test
    void aNewMeetingIsCreatedHeldOnTheChosenDayAtItsPlaceWithTheClauses() {
        int meetingsBefore = session.schedule().meetings().size();
        MinutesImport.NewMeeting proposal = importing.proposal(PREVIEW.fileName());
        assertThat(proposal.date()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(proposal.level()).isEqualTo(MeetingLevel.TALKS);
        assertThat(proposal.title()).isEqualTo(Bilingual.of("导入的纪要：2019-05 Торугарт",
                "Импортированный протокол: 2019-05 Торугарт"));
        assertThat(importing.places()).extracting(p -> p.id()).contains(proposal.placeId());

        MinutesImport.Imported imported = importing.intoNewMeeting(new MinutesImport.NewMeeting(
                LocalDate.of(2019, 5, 14), MeetingLevel.WORKING, proposal.placeId(), proposal.title()), PREVIEW);

        Meeting meeting = session.schedule().meeting(imported.meeting().id());
        assertThat(session.schedule().meetings()).hasSize(meetingsBefore + 1);
        assertThat(meeting.localStart().toLocalDate()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(meeting.localStart().getHour()).isEqualTo(10);
        assertThat(meeting.level()).isEqualTo(MeetingLevel.WORKING);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(meeting.placeId()).isEqualTo(proposal.placeId());
        assertThat(session.minutes().current(meeting.id()).pairs()).extracting(p -> p.zh().text())
                .containsExactly("双方同意加强边境管理合作。", "第二条\n（一）巡逻");
    }

    @Test
    void aNewMeetingAtAPlaceNotInTheRegisterIsRefusedAndNothingIsCreated() {
        List<Meeting> before = session.schedule().meetings();

        assertThatThrownBy(() -> importing.intoNewMeeting(new MinutesImport.NewMeeting(LocalDate.of(2019, 5, 14),
                MeetingLevel.TALKS, 9999, Bilingual.of("纪要", "Протокол")), PREVIEW))
                .isInstanceOf(ValidationException.class);
        assertThat(session.schedule().meetings()).isEqualTo(before);
    }
}
