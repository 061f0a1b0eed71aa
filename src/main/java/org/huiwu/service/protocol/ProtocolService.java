// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Attendee;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.protocol.Protocol;
import org.huiwu.domain.protocol.Original;
import org.huiwu.domain.protocol.ProtocolCode;
import org.huiwu.domain.protocol.SignedProtocol;
import org.huiwu.domain.protocol.SignedProtocolRepository;
import org.huiwu.domain.protocol.ProtocolNumber;
import org.huiwu.service.agenda.AgendaService;
import org.huiwu.service.minutes.MinutesService;
import org.huiwu.service.register.RegisterService;
import org.huiwu.service.schedule.ScheduleService;

/** Gathers what a meeting's protocol says from the record: the newest minutes version, agenda, decisions, people. */
public final class ProtocolService {

    /** Who acts (see {@link org.huiwu.service.access.Acting}); writes below check the actor's role first. */
    private java.util.function.Supplier<org.huiwu.domain.access.Actor> actor =
            org.huiwu.service.access.Acting.UNRESTRICTED;

    private final ScheduleService schedule;
    private final MinutesService minutes;
    private final AgendaService agenda;
    private final RegisterService registers;

    private final SignedProtocolRepository signed;
    private final Clock clock;
    private final org.huiwu.service.confidentiality.ConfidentialityService confidentiality;

    public ProtocolService(ScheduleService schedule, MinutesService minutes, AgendaService agenda,
                           RegisterService registers, SignedProtocolRepository signed, Clock clock,
                           org.huiwu.service.confidentiality.ConfidentialityService confidentiality) {
        this.confidentiality = confidentiality;
        this.schedule = schedule;
        this.minutes = minutes;
        this.agenda = agenda;
        this.registers = registers;
        this.signed = signed;
        this.clock = clock;
    }

    /** Where successful writes are recorded (the session's trail); nothing is recorded by default. */
    private org.huiwu.domain.audit.AuditTrail audit = org.huiwu.domain.audit.AuditTrail.NONE;

    private java.util.function.Supplier<org.huiwu.domain.audit.AuditAnchor> head =
            org.huiwu.domain.audit.AuditAnchor::empty;

    /** Where the trail's newest entry comes from, for the PDFs to carry (ADR 0007). */
    public ProtocolService anchoredTo(java.util.function.Supplier<org.huiwu.domain.audit.AuditAnchor> trailHead) {
        this.head = java.util.Objects.requireNonNull(trailHead, "trailHead");
        return this;
    }

    /** The audit trail's newest entry now: what a protocol PDF made now carries in its metadata. */
    public org.huiwu.domain.audit.AuditAnchor auditAnchor() {
        return head.get();
    }

    /** Records successful writes into the trail from now on. */
    public ProtocolService recordingTo(org.huiwu.domain.audit.AuditTrail trail) {
        this.audit = java.util.Objects.requireNonNull(trail, "trail");
        return this;
    }

    /** Acts for the session's user from now on: writes their role does not allow are refused. */
    public ProtocolService actingAs(java.util.function.Supplier<org.huiwu.domain.access.Actor> actor) {
        this.actor = java.util.Objects.requireNonNull(actor, "actor");
        return this;
    }

    /** Why a signed PDF is not kept. */
    public enum KeepRefusal { NOT_FROM_THIS_MEETING, NOT_FINAL, UNSIGNED }

    /** A signed PDF that cannot be kept for this meeting; nothing was stored. */
    public static final class KeepRefused extends RuntimeException {
        private final KeepRefusal refusal;

        KeepRefused(KeepRefusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public KeepRefusal refusal() {
            return refusal;
        }
    }

