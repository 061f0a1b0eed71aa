// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.meeting.MeetingRules;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.person.PersonRepository;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.domain.place.PlaceRepository;
import org.huiwu.domain.schedule.LeadershipRotation.LeadershipProposal;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.schedule.ScheduleService;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SampleArchiveTest {

    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"),
            ZoneId.of("Asia/Bishkek"));

    private static MemoryArchive archive;
    private static int planned;

    @BeforeAll
    static void fillTheSample() {
        archive = new MemoryArchive();
        planned = SampleArchive.fill(archive);
    }

    @Test
    void sampleHoldsTwentyThreeMeetingsAndSaysSo() {
        assertThat(planned).isEqualTo(23);
        assertThat(archive.meetings().findAll()).hasSize(23);
    }

    @ParameterizedTest
    @EnumSource(MeetingLevel.class)
    void sampleHasMeetingsOfEveryLevel(MeetingLevel level) {
        assertThat(archive.meetings().findAll()).anyMatch(meeting -> meeting.level() == level);
    }

    @ParameterizedTest
    @EnumSource(MeetingStatus.class)
    void sampleShowsEveryStatus(MeetingStatus status) {
        assertThat(archive.meetings().findAll()).anyMatch(meeting -> meeting.status() == status);
    }

    @Test
    void bothCapitalsAndMeetingStationsOfBothSidesAreInTheRegister() {
        List<Place> places = archive.places().findAll();

        assertThat(places).filteredOn(place -> place.kind() == PlaceKind.CAPITAL)
                .extracting(place -> place.name().zh(), Place::side, Place::zone)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("北京", Side.CHINA, ZoneId.of("Asia/Shanghai")),
                        Tuple.tuple("比什凯克", Side.KYRGYZSTAN, ZoneId.of("Asia/Bishkek")));
        assertThat(places).filteredOn(place -> place.kind() == PlaceKind.MEETING_STATION)
                .extracting(Place::side).contains(Side.CHINA, Side.KYRGYZSTAN);
        assertThat(places).allSatisfy(place -> assertThat(place.name().isComplete()).isTrue());
    }

    @Test
    void talksAreHeldAtMeetingStationsAndLeadershipMeetingsInTheCapitals() {
        Map<Long, Place> places = placesById();

        assertThat(archive.meetings().findAll()).allSatisfy(meeting -> {
            PlaceKind kind = places.get(meeting.placeId()).kind();
            switch (meeting.level()) {
                case LEADERSHIP -> assertThat(kind).isEqualTo(PlaceKind.CAPITAL);
                case WORKING -> assertThat(kind).isEqualTo(PlaceKind.BORDER_CITY);
                case TALKS -> assertThat(kind).isEqualTo(PlaceKind.MEETING_STATION);
            }
            assertThat(meeting.zone()).isEqualTo(places.get(meeting.placeId()).zone());
            assertThat(meeting.hostSide()).isEqualTo(places.get(meeting.placeId()).side());
        });
    }

    @Test
    void peopleOfBothSidesAreNamedInBothScripts() {
        List<Person> people = archive.people().findAll();

        assertThat(people).extracting(Person::side).contains(Side.CHINA, Side.KYRGYZSTAN);
        assertThat(people).allSatisfy(person -> {
            assertThat(person.name().zh()).matches(".*\\p{IsHan}.*");
            assertThat(person.name().ru()).matches(".*\\p{IsCyrillic}.*");
        });
    }

    @Test
    void kyrgyzNamesUseTheLettersRussianLacks() {
        String kyrgyzNames = archive.people().findAll().stream()
                .filter(person -> person.side() == Side.KYRGYZSTAN)
                .map(person -> person.name().ru())
                .collect(Collectors.joining(" "));

        assertThat(kyrgyzNames).containsIgnoringCase("ң").containsIgnoringCase("ө").containsIgnoringCase("ү");
    }

    @Test
    void everyMeetingHasARepresentativeOfEachSideAndBreaksNoRule() {
        Map<Long, Person> people = archive.people().findAll().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));

        assertThat(archive.meetings().findAll()).allSatisfy(meeting -> {
            for (Side side : Side.values()) {
                List<DelegationMember> members = meeting.delegationOf(side);
                assertThat(members).isNotEmpty();
                assertThat(members.get(0).role()).isEqualTo(DelegationRole.REPRESENTATIVE);
                assertThat(members).allSatisfy(member -> assertThat(people.get(member.personId()).side())
                        .isEqualTo(side));
            }
            assertThat(MeetingRules.check(meeting)).isEmpty();
        });
    }

    @Test
    void leadershipProposalIsSixteenSeptember2027InBishkekHostedByKyrgyzstan() {
        ScheduleService schedule = new ScheduleService(archive.meetings(), archive.places(), NOVEMBER_2026);

        Optional<LeadershipProposal> proposal = schedule.leadershipProposal();

        assertThat(proposal).hasValueSatisfying(next -> {
            assertThat(next.dueDate()).isEqualTo(LocalDate.of(2027, 9, 16));
            assertThat(next.hostSide()).isEqualTo(Side.KYRGYZSTAN);
            assertThat(next.place().name().zh()).isEqualTo("比什凯克");
            assertThat(next.place().name().ru()).isEqualTo("Бишкек");
            assertThat(next.previous().localStart().toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 16));
            assertThat(next.overdue()).isFalse();
        });
    }

    @Test
    void postponedTalksLieAheadAndNothingIsOverdueOnTheTwentySeventhOfNovember() {
        ScheduleService schedule = new ScheduleService(archive.meetings(), archive.places(), NOVEMBER_2026);

        assertThat(schedule.meetings()).filteredOn(schedule::isOverdue).isEmpty();
        assertThat(schedule.meetings()).filteredOn(m -> m.status() == MeetingStatus.POSTPONED)
                .singleElement()
                .satisfies(meeting -> {
                    assertThat(meeting.level()).isEqualTo(MeetingLevel.TALKS);
                    assertThat(meeting.start()).isAfter(NOVEMBER_2026.instant());
                });
    }

    private static Map<Long, Place> placesById() {
        return archive.places().findAll().stream().collect(Collectors.toMap(Place::id, Function.identity()));
    }

    /** An archive in memory: ids handed out in order, meetings listed earliest first like the store does. */
    @Test
    void theLastFinalTalksCarryKyrgyzInformationConsentedForOneThirdPartyButNotTheOsce() {
        var meeting = archive.meetings().findAll().stream()
                .filter(m -> archive.minutes().latest(m.id()).map(v -> v.isFinal()).orElse(false))
                .max(java.util.Comparator.comparing(Meeting::start)).orElseThrow();
        var material = org.huiwu.service.confidentiality.Material.ofMeeting(meeting.uuid(),
                archive.agendas().of(meeting.id()), archive.minutes().latest(meeting.id()).orElseThrow());
        var gate = new org.huiwu.service.confidentiality.ConfidentialityService(archive.confidentiality(),
                Side.CHINA, NOVEMBER_2026, org.huiwu.service.access.Acting.UNRESTRICTED, (a, s, d) -> { });

        assertThat(archive.confidentiality().items()).hasSize(4)
                .extracting(org.huiwu.domain.confidentiality.InformationItem::providingSide)
                .contains(Side.CHINA, Side.KYRGYZSTAN);
        assertThat(gate.contained(material)).hasSize(3);
        assertThat(archive.confidentiality().consents()).singleElement()
                .satisfies(c -> assertThat(c.thirdParty()).isEqualTo(SampleConfidentiality.CONSENTED_PARTY));
        assertThat(gate.release(material, org.huiwu.domain.confidentiality.Recipient.thirdParty(
                SampleConfidentiality.CONSENTED_PARTY), org.huiwu.service.confidentiality.ConfidentialityService.Way
                .EXPORT).marked()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gate.release(material,
                        org.huiwu.domain.confidentiality.Recipient.thirdParty("OSCE"),
                        org.huiwu.service.confidentiality.ConfidentialityService.Way.EXPORT))
                .isInstanceOfSatisfying(org.huiwu.domain.confidentiality.ReleaseRefusedException.class,
                        refused -> assertThat(refused.release().unconsented()).hasSize(2));
    }

    private static final class MemoryArchive implements OpenArchive {
        private final org.huiwu.domain.audit.AuditRepository audit =
                new org.huiwu.domain.audit.MemoryAuditRepository();
        private final Map<Long, Place> places = new LinkedHashMap<>();
        private final Map<Long, Person> people = new LinkedHashMap<>();
        private final Map<Long, Meeting> meetings = new LinkedHashMap<>();
        private final MemoryMeetingRecords.Agendas agendas = new MemoryMeetingRecords.Agendas();
        private final MemoryMeetingRecords.Decisions decisions = new MemoryMeetingRecords.Decisions(
                id -> meetings.get(id).start());
        private final MemoryMeetingRecords.Attendances attendance = new MemoryMeetingRecords.Attendances();
        private final org.huiwu.service.minutes.MemoryMinutesVersions minutes =
                new org.huiwu.service.minutes.MemoryMinutesVersions();
        private final org.huiwu.service.parity.InMemoryTerms terms = new org.huiwu.service.parity.InMemoryTerms();
        private final org.huiwu.service.note.InMemoryNotes notes = new org.huiwu.service.note.InMemoryNotes();
        private final org.huiwu.service.confidentiality.InMemoryConfidentiality confidentiality =
                new org.huiwu.service.confidentiality.InMemoryConfidentiality();
        private long nextId = 1;

        @Override
        public ArchiveInfo info() {
            return new ArchiveInfo(java.util.UUID.randomUUID(), SampleArchive.NAME, Side.CHINA, true, Instant.EPOCH);
        }

        @Override
        public java.nio.file.Path folder() {
            return java.nio.file.Path.of("memory");
        }

        @Override
        public org.huiwu.domain.confidentiality.ConfidentialityRepository confidentiality() {
            return confidentiality;
        }

        @Override
        public org.huiwu.domain.minutes.MinutesRepository minutes() {
            return minutes;
        }

        @Override
        public org.huiwu.domain.agenda.AgendaRepository agendas() {
            return agendas;
        }

        @Override
        public org.huiwu.domain.decision.DecisionRepository decisions() {
            return decisions;
        }

        @Override
        public org.huiwu.domain.meeting.AttendanceRepository attendance() {
            return attendance;
        }

        @Override
        public org.huiwu.domain.parity.TermRepository terms() {
            return terms;
        }

        @Override
        public org.huiwu.domain.parity.DismissalRepository dismissals() {
            return new org.huiwu.domain.parity.DismissalRepository() {
                @Override
                public List<org.huiwu.domain.parity.Dismissal> ofMeeting(long meetingId) {
                    return List.of();
                }

                @Override
                public org.huiwu.domain.parity.Dismissal save(long meetingId,
                                                              org.huiwu.domain.parity.Dismissal dismissal) {
                    throw new UnsupportedOperationException("the sample makes no dismissals");
                }

                @Override
                public void remove(long meetingId, java.util.UUID pair, String fingerprint) {
                    throw new UnsupportedOperationException("the sample makes no dismissals");
                }
            };
        }

        @Override
        public org.huiwu.domain.protocol.SignedProtocolRepository signedProtocols() {
            throw new UnsupportedOperationException("the sample signs nothing");
        }

        @Override
        public org.huiwu.domain.protocol.TrustedCertificateRepository trustedCertificates() {
            throw new UnsupportedOperationException("the sample trusts nothing");
        }

        @Override
        public org.huiwu.domain.note.PrivateNoteRepository notes() {
            return notes;
        }

        @Override
        public org.huiwu.domain.audit.AuditRepository audit() {
            return audit;
        }

        @Override
        public PlaceRepository places() {
            return new PlaceRepository() {
                @Override
                public List<Place> findAll() {
                    return List.copyOf(places.values());
                }

                @Override
                public Optional<Place> findById(long id) {
                    return Optional.ofNullable(places.get(id));
                }

                @Override
                public Place save(Place place) {
                    Place saved = place.withId(place.id() == null ? nextId++ : place.id());
                    places.put(saved.id(), saved);
                    return saved;
                }
            };
        }

        @Override
        public PersonRepository people() {
            return new PersonRepository() {
                @Override
                public List<Person> findAll() {
                    return List.copyOf(people.values());
                }

                @Override
                public Optional<Person> findById(long id) {
                    return Optional.ofNullable(people.get(id));
                }

                @Override
                public Person save(Person person) {
                    Person saved = person.withId(person.id() == null ? nextId++ : person.id());
                    people.put(saved.id(), saved);
                    return saved;
                }
            };
        }

        @Override
        public MeetingRepository meetings() {
            return new MeetingRepository() {
                @Override
                public List<Meeting> findAll() {
                    List<Meeting> all = new ArrayList<>(meetings.values());
                    all.sort(Comparator.comparing(Meeting::start).thenComparing(Meeting::id));
                    return all;
                }

                @Override
                public Optional<Meeting> findById(long id) {
                    return Optional.ofNullable(meetings.get(id));
                }

                @Override
                public Meeting save(Meeting meeting) {
                    Meeting saved = meeting.withId(meeting.id() == null ? nextId++ : meeting.id());
                    meetings.put(saved.id(), saved);
                    return saved;
                }
            };
        }

        @Override
        public void onMeetingSaved(java.util.function.Consumer<java.util.UUID> listener) {
        }

        @Override
        public org.huiwu.service.search.SearchIndex searchIndex() {
            throw new UnsupportedOperationException("no search index in memory");
        }

        @Override
        public void close() {
        }
    }
}
