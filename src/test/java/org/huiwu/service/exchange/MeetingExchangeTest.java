// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.minutes.TextState;
import org.huiwu.service.ValidationException;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.exchange.MeetingPackage.MeetingEntry;
import org.huiwu.service.exchange.MeetingPackage.Version;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.store.H2ArchiveAccess;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, import and export again on real (encrypted H2) archives: the sample, and new empty ones. */
class MeetingExchangeTest {

    private static final H2ArchiveAccess ARCHIVES = new H2ArchiveAccess(KeyDerivation.forTests());

    @TempDir
    static Path shared;
    private static OpenArchive sample;

    @TempDir
    Path folder;

    @BeforeAll
    static void fillTheSample() {
        sample = ARCHIVES.create(shared.resolve("sample"), SampleArchive.NAME, Side.CHINA, true,
                SampleArchive.PASSPHRASE.toCharArray());
        SampleArchive.fill(sample);
    }

    @AfterAll
    static void closeTheSample() {
        sample.close();
    }

    @Test
    void meetingWithTwoVersionsExportedImportedIntoANewArchiveAndExportedAgainIsTheSame() {
        long id = meetingWithVersions(sample, 2);
        MeetingPackage exported = new MeetingExchange(sample).snapshot(id);
        assertThat(exported.minutes()).extracting(Version::version, Version::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, MinutesState.FINAL),
                        org.assertj.core.groups.Tuple.tuple(2, MinutesState.FINAL));
        assertThat(exported.agenda().items()).isNotEmpty();
        assertThat(exported.decisions()).isNotEmpty();
        assertThat(exported.attendance().recorded()).isTrue();