    /**
     * Keeps a signed original of the meeting's protocol in the archive, with its SHA-256. It must have been made
     * from one of the meeting's final minutes versions ({@code minutesSha256} is what the PDF says); that version
     * can no longer change afterwards.
     */
    public SignedProtocol keepSigned(long meetingId, byte[] pdf, Original original, int signatures,
                                     String minutesSha256) {
        actor.get().require(org.huiwu.domain.access.Permission.SIGN);
        if (signatures < 1) {
            throw new KeepRefused(KeepRefusal.UNSIGNED);
        }
        Minutes version = minutes.versions(meetingId).stream()
                .filter(v -> digest(v).equals(minutesSha256)).findFirst()
                .orElseThrow(() -> new KeepRefused(KeepRefusal.NOT_FROM_THIS_MEETING));
        if (!version.isFinal()) {
            throw new KeepRefused(KeepRefusal.NOT_FINAL);
        }
        SignedProtocol kept = signed.save(new SignedProtocol(java.util.UUID.randomUUID(), meetingId, version.uuid(),
                original, signatures, sha256(pdf), pdf.clone(), clock.instant()));
        audit.record(org.huiwu.domain.audit.AuditAction.SIGNED, "meeting:" + schedule.meeting(meetingId).uuid()
                + "/protocol", original.name() + " · " + signatures + " signature(s) · sha256 " + kept.sha256());
        return kept;
    }

    /**
     * Keeps a signed original in whichever meeting holds the minutes version it was made from; refused as
     * NOT_FROM_THIS_MEETING when no meeting of the archive does.
     */
    public SignedProtocol keepSigned(byte[] pdf, Original original, int signatures, String minutesSha256) {
        actor.get().require(org.huiwu.domain.access.Permission.SIGN);
        for (Meeting meeting : schedule.meetings()) {
            boolean holds = minutes.versions(meeting.id()).stream()
                    .anyMatch(v -> digest(v).equals(minutesSha256));
            if (holds) {
                return keepSigned(meeting.id(), pdf, original, signatures, minutesSha256);
            }
        }
        throw new KeepRefused(KeepRefusal.NOT_FROM_THIS_MEETING);
    }

