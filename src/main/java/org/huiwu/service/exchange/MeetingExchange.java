// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.common.Violation;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingRules;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.PairSide;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.service.ValidationException;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.exchange.MeetingPackage.Agreed;
import org.huiwu.service.exchange.MeetingPackage.AttendanceEntry;
import org.huiwu.service.exchange.MeetingPackage.DecisionEntry;
import org.huiwu.service.exchange.MeetingPackage.MeetingEntry;
import org.huiwu.service.exchange.MeetingPackage.Member;
import org.huiwu.service.exchange.MeetingPackage.Pair;
import org.huiwu.service.exchange.MeetingPackage.Text;
import org.huiwu.service.exchange.MeetingPackage.Version;
import org.huiwu.service.exchange.MeetingPackage.Written;

/**
 * Takes a meeting out of an archive as a {@link MeetingPackage} and reads one into an archive, e.g. to hand it to
 * the other side's archive. Records keep their UUIDs both ways, so a meeting exported, imported and exported again
 * is the same package.
 *
 * <p>An import adds a meeting the archive does not have. It checks everything before it writes anything: a meeting,
 * minutes version or other record whose UUID the archive already holds is refused, as are broken rules. The place and
 * people are matched by UUID: those the archive has are used as they are there, the others are added.
 */
public class MeetingExchange {

    private final OpenArchive archive;

    public MeetingExchange(OpenArchive archive) {
        this.archive = Objects.requireNonNull(archive, "archive");
    }

    /** A package allowed to leave for a recipient, and whether it carries the Art. 4 marking. */
    public record Released(MeetingPackage pack, org.huiwu.domain.confidentiality.Release release) {
    }

    /**
     * The meeting's package for a recipient: refused under Art. 4 (ReleaseRefusedException, audited) when a third
     * party would get the other side's information without its consent; the package carries the agenda and every
     * minutes version, so an item linked to any of them is in it.
     */
    public Released export(long meetingId, org.huiwu.domain.confidentiality.Recipient recipient,
                           org.huiwu.service.confidentiality.ConfidentialityService gate) {
        MeetingPackage pack = snapshot(meetingId);
        Set<UUID> clauses = pack.minutes().stream().flatMap(v -> v.pairs().stream()).map(Pair::uuid)
                .collect(Collectors.toSet());
        Set<UUID> items = pack.agenda().items().stream().map(AgendaItem::uuid).collect(Collectors.toSet());
        return new Released(pack, gate.release(new org.huiwu.service.confidentiality.Material(
                "meeting:" + pack.meeting().uuid(), items, clauses), recipient,
                org.huiwu.service.confidentiality.ConfidentialityService.Way.EXPORT));
    }

    /**
     * The meeting with the local id {@code meetingId} and everything shared about it, as it stands. Not public:
     * whatever leaves the archive goes through the Art. 4 gate of {@link #export(long,
     * org.huiwu.domain.confidentiality.Recipient, org.huiwu.service.confidentiality.ConfidentialityService)}.
     */
    MeetingPackage snapshot(long meetingId) {
        archive.users().openedBy().actor().require(org.huiwu.domain.access.Permission.PRINT_EXPORT);
        Meeting meeting = archive.meetings().findById(meetingId)
                .orElseThrow(() -> new ExchangeException(ExchangeException.Reason.MEETING_NOT_FOUND,
                        String.valueOf(meetingId)));
        Place place = archive.places().findById(meeting.placeId()).orElseThrow(() -> new IllegalStateException(
                "meeting " + meeting.uuid() + " refers to place " + meeting.placeId() + ", which is not stored"));
        Map<Long, Person> register = archive.people().findAll().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Function<Long, UUID> personUuid = id -> {
            Person person = register.get(id);
            if (person == null) {
                throw new IllegalStateException("meeting " + meeting.uuid() + " refers to person " + id
                        + ", who is not stored");
            }
            return person.uuid();
        };

        MeetingEntry entry = new MeetingEntry(meeting.uuid(), meeting.level(), meeting.title(), meeting.start(),
                meeting.end(), meeting.zone(), place.uuid(), meeting.hostSide(), meeting.status(),
                meeting.delegation().stream().map(member -> new Member(member.uuid(),
                        personUuid.apply(member.personId()), member.side(), member.role())).toList());
        List<DecisionEntry> decisions = archive.decisions().ofMeeting(meetingId).stream()
                .map(d -> new DecisionEntry(d.uuid(), d.kind(), d.text(), d.responsible(), d.due(), d.status(),
                        d.agendaItem()))
                .toList();
        AttendanceEntry attendance = archive.attendance().of(meetingId)
                .map(recorded -> new AttendanceEntry(true, recorded.attendees().stream()
                        .map(a -> new MeetingPackage.Attendee(personUuid.apply(a.personId()), a.side(), a.role()))
                        .toList()))
                .orElse(AttendanceEntry.NOT_RECORDED);
        List<Version> versions = archive.minutes().versions(meetingId).stream()
                .sorted(Comparator.comparingInt(Minutes::version))
                .map(minutes -> new Version(minutes.uuid(), minutes.version(), minutes.state(),
                        minutes.pairs().stream().map(pair -> pair(pair, personUuid)).toList()))
                .toList();

        Map<UUID, Person> byUuid = register.values().stream()
                .collect(Collectors.toMap(Person::uuid, Function.identity()));
        List<Person> people = MeetingPackage.referencedPeople(entry, attendance, versions).stream()
                .map(uuid -> withoutKey(byUuid.get(uuid)))
                .toList();
        return new MeetingPackage(entry, withoutKey(place), people, archive.agendas().of(meetingId), decisions,
                attendance, versions);
    }