        try (OpenArchive other = newArchive("other")) {
            MeetingExchange.Imported imported = new MeetingExchange(other).importPackage(exported);
            MeetingPackage again = new MeetingExchange(other).snapshot(imported.meeting().id());

            assertThat(again).isEqualTo(exported);
            assertThat(imported.placeAdded()).isTrue();
            assertThat(imported.peopleAdded()).isEqualTo(exported.people().size());
            assertThat(other.minutes().versions(imported.meeting().id())).hasSize(2)
                    .allSatisfy(version -> assertThat(version.isFinal()).isTrue());
        }
    }

    @Test
    void draftWithStaleAndUnagreedTextsKeepsEveryTextStateAcrossTheRoundTrip() {
        long id = sample.meetings().findAll().stream()
                .filter(m -> sample.minutes().latest(m.id())
                        .map(v -> v.pairs().stream().anyMatch(p -> p.state(RecordLanguage.RU) == TextState.STALE))
                        .orElse(false))
                .findFirst().orElseThrow().id();
        MeetingPackage exported = new MeetingExchange(sample).snapshot(id);
        List<TextState> states = states(exported);
        assertThat(states).contains(TextState.AGREED, TextState.STALE, TextState.DRAFT);
        assertThat(exported.minutes()).singleElement().extracting(Version::state).isEqualTo(MinutesState.DRAFT);

        try (OpenArchive other = newArchive("other")) {
            long imported = new MeetingExchange(other).importPackage(exported).meeting().id();
            MeetingPackage again = new MeetingExchange(other).snapshot(imported);

            assertThat(again).isEqualTo(exported);
            assertThat(states(again)).isEqualTo(states);
        }
    }

    @Test
    void everySampleMeetingSurvivesTheRoundTripAndSharedPeopleAndPlacesAreReused() {
        try (OpenArchive other = newArchive("all")) {
            MeetingExchange from = new MeetingExchange(sample);
            MeetingExchange into = new MeetingExchange(other);
            int peopleAdded = 0;
            for (Meeting meeting : sample.meetings().findAll()) {
                MeetingPackage exported = from.snapshot(meeting.id());
                MeetingExchange.Imported imported = into.importPackage(exported);
                peopleAdded += imported.peopleAdded();

                assertThat(into.snapshot(imported.meeting().id())).as(meeting.title().joined()).isEqualTo(exported);
            }
            // Each person and place added once, then found again by UUID.
            assertThat(peopleAdded).isEqualTo(other.people().findAll().size());
            assertThat(other.people().findAll()).extracting(p -> p.uuid())
                    .doesNotHaveDuplicates()
                    .isSubsetOf(sample.people().findAll().stream().map(p -> p.uuid()).toList());
            assertThat(other.places().findAll()).extracting(p -> p.uuid()).doesNotHaveDuplicates();
            assertThat(other.meetings().findAll()).hasSameSizeAs(sample.meetings().findAll());
        }
    }

    @Test
    void importingIntoTheArchiveThatHasTheMeetingIsRefusedAndChangesNothing() {
        long id = meetingWithVersions(sample, 2);
        MeetingPackage exported = new MeetingExchange(sample).snapshot(id);
        Counts before = Counts.of(sample);

        assertThatThrownBy(() -> new MeetingExchange(sample).importPackage(exported))
                .isInstanceOfSatisfying(ExchangeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExchangeException.Reason.MEETING_EXISTS);
                    assertThat(e.messageKey()).isEqualTo("exchange.error.meetingExists");
                    assertThat(e.arguments()).containsExactly(exported.meeting().uuid().toString(),
                            String.valueOf(id));
                    assertThat(e.reason().alreadyThere()).isTrue();
                });
        assertThat(Counts.of(sample)).isEqualTo(before);
    }

    @Test
    void aCopyWithANewMeetingUuidButAnExistingVersionIsRefusedBeforeAnythingIsWritten() {
        MeetingPackage exported = new MeetingExchange(sample).snapshot(meetingWithVersions(sample, 2));
        MeetingPackage renamed = withMeetingUuid(exported, UUID.randomUUID());
        Counts before = Counts.of(sample);

        assertThatThrownBy(() -> new MeetingExchange(sample).importPackage(renamed))
                .isInstanceOfSatisfying(ExchangeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExchangeException.Reason.VERSION_EXISTS);
                    assertThat(e.arguments()).containsExactly(exported.minutes().get(0).uuid().toString(), "1");
                });
        assertThat(Counts.of(sample)).isEqualTo(before);
    }

    @Test
    void aCopyWithNewMeetingAndVersionUuidsButExistingAgendaItemsIsRefusedBeforeAnythingIsWritten() {
        MeetingPackage exported = new MeetingExchange(sample).snapshot(meetingWithVersions(sample, 2));
        MeetingPackage renamed = withMeetingUuid(exported, UUID.randomUUID());
        MeetingPackage copy = new MeetingPackage(renamed.meeting(), renamed.place(), renamed.people(),
                renamed.agenda(), renamed.decisions(), renamed.attendance(), renamed.minutes().stream()
                .map(v -> new Version(UUID.randomUUID(), v.version(), v.state(), v.pairs())).toList());
        Counts before = Counts.of(sample);

        assertThatThrownBy(() -> new MeetingExchange(sample).importPackage(copy))
                .isInstanceOfSatisfying(ExchangeException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExchangeException.Reason.RECORD_EXISTS));
        assertThat(Counts.of(sample)).isEqualTo(before);
    }

    @Test
    void aMeetingThatBreaksTheRulesOfAPlanIsRefusedAndNeitherPlaceNorPeopleAreAdded() {
        MeetingPackage exported = new MeetingExchange(sample).snapshot(meetingWithVersions(sample, 2));
        MeetingEntry m = exported.meeting();
        MeetingEntry endsBeforeItStarts = new MeetingEntry(m.uuid(), m.level(), m.title(), m.start(),
                m.start().minusSeconds(3600), m.zone(), m.place(), m.hostSide(), m.status(), m.delegation());
        MeetingPackage broken = new MeetingPackage(endsBeforeItStarts, exported.place(), exported.people(),
                exported.agenda(), exported.decisions(), exported.attendance(), exported.minutes());

        try (OpenArchive other = newArchive("rules")) {
            assertThatThrownBy(() -> new MeetingExchange(other).importPackage(broken))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.messageKey()).containsExactly("meeting.validation.endBeforeStart"));
            assertThat(Counts.of(other)).isEqualTo(new Counts(0, 0, 0, 0));
        }
    }

    @Test
    void exportOfAnUnknownMeetingSaysWhichId() {
        assertThatThrownBy(() -> new MeetingExchange(sample).snapshot(9_999))
                .isInstanceOfSatisfying(ExchangeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExchangeException.Reason.MEETING_NOT_FOUND);
                    assertThat(e.arguments()).containsExactly("9999");
                    assertThat(e.reason().alreadyThere()).isFalse();
                });
    }

    @Test
    void aFinalVersionWhoseClausesAreNotAllAgreedCannotBeBuilt() {
        MeetingPackage exported = new MeetingExchange(sample).snapshot(meetingWithVersions(sample, 2));
        Version first = exported.minutes().get(0);
        MeetingPackage.Pair pair = first.pairs().get(0);
        MeetingPackage.Pair edited = new MeetingPackage.Pair(pair.uuid(), pair.zh(),
                new MeetingPackage.Text("изменено", pair.ru().written(), pair.ru().agreement()));

        assertThatThrownBy(() -> new Version(first.uuid(), 1, MinutesState.FINAL, List.of(edited)))
                .isInstanceOf(IllegalArgumentException.class);
        // Not final, the same clause is simply a draft with a stale side.
        Version draft = new Version(first.uuid(), 1, MinutesState.AGREED, List.of(edited));
        assertThat(draft.state()).isEqualTo(MinutesState.DRAFT);
        assertThat(edited.state(RecordLanguage.ZH)).isEqualTo(TextState.STALE);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private OpenArchive newArchive(String name) {
        return ARCHIVES.create(folder.resolve(name), "Test " + name, Side.KYRGYZSTAN, false,
                "test-passphrase".toCharArray());
    }

    private static long meetingWithVersions(OpenArchive archive, int versions) {
        return archive.meetings().findAll().stream()
                .filter(m -> archive.minutes().versions(m.id()).size() == versions)
                .findFirst().orElseThrow().id();
    }

    private static List<TextState> states(MeetingPackage pack) {
        return pack.minutes().stream().flatMap(v -> v.pairs().stream())
                .flatMap(p -> java.util.stream.Stream.of(p.state(RecordLanguage.ZH), p.state(RecordLanguage.RU)))
                .toList();
    }

    private static MeetingPackage withMeetingUuid(MeetingPackage pack, UUID uuid) {
        MeetingEntry m = pack.meeting();
        return new MeetingPackage(new MeetingEntry(uuid, m.level(), m.title(), m.start(), m.end(), m.zone(),
                m.place(), m.hostSide(), m.status(), m.delegation()), pack.place(), pack.people(), pack.agenda(),
                pack.decisions(), pack.attendance(), pack.minutes());
    }

    /** What an import could add: meetings, minutes versions (of all meetings), people and places. */
    private record Counts(int meetings, int versions, int people, int places) {
        static Counts of(OpenArchive archive) {
            List<Meeting> meetings = archive.meetings().findAll();
            int versions = meetings.stream().mapToInt(m -> archive.minutes().versions(m.id()).size()).sum();
            return new Counts(meetings.size(), versions, archive.people().findAll().size(),
                    archive.places().findAll().size());
        }
    }
}
