// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesDocument;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.minutes.TextState;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.store.crypto.KeyDerivation;
import org.huiwu.store.journal.SaveJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.store.generated.Tables.MINUTES;
import static org.huiwu.store.generated.Tables.MINUTES_PAIR;

class JooqMinutesRepositoryTest {

    private static final char[] PASSPHRASE = "纪要 протокол passphrase".toCharArray();
    private static final Instant AT = Instant.parse("2026-11-27T06:00:00Z");

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    @Test
    void minutesWithAgreementsAndStaleSidesRoundTripAndSurviveALostDatabase() {
        Path folder = temp.resolve("archive");
        Minutes saved;
        long meetingId;
        try (H2Archive archive = (H2Archive) access.create(folder, "纪要", Side.CHINA, false, PASSPHRASE.clone())) {
            Place place = archive.places().save(Place.create(PlaceKind.MEETING_STATION, Side.CHINA,
                    Bilingual.of("吐尔尕特会晤站", "Торугарт"), ZoneId.of("Asia/Shanghai")));
            Person cn = archive.people().save(Person.create(Side.CHINA, Bilingual.of("王建国", "Ван Цзяньго"),
                    null, null));
            Person kg = archive.people().save(Person.create(Side.KYRGYZSTAN, Bilingual.of("阿萨诺夫", "Асанов Ң"),
                    null, null));
            meetingId = archive.meetings().save(new Meeting(null, UUID.randomUUID(), MeetingLevel.TALKS,
                    Bilingual.of("会谈", "Переговоры"), AT, AT.plusSeconds(3600), ZoneId.of("Asia/Shanghai"),
                    place.id(), Side.CHINA, MeetingStatus.HELD, List.of())).id();
            AlignedPair agreedThenChanged = AlignedPair.empty()
                    .withText(RecordLanguage.ZH, "双方同意于2026年3月5日举行会谈。", Provenance.of(Side.CHINA, cn.id(), AT))
                    .withText(RecordLanguage.RU, "Стороны согласились провести переговоры 5 марта 2026 года.",
                            Provenance.of(Side.KYRGYZSTAN, kg.id(), AT))
                    .agree(RecordLanguage.RU, kg.id(), AT.plusSeconds(60))
                    .withText(RecordLanguage.ZH, "双方同意于2026年3月6日举行会谈。", Provenance.of(Side.CHINA, cn.id(),
                            AT.plusSeconds(120)));
            AlignedPair longText = AlignedPair.empty()
                    .withText(RecordLanguage.RU, "граница ".repeat(60_000), Provenance.of(Side.KYRGYZSTAN, kg.id(), AT));
            saved = archive.minutes().save(new Minutes(UUID.randomUUID(), meetingId, 1, MinutesState.DRAFT,
                    List.of(agreedThenChanged, longText)));
            assertThat(archive.minutes().latest(meetingId)).contains(saved);
            // H2 loses them (as after kill -9); the journal gives them back.
            archive.dsl().deleteFrom(MINUTES_PAIR).execute();
            archive.dsl().deleteFrom(MINUTES).execute();
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            Minutes back = reopened.minutes().latest(meetingId).orElseThrow();
            assertThat(back).isEqualTo(saved);
            assertThat(back.pairs().get(0).state(RecordLanguage.RU)).isEqualTo(TextState.STALE);
            assertThat(back.pairs().get(1).ru().text()).hasSize(480_000);
            assertThat(reopened.minutes().versions(meetingId)).hasSize(1);
        }
    }

