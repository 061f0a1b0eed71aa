// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;

import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.Agreement;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.PairSide;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.minutes.TextState;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;

/**
 * One meeting with everything the two sides share about it, as it travels from one archive to another: the meeting
 * with its place and delegation, its agenda, decisions, attendance and every version of its minutes.
 *
 * <p>It holds no local key of any archive: records are named by their UUIDs, and the place and every person it refers
 * to travel with it (their {@code id} is null), so it can be read into an archive that has never seen them. Only
 * shared records belong here; whatever one side keeps for itself must never be added.
 *
 * @param place  the meeting's place; {@code meeting.place()} is its UUID
 * @param people everyone the meeting refers to (delegation, attendance, authors and agreements), each once
 */
public record MeetingPackage(MeetingEntry meeting, Place place, List<Person> people, Agenda agenda,
                             List<DecisionEntry> decisions, AttendanceEntry attendance, List<Version> minutes) {

    public MeetingPackage {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(attendance, "attendance");
        people = List.copyOf(people);
        decisions = List.copyOf(decisions);
        minutes = List.copyOf(minutes);
        if (!meeting.place().equals(place.uuid())) {
            throw new IllegalArgumentException("the meeting's place " + meeting.place() + " is not the package's "
                    + place.uuid());
        }
        Set<UUID> known = new HashSet<>();
        for (Person person : people) {
            if (!known.add(person.uuid())) {
                throw new IllegalArgumentException("person " + person.uuid() + " occurs twice");
            }
        }
        for (UUID referenced : referencedPeople(meeting, attendance, minutes)) {
            if (!known.contains(referenced)) {
                throw new IllegalArgumentException("person " + referenced + " is referred to but not included");
            }
        }
        Set<Integer> numbers = new HashSet<>();
        Set<UUID> versions = new HashSet<>();
        for (Version version : minutes) {
            if (!numbers.add(version.version()) || !versions.add(version.uuid())) {
                throw new IllegalArgumentException("version " + version.version() + " occurs twice");
            }
        }
    }

    /** Every person the meeting refers to, in the order first referred to: delegation, attendance, minutes. */
    public static Set<UUID> referencedPeople(MeetingEntry meeting, AttendanceEntry attendance, List<Version> minutes) {
        Set<UUID> referenced = new LinkedHashSet<>();
        meeting.delegation().forEach(member -> referenced.add(member.person()));
        attendance.attendees().forEach(attendee -> referenced.add(attendee.person()));
        for (Version version : minutes) {
            for (Pair pair : version.pairs()) {
                for (Text text : List.of(pair.zh(), pair.ru())) {
                    if (text.written() != null && text.written().author() != null) {
                        referenced.add(text.written().author());
                    }
                    if (text.agreement() != null) {
                        referenced.add(text.agreement().by());
                    }
                }
            }
        }
        return referenced;
    }

    /** The meeting itself; {@code place} is the UUID of the package's place. */
    public record MeetingEntry(UUID uuid, MeetingLevel level, Bilingual title, Instant start, Instant end,
                               ZoneId zone, UUID place, Side hostSide, MeetingStatus status,
                               List<Member> delegation) {
        public MeetingEntry {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(hostSide, "hostSide");
            Objects.requireNonNull(status, "status");
            delegation = List.copyOf(delegation);
        }
    }

    /** A place in one side's delegation: the person by UUID. */
    public record Member(UUID uuid, UUID person, Side side, DelegationRole role) {
        public Member {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(role, "role");
        }
    }

    /** A decision or action item of the meeting; {@code due} and {@code agendaItem} may be null. */
    public record DecisionEntry(UUID uuid, DecisionKind kind, Bilingual text, Responsibility responsible,
                                LocalDate due, DecisionStatus status, UUID agendaItem) {
        public DecisionEntry {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(responsible, "responsible");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * Who took part. "Not recorded" and "recorded as nobody" differ (until it is recorded the planned delegation
     * stands in), so the flag travels too; an unrecorded attendance has no attendees.
     */
    public record AttendanceEntry(boolean recorded, List<Attendee> attendees) {

        public static final AttendanceEntry NOT_RECORDED = new AttendanceEntry(false, List.of());

        public AttendanceEntry {
            attendees = List.copyOf(attendees);
            if (!recorded && !attendees.isEmpty()) {
                throw new IllegalArgumentException("an attendance that was not recorded has no attendees");
            }
            if (attendees.stream().map(Attendee::person).distinct().count() != attendees.size()) {
                throw new IllegalArgumentException("a person attends once");
            }
        }
    }

    public record Attendee(UUID person, Side side, DelegationRole role) {
        public Attendee {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * One version of the minutes. Only FINAL is a decision; otherwise the state follows from the pairs, as in
     * {@link Minutes}, which checks it here (a FINAL version must have every pair agreed by both sides).
     */
    public record Version(UUID uuid, int version, MinutesState state, List<Pair> pairs) {
        public Version {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(state, "state");
            pairs = List.copyOf(pairs);
            // The domain's own rules, with stand-in person keys: persons do not change whether a text is agreed.
            state = toMinutes(uuid, 0, version, state, pairs, person -> 0L).state();
        }

        /** The domain minutes of the meeting {@code meetingId}, persons resolved to local keys. */
        public Minutes toMinutes(long meetingId, ToLongFunction<UUID> personIds) {
            return toMinutes(uuid, meetingId, version, state, pairs, personIds);
        }

        private static Minutes toMinutes(UUID uuid, long meetingId, int version, MinutesState state,
                                         List<Pair> pairs, ToLongFunction<UUID> personIds) {
            return new Minutes(uuid, meetingId, version, state,
                    pairs.stream().map(pair -> pair.toDomain(personIds)).toList());
        }
    }

    /** One clause: its UUID (the same in every version) and both texts. Its number is its position. */
    public record Pair(UUID uuid, Text zh, Text ru) {
        public Pair {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(ru, "ru");
        }

        public Text text(RecordLanguage language) {
            return language == RecordLanguage.ZH ? zh : ru;
        }

        /** Draft, agreed or stale, by the domain's rule (derived, never carried as a fact). */
        public TextState state(RecordLanguage language) {
            return toDomain(person -> 0L).state(language);
        }

        AlignedPair toDomain(ToLongFunction<UUID> personIds) {
            return new AlignedPair(uuid, zh.toDomain(personIds), ru.toDomain(personIds));
        }
    }

    /** One language of a clause: the text, who last wrote it (null while never written) and its agreement. */
    public record Text(String text, Written written, Agreed agreement) {
        public Text {
            Objects.requireNonNull(text, "text");
            if (agreement != null && text.isBlank()) {
                throw new IllegalArgumentException("an empty text cannot be agreed");
            }
        }

        PairSide toDomain(ToLongFunction<UUID> personIds) {
            Provenance provenance = written == null ? null : new Provenance(written.side(),
                    written.author() == null ? null : personIds.applyAsLong(written.author()), written.at());
            Agreement agreed = agreement == null ? null
                    : new Agreement(personIds.applyAsLong(agreement.by()), agreement.at(), agreement.counterpartText());
            return new PairSide(text, provenance, agreed);
        }
    }

    /** Who last wrote a text: always the side, the person when known. */
    public record Written(Side side, UUID author, Instant at) {
        public Written {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The owning side's agreement: by whom, when, and the other language's text it was given against. */
    public record Agreed(UUID by, Instant at, String counterpartText) {
        public Agreed {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(counterpartText, "counterpartText");
        }
    }
}