    public List<SignedProtocol> signedProtocols(long meetingId) {
        return signed.ofMeeting(meetingId);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The protocol to export or print for a recipient: refused (before anything is written) to a role that may not,
     * and under Art. 4 when a third party would get the other side's information without its written consent
     * ({@link org.huiwu.domain.confidentiality.ReleaseRefusedException}). Audited either way; marked when it
     * contains information items.
     */
    public Protocol forExport(long meetingId, org.huiwu.domain.confidentiality.Recipient recipient,
                              org.huiwu.service.confidentiality.ConfidentialityService.Way way) {
        release(meetingId, recipient, way);
        return protocol(meetingId);
    }

    /**
     * Lets the meeting's protocol go to the recipient, or refuses (see {@link #forExport}); for a protocol already
     * at hand, e.g. the one previewed.
     */
    public org.huiwu.domain.confidentiality.Release release(long meetingId,
                                                            org.huiwu.domain.confidentiality.Recipient recipient,
                                                            org.huiwu.service.confidentiality.ConfidentialityService.Way way) {
        actor.get().require(org.huiwu.domain.access.Permission.PRINT_EXPORT);
        return confidentiality.release(material(meetingId), recipient, way);
    }

    /** What the protocol of the meeting carries, for Art. 4: its agenda items and the newest minutes' clauses. */
    public org.huiwu.service.confidentiality.Material material(long meetingId) {
        return org.huiwu.service.confidentiality.Material.ofMeeting(schedule.meeting(meetingId).uuid(),
                agenda.agenda(meetingId), minutes.current(meetingId));
    }


    /** The protocol of the meeting as its newest minutes version stands (a draft unless that version is final). */
    public Protocol protocol(long meetingId) {
        Meeting meeting = schedule.meeting(meetingId);
        Minutes version = minutes.current(meetingId);
        Map<Long, Person> people = registers.people().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Bilingual place = registers.places().stream().filter(p -> p.id() == meeting.placeId()).findFirst()
                .map(Place::name).orElse(Bilingual.EMPTY);
        List<Protocol.Participant> participants = new ArrayList<>();
        for (Attendee attendee : minutes.attendance(meetingId).attendees()) {
            Person person = people.get(attendee.personId());
            if (person != null) {
                participants.add(new Protocol.Participant(attendee.side(), person.name(),
                        person.post().isBlank() ? person.rank() : person.post(), attendee.role()));
            }
        }
        List<Protocol.Participant> signatories = new ArrayList<>();
        for (Side side : Side.values()) {
            participants.stream().filter(p -> p.side() == side)
                    .min(Comparator.comparing((Protocol.Participant p) -> p.role() != DelegationRole.REPRESENTATIVE))
                    .ifPresent(signatories::add);
        }
        List<Bilingual> clauses = version.pairs().stream()
                .map(pair -> Bilingual.of(pair.zh().text(), pair.ru().text())).toList();
        List<Protocol.DecisionLine> decisions = agenda.decisions(meetingId).stream()
                .map(d -> new Protocol.DecisionLine(d.text(), d.responsible(), d.due())).toList();
        // Art. 4: what contains information given by a side says so on every page, whoever it is for.
        boolean marked = !confidentiality.contained(material(meetingId)).isEmpty();
        return new Protocol(number(meeting), meeting.title(), meeting.level(), meeting.localStart().toLocalDate(),
                place, meeting.hostSide(), participants,
                agenda.agenda(meetingId).items().stream().map(item -> item.title()).toList(), clauses, decisions,
                !version.isFinal(), version.version(), digest(version), signatories, marked);
    }

    /**
     * Finds the record a paper copy was made from, by the SHA-256 in its code (not by the number, so a copy is
     * traced even when numbering changed), and says whether the archive's minutes still match it. When no version
     * matches, the number on the copy still names the meeting it claims to be.
     */
    public ProtocolTrace trace(ProtocolCode code) {
        for (Meeting meeting : schedule.meetings()) {
            List<Minutes> versions = minutes.versions(meeting.id());
            for (Minutes version : versions) {
                if (digest(version).equals(code.sha256())) {
                    int newest = versions.stream().mapToInt(Minutes::version).max().orElse(version.version());
                    return new ProtocolTrace(newest == version.version() ? ProtocolTrace.Verdict.CURRENT
                            : ProtocolTrace.Verdict.SUPERSEDED, code, meeting.id(), meeting.title(),
                            version.version(), newest, number(meeting).text());
                }
            }
        }
        for (Meeting meeting : schedule.meetings()) {
            if (number(meeting).text().equals(code.number())) {
                int newest = minutes.versions(meeting.id()).stream().mapToInt(Minutes::version).max().orElse(0);
                return new ProtocolTrace(ProtocolTrace.Verdict.CHANGED, code, meeting.id(), meeting.title(), 0,
                        newest, code.number());
            }
        }
        return ProtocolTrace.unknown(code);
    }

    /** The protocol of the meeting a code leads to (by the minutes' SHA-256, else by the number), if any. */
    public java.util.Optional<Protocol> protocolFor(ProtocolCode code) {
        ProtocolTrace found = trace(code);
        return found.verdict() == ProtocolTrace.Verdict.UNKNOWN ? java.util.Optional.empty()
                : java.util.Optional.of(protocol(found.meetingId()));
    }

    /** The meeting's place among the meetings of its level in its year, by start. */
    ProtocolNumber number(Meeting meeting) {
        int year = meeting.localStart().getYear();
        List<Meeting> sameYearAndLevel = schedule.meetings().stream()
                .filter(m -> m.level() == meeting.level() && m.localStart().getYear() == year)
                .sorted(Comparator.comparing(Meeting::start).thenComparing(m -> m.uuid().toString()))
                .toList();
        int sequence = 1;
        for (Meeting other : sameYearAndLevel) {
            if (other.uuid().equals(meeting.uuid())) {
                break;
            }
            sequence++;
        }
        return new ProtocolNumber(year, meeting.level(), sequence);
    }

    /**
     * The SHA-256 of a minutes version: its UUID, number and state, and each clause's two texts in order, each
     * field length-prefixed so that no two versions share an input.
     */
    public static String digest(Minutes version) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            field(sha, version.uuid().toString());
            field(sha, Integer.toString(version.version()));
            field(sha, version.state().name());
            for (AlignedPair pair : version.pairs()) {
                field(sha, pair.zh().text());
                field(sha, pair.ru().text());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void field(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }
}