    /**
     * Adds the package's meeting to the archive with its agenda, decisions, attendance and minutes, and the place
     * and people it lacks. Refuses with an {@link ExchangeException} when the archive already holds the meeting or
     * any record of it, and with a {@link ValidationException} when the meeting breaks the rules of a plan; either
     * way nothing was written.
     */
    public Imported importPackage(MeetingPackage pack) {
        archive.users().openedBy().actor().require(org.huiwu.domain.access.Permission.DRAFT);
        Objects.requireNonNull(pack, "pack");
        refuseWhatIsThereAlready(pack);
        Optional<Place> knownPlace = archive.places().findAll().stream()
                .filter(place -> place.uuid().equals(pack.place().uuid())).findFirst();
        Map<UUID, Person> knownPeople = archive.people().findAll().stream()
                .collect(Collectors.toMap(Person::uuid, Function.identity()));
        checkRules(pack, knownPlace.isPresent(), knownPeople.keySet());
        // Minutes are checked while the package is built; build them once more here so a failure writes nothing.
        pack.minutes().forEach(version -> version.toMinutes(0, person -> 0L));

        // Everything checked: write, registers first (the meeting refers to them).
        Place place = knownPlace.orElseGet(() -> archive.places().save(pack.place()));
        Map<UUID, Long> personIds = new HashMap<>();
        int peopleAdded = 0;
        for (Person person : pack.people()) {
            Person stored = knownPeople.get(person.uuid());
            if (stored == null) {
                stored = archive.people().save(person);
                peopleAdded++;
            }
            personIds.put(person.uuid(), stored.id());
        }
        MeetingEntry entry = pack.meeting();
        Meeting meeting = archive.meetings().save(toMeeting(entry, place.id(), personIds));
        long meetingId = meeting.id();
        if (!pack.agenda().items().isEmpty()) {
            archive.agendas().save(meetingId, pack.agenda());
        }
        if (!pack.decisions().isEmpty()) {
            archive.decisions().saveAll(meetingId, pack.decisions().stream()
                    .map(d -> new Decision(d.uuid(), meetingId, d.kind(), d.text(), d.responsible(), d.due(),
                            d.status(), d.agendaItem()))
                    .toList());
        }
        if (pack.attendance().recorded()) {
            archive.attendance().save(meetingId, new Attendance(pack.attendance().attendees().stream()
                    .map(a -> new org.huiwu.domain.meeting.Attendee(personIds.get(a.person()), a.side(), a.role()))
                    .toList()));
        }
        pack.minutes().stream().sorted(Comparator.comparingInt(Version::version))
                .forEach(version -> archive.minutes().save(version.toMinutes(meetingId, personIds::get)));
        return new Imported(meeting, knownPlace.isEmpty(), peopleAdded);
    }

    /** What an import did: the meeting as stored (with its new local id) and what the registers gained. */
    public record Imported(Meeting meeting, boolean placeAdded, int peopleAdded) {
    }