    /** Long minutes as the editor autosaves them: each save writes and journals what changed since the last one. */
    @ParameterizedTest(name = "database loses the minutes: {0}")
    @ValueSource(booleans = {true, false})
    void changesToLongMinutesComeBackFromTheDatabaseAndFromTheJournal(boolean databaseLosesThem) {
        Path folder = temp.resolve("archive");
        Minutes current;
        long meetingId;
        try (H2Archive archive = (H2Archive) access.create(folder, "纪要", Side.CHINA, false, PASSPHRASE.clone())) {
            Person cn = StoreFixture.person(archive, Side.CHINA, "王建国", "Ван Цзяньго");
            Person kg = StoreFixture.person(archive, Side.KYRGYZSTAN, "阿萨诺夫", "Асанов Ң");
            meetingId = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of()).id();
            Minutes first = archive.minutes().save(longMinutes(meetingId, 2_000, cn.id(), kg.id()));
            List<AlignedPair> original = first.pairs();
            MinutesDocument document = new MinutesDocument(first);
            Provenance later = Provenance.of(Side.CHINA, cn.id(), AT.plusSeconds(600));

            document.type(original.get(10).uuid(), RecordLanguage.ZH, "第十条（修改）：双方同意。", later);
            saveAndCheck(archive, document.minutes());
            document.agree(original.get(11).uuid(), RecordLanguage.RU, kg.id(), AT.plusSeconds(700));
            saveAndCheck(archive, document.minutes());
            document.move(original.get(20).uuid(), 1_500);
            saveAndCheck(archive, document.minutes());
            document.move(original.get(1_999).uuid(), 0); // renumbers every clause
            saveAndCheck(archive, document.minutes());
            document.delete(original.get(500).uuid());
            saveAndCheck(archive, document.minutes());
            UUID inserted = document.insertPair(0);
            document.type(inserted, RecordLanguage.RU, "Новый первый пункт.", Provenance.of(Side.KYRGYZSTAN,
                    kg.id(), AT.plusSeconds(800)));
            saveAndCheck(archive, document.minutes());
            document.split(original.get(100).uuid(), 3, 6);
            document.merge(original.get(300).uuid());
            document.delete(original.get(1_000).uuid());
            document.move(original.get(1_001).uuid(), 5);
            saveAndCheck(archive, document.minutes());
            document.undo();
            document.undo();
            saveAndCheck(archive, document.minutes());
            current = document.minutes();
            assertThat(current.pairs()).hasSize(2_000).doesNotContainAnyElementsOf(List.of(original.get(500)));

            if (databaseLosesThem) {
                archive.dsl().deleteFrom(MINUTES_PAIR).execute();
                archive.dsl().deleteFrom(MINUTES).execute();
            }
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.minutes().latest(meetingId)).contains(current);
            assertThat(reopened.minutes().versions(meetingId)).hasSize(1);
            assertPositionsAreZeroToN(reopened, current);
        }
    }

    @Test
    void aChangeToOnePairOfTwoThousandJournalsAFractionOfTheWholeMinutes() throws IOException {
        Path folder = temp.resolve("archive");
        Path journal = folder.resolve(SaveJournal.FILE_NAME);
        try (H2Archive archive = (H2Archive) access.create(folder, "纪要", Side.CHINA, false, PASSPHRASE.clone())) {
            Person cn = StoreFixture.person(archive, Side.CHINA, "王建国", "Ван Цзяньго");
            Person kg = StoreFixture.person(archive, Side.KYRGYZSTAN, "阿萨诺夫", "Асанов Ң");
            long meetingId = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of()).id();
            MinutesDocument document = new MinutesDocument(longMinutes(meetingId, 2_000, cn.id(), kg.id()));

            long start = Files.size(journal);
            archive.minutes().save(document.minutes());
            long whole = Files.size(journal) - start;
            document.type(document.minutes().pairs().get(1_234).uuid(), RecordLanguage.RU, "Изменённый пункт.",
                    Provenance.of(Side.KYRGYZSTAN, kg.id(), AT.plusSeconds(60)));
            long beforeChange = Files.size(journal);
            archive.minutes().save(document.minutes());
            long change = Files.size(journal) - beforeChange;

            assertThat(whole).isGreaterThan(500_000);
            assertThat(change).isLessThan(whole / 10);
            assertThat(archive.minutes().latest(meetingId)).contains(document.minutes());
        }
    }

    @Test
    void theFirstSaveOfAVersionInASessionIsJournaledWholeAndLaterOnesAsChanges() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("archive"), "纪要", Side.CHINA, false,
                PASSPHRASE.clone())) {
            Person cn = StoreFixture.person(archive, Side.CHINA, "王建国", "Ван Цзяньго");
            Person kg = StoreFixture.person(archive, Side.KYRGYZSTAN, "阿萨诺夫", "Асанов Ң");
            long meetingId = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of()).id();
            List<Byte> kinds = new ArrayList<>();
            boolean[] journalFails = {false};
            Journaling recording = payload -> {
                if (journalFails[0]) {
                    throw new IllegalStateException("disk full");
                }
                kinds.add(payload[1]);
            };
            Provenance by = Provenance.of(Side.CHINA, cn.id(), AT.plusSeconds(60));

            JooqMinutesRepository session = repository(archive, recording);
            MinutesDocument document = new MinutesDocument(longMinutes(meetingId, 50, cn.id(), kg.id()));
            session.save(document.minutes());
            document.type(document.minutes().pairs().get(3).uuid(), RecordLanguage.ZH, "第三条。", by);
            session.save(document.minutes());
            assertThat(kinds).containsExactly(RecordCodec.MINUTES, RecordCodec.MINUTES_DELTA);

            // The next session starts from the loaded minutes; its journal holds nothing of them yet.
            JooqMinutesRepository next = repository(archive, recording);
            document = new MinutesDocument(next.latest(meetingId).orElseThrow());
            document.move(document.minutes().pairs().get(0).uuid(), 49);
            next.save(document.minutes());
            document.delete(document.minutes().pairs().get(7).uuid());
            next.save(document.minutes());
            assertThat(kinds).endsWith(RecordCodec.MINUTES, RecordCodec.MINUTES_DELTA);

            // A save that could not be journaled is not confirmed; the next one is journaled whole.
            document.type(document.minutes().pairs().get(8).uuid(), RecordLanguage.ZH, "第八条。", by);
            journalFails[0] = true;
            Minutes unconfirmed = document.minutes();
            assertThatThrownBy(() -> next.save(unconfirmed)).hasMessageContaining("disk full");
            journalFails[0] = false;
            document.type(document.minutes().pairs().get(9).uuid(), RecordLanguage.ZH, "第九条。", by);
            next.save(document.minutes());
            assertThat(kinds).endsWith(RecordCodec.MINUTES_DELTA, RecordCodec.MINUTES);
            assertThat(next.latest(meetingId)).contains(document.minutes());
        }
    }

    @Test
    void rowsChangedBehindTheRepositorysBackAreWrittenWhole() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("archive"), "纪要", Side.CHINA, false,
                PASSPHRASE.clone())) {
            Person cn = StoreFixture.person(archive, Side.CHINA, "王建国", "Ван Цзяньго");
            Person kg = StoreFixture.person(archive, Side.KYRGYZSTAN, "阿萨诺夫", "Асанов Ң");
            long meetingId = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of()).id();
            MinutesDocument document = new MinutesDocument(longMinutes(meetingId, 20, cn.id(), kg.id()));
            archive.minutes().save(document.minutes());
            archive.dsl().deleteFrom(MINUTES_PAIR).where(MINUTES_PAIR.UUID.eq(document.minutes().pairs().get(4)
                    .uuid())).execute();

            document.move(document.minutes().pairs().get(4).uuid(), 0);
            archive.minutes().save(document.minutes());
            assertThat(archive.minutes().latest(meetingId)).contains(document.minutes());

            // A row the change does not touch.
            archive.dsl().deleteFrom(MINUTES_PAIR).where(MINUTES_PAIR.UUID.eq(document.minutes().pairs().get(15)
                    .uuid())).execute();
            document.type(document.minutes().pairs().get(2).uuid(), RecordLanguage.ZH, "第二条。",
                    Provenance.of(Side.CHINA, cn.id(), AT.plusSeconds(60)));
            archive.minutes().save(document.minutes());
            assertThat(archive.minutes().latest(meetingId)).contains(document.minutes());
        }
    }

    @Test
    void aChangeThatDoesNotFitTheArchiveFailsTheReplayInsteadOfLosingText() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("archive"), "纪要", Side.CHINA, false,
                PASSPHRASE.clone())) {
            Person cn = StoreFixture.person(archive, Side.CHINA, "王建国", "Ван Цзяньго");
            Person kg = StoreFixture.person(archive, Side.KYRGYZSTAN, "阿萨诺夫", "Асанов Ң");
            long meetingId = StoreFixture.meeting(archive, StoreFixture.station(archive), AT, List.of()).id();
            Minutes saved = archive.minutes().save(longMinutes(meetingId, 10, cn.id(), kg.id()));
            RecordCodec.Target target = minutesTarget(archive);
            Function<Long, UUID> meetingUuid = ((JooqMeetingRepository) archive.meetings())::uuidOf;
            Function<Long, UUID> personUuid = id -> archive.people().findById(id).orElseThrow().uuid();

            // A version the archive never had.
            Minutes unknown = longMinutes(meetingId, 3, cn.id(), kg.id());
            byte[] ofUnknown = RecordCodec.minutesDelta(unknown, Set.of(unknown.pairs().get(0).uuid()), meetingUuid,
                    personUuid);
            assertThatThrownBy(() -> RecordCodec.replay(ofUnknown, target))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining(unknown.uuid().toString());

            // A pair the change says is unchanged, which the archive does not have.
            List<AlignedPair> pairs = new ArrayList<>(saved.pairs());
            AlignedPair stranger = AlignedPair.empty();
            pairs.add(stranger);
            Minutes withStranger = new Minutes(saved.uuid(), meetingId, 1, MinutesState.DRAFT, pairs);
            byte[] keepsStranger = RecordCodec.minutesDelta(withStranger, Set.of(), meetingUuid, personUuid);
            assertThatThrownBy(() -> RecordCodec.replay(keepsStranger, target))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining(stranger.uuid().toString());

            assertThat(archive.minutes().latest(meetingId)).contains(saved);
        }
    }

    /** Saves as a change: the journal grows by far less than the whole minutes (over 500 KB) would take. */
    private static void saveAndCheck(H2Archive archive, Minutes minutes) {
        Path journal = archive.folder().resolve(SaveJournal.FILE_NAME);
        try {
            long before = Files.size(journal);
            archive.minutes().save(minutes);
            assertThat(Files.size(journal) - before).isLessThan(100_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertPositionsAreZeroToN(archive, minutes);
    }

    /** The rows stand at 0..n-1 in the minutes' order: no moved row was left parked at a negative position. */
    private static void assertPositionsAreZeroToN(H2Archive archive, Minutes minutes) {
        assertThat(archive.dsl().select(MINUTES_PAIR.UUID).from(MINUTES_PAIR).join(MINUTES)
                .on(MINUTES.ID.eq(MINUTES_PAIR.MINUTES_ID)).where(MINUTES.UUID.eq(minutes.uuid()))
                .orderBy(MINUTES_PAIR.POSITION).fetch(MINUTES_PAIR.UUID))
                .containsExactlyElementsOf(minutes.pairs().stream().map(AlignedPair::uuid).toList());
        assertThat(archive.dsl().fetchCount(MINUTES_PAIR, MINUTES_PAIR.POSITION.lt(0)
                .or(MINUTES_PAIR.POSITION.ge(minutes.pairs().size())))).isZero();
    }

    /** A repository as a new session has it, journaling into {@code journaling}. */
    private static JooqMinutesRepository repository(H2Archive archive, Journaling journaling) {
        JooqPersonRepository people = new JooqPersonRepository(archive.dsl(), Journaling.NONE);
        JooqPlaceRepository places = new JooqPlaceRepository(archive.dsl(), Journaling.NONE);
        JooqMeetingRepository meetings = new JooqMeetingRepository(archive.dsl(), Side.CHINA, Journaling.NONE,
                places, people);
        return new JooqMinutesRepository(archive.dsl(), journaling, meetings, people);
    }

    /** Replays minutes changes into the archive's own repository, as the replay at open does. */
    private static RecordCodec.Target minutesTarget(H2Archive archive) {
        JooqMinutesRepository minutes = (JooqMinutesRepository) archive.minutes();
        return new RecordCodec.Target() {
            @Override
            public void upsert(Place place) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void upsert(Person person) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void upsert(Meeting meeting) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void upsert(Minutes version) {
                minutes.upsert(version);
            }

            @Override
            public void upsert(long meetingId, org.huiwu.domain.agenda.Agenda agenda) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void upsert(long meetingId, List<org.huiwu.domain.decision.Decision> decisions) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void upsert(long meetingId, org.huiwu.domain.meeting.Attendance attendance) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void apply(RecordCodec.MinutesDelta delta) throws IOException {
                minutes.apply(delta);
            }

            @Override
            public Long meetingId(UUID uuid) {
                return ((JooqMeetingRepository) archive.meetings()).idOf(uuid);
            }

            @Override
            public Long placeId(UUID uuid) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Long personId(UUID uuid) {
                return archive.people().findAll().stream().filter(p -> p.uuid().equals(uuid)).findFirst()
                        .map(Person::id).orElse(null);
            }
        };
    }

    /** Clauses of a realistic length in both languages, every third agreed by both sides. */
    private static Minutes longMinutes(long meetingId, int count, long cn, long kg) {
        List<AlignedPair> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            AlignedPair pair = AlignedPair.empty()
                    .withText(RecordLanguage.ZH, "第" + (i + 1) + "条。双方同意加强边境地区的信息交流与合作，共同维护边境地区的安全与稳定。",
                            Provenance.of(Side.CHINA, cn, AT))
                    .withText(RecordLanguage.RU, "Пункт " + (i + 1) + ". Стороны договорились укреплять обмен "
                            + "информацией и сотрудничество в приграничном районе, совместно поддерживая порядок.",
                            Provenance.of(Side.KYRGYZSTAN, kg, AT));
            if (i % 3 == 0) {
                pair = pair.agree(RecordLanguage.ZH, cn, AT.plusSeconds(60)).agree(RecordLanguage.RU, kg,
                        AT.plusSeconds(60));
            }
            pairs.add(pair);
        }
        return new Minutes(UUID.randomUUID(), meetingId, 1, MinutesState.DRAFT, pairs);
    }
}
