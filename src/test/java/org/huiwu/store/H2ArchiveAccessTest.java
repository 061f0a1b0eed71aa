// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class H2ArchiveAccessTest {

    private static final char[] PASSPHRASE = "correct horse 马 Ң".toCharArray();

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");

    @TempDir
    Path temp;

    /** Holds the archive the second program tries to open; see {@link #startASecondProgramOnAnOpenArchive}. */
    @TempDir
    static Path busyHome;
    private static Path busyFolder;
    private static OpenArchive busyArchive;
    private static Process secondProgram;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());
    private final List<OpenArchive> opened = new ArrayList<>();
    private Path folder;

    /**
     * Opens an archive and starts a second JVM ({@code huiwu meetings list}) on it at once, so that H2's file lock,
     * which takes a few seconds to call the archive busy, runs while the other tests do.
     */
    @BeforeAll
    static void startASecondProgramOnAnOpenArchive() throws IOException {
        busyFolder = busyHome.resolve("busy");
        busyArchive = new H2ArchiveAccess(KeyDerivation.forTests())
                .create(busyFolder, "占用", Side.CHINA, false, PASSPHRASE.clone());
        Path childHome = Files.createDirectories(busyHome.resolve("child-home"));
        Path passphraseFile = busyHome.resolve("passphrase.txt");
        Files.writeString(passphraseFile, new String(PASSPHRASE) + "\n", StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Duser.language=en", "-Duser.country=GB", "-Dfile.encoding=UTF-8",
                // The product's logging (to a file), not the tests' console logging.
                "-Dlogback.configurationFile=logback.xml", "-Dhuiwu.logdir=" + childHome.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), "org.huiwu.Launcher",
                "meetings", "list", "--passphrase-file", passphraseFile.toString(), "--archive", busyFolder.toString())
                .redirectOutput(busyHome.resolve("child-out.txt").toFile())
                .redirectError(busyHome.resolve("child-err.txt").toFile());
        builder.environment().put("HUIWU_HOME", childHome.toString());
        builder.environment().remove("HUIWU_ARCHIVE");
        secondProgram = builder.start();
    }

    @AfterAll
    static void stopTheSecondProgram() {
        if (secondProgram != null && secondProgram.isAlive()) {
            secondProgram.destroyForcibly();
        }
        if (busyArchive != null) {
            busyArchive.close();
        }
    }

    @BeforeEach
    void chooseFolder() {
        folder = temp.resolve("archive");
    }

    @AfterEach
    void closeEverything() {
        opened.forEach(OpenArchive::close);
    }

    @Test
    void createdArchiveCanBePeekedAtWithoutOpeningIt() {
        ArchiveInfo created = create("Торугарт · 吐尔尕特 · Өзгөн", Side.KYRGYZSTAN, true).info();

        ArchiveInfo peeked = access.peek(folder).orElseThrow();

        assertThat(peeked.name()).isEqualTo("Торугарт · 吐尔尕特 · Өзгөн");
        assertThat(peeked.homeSide()).isEqualTo(Side.KYRGYZSTAN);
        assertThat(peeked.sample()).isTrue();
        assertThat(peeked).isEqualTo(created);
        assertThat(access.peek(temp)).as("a folder without an archive").isEmpty();
    }

    @Test
    void creatingAnArchiveWhereOneExistsIsRefused() {
        create("一号", Side.CHINA, false).close();
        opened.clear();

        assertThatThrownBy(() -> access.create(folder, "二号", Side.KYRGYZSTAN, false, PASSPHRASE.clone()))
                .isInstanceOfSatisfying(ArchiveException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ArchiveException.Reason.ALREADY_EXISTS);
                    assertThat(e.detail()).isEqualTo(folder.toString());
                });
        assertThat(access.peek(folder)).hasValueSatisfying(info -> assertThat(info.name()).isEqualTo("一号"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100, 4096, 8191, 12288, 16384})
    void aTruncatedDatabaseIsReportedDamagedAndLeftAsItIs(int size) throws IOException {
        create("截断", Side.CHINA, false).close();
        Path database = folder.resolve("huiwu.mv.db");
        try (var channel = java.nio.channels.FileChannel.open(database, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
        byte[] before = Files.readAllBytes(database);

        assertThatThrownBy(() -> open(folder))
                .isInstanceOfSatisfying(ArchiveException.class,
                        e -> assertThat(e.reason()).isEqualTo(ArchiveException.Reason.DAMAGED));
        // Not replaced by a new, empty database.
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100, 12288, 16384})
    void afterACrashThatLeftTheDatabaseUnreadableTheCheckpointAndTheJournalGiveEverythingBack(int size)
            throws IOException {
        OpenArchive first = create("检查点", Side.CHINA, false);
        first.places().save(Place.create(PlaceKind.MEETING_STATION, Side.CHINA, Bilingual.of("甲站", "Пункт А"),
                ZoneId.of("Asia/Shanghai")));
        first.close();
        assertThat(H2ArchiveAccess.sessionMarker(folder)).as("a clean close removes the marker").doesNotExist();
        H2Archive second = (H2Archive) open(folder);
        second.places().save(Place.create(PlaceKind.MEETING_STATION, Side.CHINA, Bilingual.of("乙站", "Пункт Б"),
                ZoneId.of("Asia/Shanghai")));
        // As after a kill: the journal and the session marker stay, and the database file is left unreadable.
        second.closeKeepingJournal();
        assertThat(H2ArchiveAccess.sessionMarker(folder)).exists();
        Path database = folder.resolve("huiwu.mv.db");
        try (var channel = java.nio.channels.FileChannel.open(database, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }

        try (OpenArchive restored = open(folder)) {
            assertThat(restored.places().findAll()).extracting(place -> place.name().ru())
                    .containsExactlyInAnyOrder("Пункт А", "Пункт Б");
        }
        assertThat(folder.resolve("huiwu.mv.db.crashed")).as("the crashed file is kept aside").exists();
    }

    @Test
    void afterACrashThatSavedTheDatabaseH2LeftIsNotOpenedAtAll() throws IOException {
        OpenArchive first = create("不碰", Side.CHINA, false);
        first.places().save(station("甲站", "Пункт А"));
        first.close();
        H2Archive second = (H2Archive) open(folder);
        second.places().save(station("乙站", "Пункт Б"));
        second.closeKeepingJournal();
        // A file that still looks like a database but whose chunks are garbage: H2 would roll it back, fail or
        // hang. It must not even be read.
        Path database = folder.resolve("huiwu.mv.db");
        byte[] garbled = Files.readAllBytes(database);
        for (int i = 8192; i < garbled.length; i++) {
            garbled[i] = (byte) (i * 31);
        }
        Files.write(database, garbled);

        try (OpenArchive restored = open(folder)) {
            assertThat(restored.places().findAll()).extracting(place -> place.name().ru())
                    .containsExactlyInAnyOrder("Пункт А", "Пункт Б");
        }
        assertThat(Files.readAllBytes(folder.resolve("huiwu.mv.db.crashed"))).isEqualTo(garbled);
        assertThat(H2ArchiveAccess.sessionMarker(folder)).as("closed cleanly after the restore").doesNotExist();
    }

    @Test
    void aCrashInACleanCloseAfterTheJournalWasEmptiedKeepsTheSessionsSaves() throws IOException {
        create("关闭中", Side.CHINA, false).close();
        OpenArchive session = open(folder);
        session.places().save(station("丙站", "Пункт В"));
        session.close();
        // The close got as far as emptying the journal; the kill came before the marker was removed. The
        // checkpoint is still the one from before this session.
        Files.write(H2ArchiveAccess.sessionMarker(folder), new byte[0]);

        try (OpenArchive reopened = open(folder)) {
            assertThat(reopened.places().findAll()).extracting(place -> place.name().ru())
                    .containsExactly("Пункт В");
        }
        assertThat(folder.resolve("huiwu.mv.db.crashed")).doesNotExist();
    }

    @Test
    void anArchiveOpenInThisProgramIsRefusedAsInUseAndKeepsWorking() {
        OpenArchive first = create("占用中", Side.CHINA, false);

        assertThatThrownBy(() -> open(folder))
                .isInstanceOfSatisfying(ArchiveException.class,
                        e -> assertThat(e.reason()).isEqualTo(ArchiveException.Reason.IN_USE));
        first.places().save(station("丁站", "Пункт Г"));
        assertThat(H2ArchiveAccess.checkpointFile(folder)).exists();
        first.close();
        // Closing released the lock: the archive opens again, and nothing was restored over it.
        try (OpenArchive again = access.open(folder, PASSPHRASE.clone())) {
            assertThat(again.places().findAll()).extracting(place -> place.name().ru()).containsExactly("Пункт Г");
        }
    }

    @Test
    void withoutACrashAnUnreadableDatabaseIsReportedDamagedAndLeftAsItIs() throws IOException {
        create("无崩溃", Side.CHINA, false).close();
        Path database = folder.resolve("huiwu.mv.db");
        try (var channel = java.nio.channels.FileChannel.open(database, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(16384);
        }
        byte[] before = Files.readAllBytes(database);

        assertThatThrownBy(() -> open(folder))
                .isInstanceOfSatisfying(ArchiveException.class,
                        e -> assertThat(e.reason()).isEqualTo(ArchiveException.Reason.DAMAGED));
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
    }

    @Test
    void openingAFolderThatDoesNotExistSaysNotFound() {
        Path missing = temp.resolve("missing");

        assertThatThrownBy(() -> access.open(missing, PASSPHRASE.clone()))
                .isInstanceOfSatisfying(ArchiveException.class,
                        e -> assertThat(e.reason()).isEqualTo(ArchiveException.Reason.NOT_FOUND));
        assertThat(missing).doesNotExist();
    }

    @Test
    void openingAFolderWithoutAnArchiveSaysSo() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(plain.resolve("notes.txt"), "not an archive");

        assertThatThrownBy(() -> access.open(plain, PASSPHRASE.clone()))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.reason())
                        .isIn(ArchiveException.Reason.NOT_FOUND, ArchiveException.Reason.NOT_AN_ARCHIVE));
        assertThat(plain.resolve("huiwu.mv.db")).as("nothing is created by a failed open").doesNotExist();
    }

    @Test
    void placesRoundTripWithBothLanguagesAndTheirZone() {
        OpenArchive archive = create("站", Side.CHINA, false);
        Place station = Place.create(PlaceKind.MEETING_STATION, Side.CHINA,
                Bilingual.of("吐尔尕特会晤站", "Пункт встреч пограничных представителей «Торугарт»"), URUMQI);

        Place saved = archive.places().save(station);

        assertThat(saved.id()).isNotNull();
        assertThat(saved.uuid()).isEqualTo(station.uuid());
        assertThat(archive.places().findById(saved.id())).contains(saved);
        assertThat(archive.places().findAll()).containsExactly(saved);
    }

    @Test
    void peopleRoundTripWithKyrgyzLettersAndTheirUuid() {
        OpenArchive archive = create("人", Side.KYRGYZSTAN, false);
        Person person = Person.create(Side.KYRGYZSTAN, Bilingual.of("托克托苏诺夫·巴克特", "Токтосунов Бакыт Үсөнович"),
                Bilingual.of("中校", "подполковник"), Bilingual.of("副边界代表", "Жаңыбаев Ңң Өө Үү"));

        Person saved = archive.people().save(person);

        Person read = archive.people().findById(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.uuid()).isEqualTo(person.uuid());
        assertThat(read.name().ru()).isEqualTo("Токтосунов Бакыт Үсөнович");
        assertThat(read.post().ru()).isEqualTo("Жаңыбаев Ңң Өө Үү");
    }

    @Test
    void meetingRoundTripsWithDelegationOrderRolesZoneAndExactInstants() {
        OpenArchive archive = create("会晤", Side.CHINA, false);
        Place place = savePlace(archive, BISHKEK);
        List<Person> people = savePeople(archive, 4);
        List<DelegationMember> delegation = List.of(
                DelegationMember.of(people.get(3).id(), Side.KYRGYZSTAN, DelegationRole.INTERPRETER),
                DelegationMember.of(people.get(0).id(), Side.CHINA, DelegationRole.REPRESENTATIVE),
                DelegationMember.of(people.get(2).id(), Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE),
                DelegationMember.of(people.get(1).id(), Side.CHINA, DelegationRole.LIAISON_OFFICER));
        Instant start = Instant.parse("2026-10-13T04:00:00.123456Z");
        Meeting meeting = new Meeting(null, UUID.randomUUID(), MeetingLevel.TALKS,
                Bilingual.of("2026年第三季度中吉边界代表会谈", "Переговоры пограничных представителей, III квартал"),
                start, Instant.parse("2026-10-13T08:30:59Z"), URUMQI, place.id(), Side.KYRGYZSTAN,
                MeetingStatus.POSTPONED, delegation);

        Meeting saved = archive.meetings().save(meeting);
        Meeting read = archive.meetings().findById(saved.id()).orElseThrow();

        assertThat(read).isEqualTo(saved);
        assertThat(read.uuid()).isEqualTo(meeting.uuid());
        assertThat(read.start()).isEqualTo(start);
        assertThat(read.zone()).isEqualTo(URUMQI);
        assertThat(read.delegation()).containsExactlyElementsOf(delegation);
        assertThat(archive.meetings().findAll()).containsExactly(saved);
    }

    @Test
    void updatingAMeetingReplacesItsDelegation() {
        OpenArchive archive = create("改", Side.CHINA, false);
        Place place = savePlace(archive, BISHKEK);
        List<Person> people = savePeople(archive, 4);
        DelegationMember kept = DelegationMember.of(people.get(0).id(), Side.CHINA, DelegationRole.REPRESENTATIVE);
        Meeting saved = archive.meetings().save(meeting(place, Instant.parse("2026-12-15T04:00:00Z"), List.of(kept,
                DelegationMember.of(people.get(1).id(), Side.CHINA, DelegationRole.DEPUTY),
                DelegationMember.of(people.get(2).id(), Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE))));

        List<DelegationMember> changed = List.of(
                DelegationMember.of(people.get(3).id(), Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE), kept);
        Meeting updated = archive.meetings().save(new Meeting(saved.id(), saved.uuid(), saved.level(),
                Bilingual.of("改期会谈", "Перенесённые переговоры"), saved.start(), saved.end(), saved.zone(),
                saved.placeId(), saved.hostSide(), MeetingStatus.POSTPONED, changed));

        assertThat(updated.id()).isEqualTo(saved.id());
        assertThat(archive.meetings().findAll()).singleElement().satisfies(read -> {
            assertThat(read.delegation()).containsExactlyElementsOf(changed);
            assertThat(read.title().ru()).isEqualTo("Перенесённые переговоры");
            assertThat(read.status()).isEqualTo(MeetingStatus.POSTPONED);
        });
    }

    @Test
    void updatingAMeetingCanEmptyItsDelegation() {
        OpenArchive archive = create("空", Side.CHINA, false);
        Place place = savePlace(archive, BISHKEK);
        List<Person> people = savePeople(archive, 1);
        Meeting saved = archive.meetings().save(meeting(place, Instant.parse("2026-12-15T04:00:00Z"),
                List.of(DelegationMember.of(people.get(0).id(), Side.CHINA, DelegationRole.REPRESENTATIVE))));

        archive.meetings().save(new Meeting(saved.id(), saved.uuid(), saved.level(), saved.title(), saved.start(),
                saved.end(), saved.zone(), saved.placeId(), saved.hostSide(), saved.status(), List.of()));

        assertThat(archive.meetings().findById(saved.id()).orElseThrow().delegation()).isEmpty();
    }

    @Test
    void recordsSurviveClosingAndReopening() {
        OpenArchive archive = create("持久", Side.KYRGYZSTAN, false);
        Place place = savePlace(archive, BISHKEK);
        List<Person> people = savePeople(archive, 2);
        Meeting meeting = archive.meetings().save(meeting(place, Instant.parse("2027-03-16T04:00:00Z"), List.of(
                DelegationMember.of(people.get(1).id(), Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE),
                DelegationMember.of(people.get(0).id(), Side.CHINA, DelegationRole.REPRESENTATIVE))));
        ArchiveInfo info = archive.info();
        archive.close();
        opened.remove(archive);

        OpenArchive reopened = open(folder);

        assertThat(reopened.info()).isEqualTo(info);
        assertThat(reopened.places().findAll()).containsExactly(place);
        assertThat(reopened.people().findAll()).containsExactlyInAnyOrderElementsOf(people);
        assertThat(reopened.meetings().findAll()).containsExactly(meeting);
    }

    @Test
    void meetingsAreListedEarliestFirstWhateverTheOrderTheyWereSavedIn() {
        OpenArchive archive = create("序", Side.CHINA, false);
        Place place = savePlace(archive, BISHKEK);
        List<Instant> starts = List.of(Instant.parse("2026-06-12T04:00:00Z"), Instant.parse("2018-10-16T04:00:00Z"),
                Instant.parse("2027-03-16T04:00:00Z"), Instant.parse("2024-03-11T04:00:00Z"),
                Instant.parse("2024-03-11T03:59:59Z"));
        starts.forEach(start -> archive.meetings().save(meeting(place, start, List.of())));

        assertThat(archive.meetings().findAll()).extracting(Meeting::start)
                .containsExactly(starts.stream().sorted().toArray(Instant[]::new));
    }

    @Test
    void aSecondProgramOpeningTheSameArchiveIsRefusedInOneLine() throws Exception {
        boolean finished = secondProgram.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            secondProgram.destroyForcibly();
        }

        assertThat(finished).as("the second program ends by itself").isTrue();
        String err = Files.readString(busyHome.resolve("child-err.txt"), StandardCharsets.UTF_8);
        assertThat(secondProgram.exitValue()).as("exit code; stderr: %s", err).isEqualTo(2);
        assertThat(err.lines().toList()).singleElement().asString()
                .contains("is already open")
                .contains(busyFolder.toAbsolutePath().toString());
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(busyHome.resolve("child-out.txt"), StandardCharsets.UTF_8)).isEmpty();
        assertThat(busyArchive.meetings().findAll()).as("the first program still works").isEmpty();
    }

    private OpenArchive create(String name, Side side, boolean sample) {
        OpenArchive archive = access.create(folder, name, side, sample, PASSPHRASE.clone());
        opened.add(archive);
        return archive;
    }

    private OpenArchive open(Path at) {
        OpenArchive archive = access.open(at, PASSPHRASE.clone());
        opened.add(archive);
        return archive;
    }

    private static Place station(String zh, String ru) {
        return Place.create(PlaceKind.MEETING_STATION, Side.CHINA, Bilingual.of(zh, ru), ZoneId.of("Asia/Shanghai"));
    }

    private static Place savePlace(OpenArchive archive, ZoneId zone) {
        return archive.places().save(Place.create(PlaceKind.MEETING_STATION, Side.KYRGYZSTAN,
                Bilingual.of("别迭里会晤站", "Пункт встреч «Бедел»"), zone));
    }

    private static List<Person> savePeople(OpenArchive archive, int count) {
        String[][] names = {{"王建国", "Ван Цзяньго"}, {"李明", "Ли Мин"},
                {"阿萨诺夫·努尔兰", "Асанов Нурлан"}, {"厄穆尔别科夫", "Өмүрбеков Нурсултан"}};
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Side side = i < 2 ? Side.CHINA : Side.KYRGYZSTAN;
            people.add(archive.people().save(Person.create(side, Bilingual.of(names[i][0], names[i][1]),
                    Bilingual.EMPTY, Bilingual.EMPTY)));
        }
        return people;
    }

    private static Meeting meeting(Place place, Instant start, List<DelegationMember> delegation) {
        return new Meeting(null, UUID.randomUUID(), MeetingLevel.TALKS, Bilingual.of("会谈", "Переговоры"), start,
                start.plusSeconds(4 * 3600), place.zone(), place.id(), place.side(), MeetingStatus.PLANNED,
                delegation);
    }
}