    private void refuseWhatIsThereAlready(MeetingPackage pack) {
        List<Meeting> meetings = archive.meetings().findAll();
        for (Meeting existing : meetings) {
            if (existing.uuid().equals(pack.meeting().uuid())) {
                throw new ExchangeException(ExchangeException.Reason.MEETING_EXISTS, existing.uuid().toString(),
                        String.valueOf(existing.id()));
            }
        }
        for (Version version : pack.minutes()) {
            if (archive.minutes().storedState(version.uuid()).isPresent()) {
                throw new ExchangeException(ExchangeException.Reason.VERSION_EXISTS, version.uuid().toString(),
                        String.valueOf(version.version()));
            }
        }
        // UUIDs of delegation places, agenda items and decisions are unique in an archive, too; a package with a
        // new meeting UUID but old records (a hand-edited copy) would otherwise fail halfway through writing.
        Set<UUID> held = new HashSet<>();
        for (Meeting existing : meetings) {
            existing.delegation().forEach(member -> held.add(member.uuid()));
            archive.agendas().of(existing.id()).items().forEach(item -> held.add(item.uuid()));
        }
        List<UUID> incoming = new ArrayList<>();
        pack.meeting().delegation().forEach(member -> incoming.add(member.uuid()));
        pack.agenda().items().forEach(item -> incoming.add(item.uuid()));
        for (UUID uuid : incoming) {
            if (held.contains(uuid)) {
                throw new ExchangeException(ExchangeException.Reason.RECORD_EXISTS, uuid.toString());
            }
        }
        for (DecisionEntry decision : pack.decisions()) {
            if (archive.decisions().find(decision.uuid()).isPresent()) {
                throw new ExchangeException(ExchangeException.Reason.RECORD_EXISTS, decision.uuid().toString());
            }
        }
    }

    /** The rules a plan and the registers keep elsewhere, checked before anything is written. */
    private void checkRules(MeetingPackage pack, boolean placeKnown, Set<UUID> knownPeople) {
        List<Violation> violations = new ArrayList<>();
        if (!placeKnown && !pack.place().name().isComplete()) {
            violations.add(new Violation("place", "register.validation.bothNames"));
        }
        for (Person person : pack.people()) {
            if (!knownPeople.contains(person.uuid()) && !person.name().isComplete()) {
                violations.add(new Violation("people", "register.validation.bothNames"));
                break;
            }
        }
        // Stand-in keys: the rules compare persons with each other, never with the register.
        Map<UUID, Long> standIns = new LinkedHashMap<>();
        pack.people().forEach(person -> standIns.put(person.uuid(), (long) standIns.size()));
        violations.addAll(MeetingRules.check(toMeeting(pack.meeting(), 0, standIns)));
        // The store keeps these UUIDs unique; the domain records do not check it for lists of them.
        if (repeats(pack.meeting().delegation().stream().map(Member::uuid).toList())) {
            violations.add(new Violation("delegation", "exchange.validation.twice"));
        }
        if (repeats(pack.agenda().items().stream().map(AgendaItem::uuid).toList())) {
            violations.add(new Violation("agenda", "exchange.validation.twice"));
        }
        if (repeats(pack.decisions().stream().map(DecisionEntry::uuid).toList())) {
            violations.add(new Violation("decisions", "exchange.validation.twice"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static boolean repeats(List<UUID> uuids) {
        return new HashSet<>(uuids).size() != uuids.size();
    }

    private static Meeting toMeeting(MeetingEntry entry, long placeId, Map<UUID, Long> personIds) {
        List<DelegationMember> delegation = entry.delegation().stream()
                .map(member -> new DelegationMember(member.uuid(), personIds.get(member.person()), member.side(),
                        member.role()))
                .toList();
        return new Meeting(null, entry.uuid(), entry.level(), entry.title(), entry.start(), entry.end(),
                entry.zone(), placeId, entry.hostSide(), entry.status(), delegation);
    }

    private static Pair pair(AlignedPair pair, Function<Long, UUID> personUuid) {
        return new Pair(pair.uuid(), text(pair.zh(), personUuid), text(pair.ru(), personUuid));
    }

    private static Text text(PairSide side, Function<Long, UUID> personUuid) {
        Written written = side.provenance() == null ? null : new Written(side.provenance().writtenBy(),
                side.provenance().authorPersonId() == null ? null
                        : personUuid.apply(side.provenance().authorPersonId()),
                side.provenance().writtenAt());
        Agreed agreed = side.agreement() == null ? null : new Agreed(personUuid.apply(side.agreement().personId()),
                side.agreement().at(), side.agreement().counterpartText());
        return new Text(side.text(), written, agreed);
    }

    /** Local keys mean nothing in another archive. */
    private static Person withoutKey(Person person) {
        return new Person(null, person.uuid(), person.side(), person.name(), person.rank(), person.post());
    }

    private static Place withoutKey(Place place) {
        return new Place(null, place.uuid(), place.kind(), place.side(), place.name(), place.zone());
    }
}
