// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.Agreement;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.PairSide;
import org.huiwu.domain.minutes.Provenance;
import org.huiwu.domain.parity.Dismissal;
import org.huiwu.domain.parity.Term;
import org.huiwu.domain.parity.TermOrigin;
import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;

/**
 * A saved record as a journal entry: the whole record (an upsert keyed by its UUID, so replaying it twice is
 * harmless), with references to other records by UUID, since local keys may differ after a replay. A meeting's
 * agenda, decisions and attendance are one entry each, the whole list: their saves replace the meeting's list, and
 * so does the replay. Minutes may also be journaled as a change ({@link #MINUTES_DELTA}) against the version as the
 * journal held it before, which a replay in order has just rebuilt.
 */
final class RecordCodec {

    static final byte PLACE = 1;
    static final byte PERSON = 2;
    static final byte MEETING = 3;
    static final byte MINUTES = 4;
    static final byte AGENDA = 5;
    static final byte DECISIONS = 6;
    static final byte ATTENDANCE = 7;
    static final byte MINUTES_DELTA = 8;
    /** Termbase entries saved at once (one for an edit, many for the seed or an import). */
    static final byte TERMS = 9;
    /** A termbase entry deleted: the tombstone a replay deletes it by, so a lost delete does not bring it back. */
    static final byte TERM_DELETED = 10;
    /** A parity finding dismissed, or (DISMISSAL_REMOVED) opened again. */
    static final byte DISMISSAL = 11;
    static final byte DISMISSAL_REMOVED = 12;
    /** A signed protocol kept, with its PDF. */
    static final byte SIGNED_PROTOCOL = 13;
    /** A certificate trusted for verification, or (TRUST_REMOVED) no longer. */
    static final byte TRUSTED_CERTIFICATE = 14;
    static final byte TRUST_REMOVED = 15;
    /** A private note saved (whole), or (NOTE_REMOVED) deleted: the tombstone keeps a lost delete from undoing. */
    static final byte NOTE = 16;
    static final byte NOTE_REMOVED = 17;
    /** A user of the archive saved (whole: added, role changed), or (USER_REMOVED) removed at an instant. */
    static final byte USER = 18;
    static final byte USER_REMOVED = 19;
    /** An entry appended to the audit trail, whole with its hash (21–23 belong to the Art. 4 registers). */
    static final byte AUDIT_ENTRY = 20;
    /** An Art. 4 information item saved whole, with its links (20 is the audit trail's). */
    static final byte INFORMATION_ITEM = 21;
    /** A consent to disclosure saved whole, with its scope. */
    static final byte CONSENT = 22;
    private static final byte FORMAT = 1;

    private RecordCodec() {
    }

    static byte[] place(Place place) {
        return write(PLACE, out -> {
            uuid(out, place.uuid());
            out.writeUTF(place.kind().name());
            out.writeUTF(place.side().code());
            bilingual(out, place.name());
            out.writeUTF(place.zone().getId());
        });
    }

    static byte[] person(Person person) {
        return write(PERSON, out -> {
            uuid(out, person.uuid());
            out.writeUTF(person.side().code());
            bilingual(out, person.name());
            bilingual(out, person.rank());
            bilingual(out, person.post());
        });
    }

    /** References to the place and the delegation's people are written as their UUIDs. */
    static byte[] meeting(Meeting meeting, Function<Long, UUID> placeUuid, Function<Long, UUID> personUuid) {
        return write(MEETING, out -> {
            uuid(out, meeting.uuid());
            out.writeUTF(meeting.level().name());
            bilingual(out, meeting.title());
            instant(out, meeting.start());
            instant(out, meeting.end());
            out.writeUTF(meeting.zone().getId());
            uuid(out, placeUuid.apply(meeting.placeId()));
            out.writeUTF(meeting.hostSide().code());
            out.writeUTF(meeting.status().name());
            out.writeInt(meeting.delegation().size());
            for (DelegationMember member : meeting.delegation()) {
                uuid(out, member.uuid());
                uuid(out, personUuid.apply(member.personId()));
                out.writeUTF(member.side().code());
                out.writeUTF(member.role().name());
            }
        });
    }

    /** A version of minutes, whole; the meeting and the people who wrote or agreed are referred to by UUID. */
    static byte[] minutes(Minutes minutes, Function<Long, UUID> meetingUuid, Function<Long, UUID> personUuid) {
        return write(MINUTES, out -> {
            minutesHeader(out, minutes, meetingUuid);
            out.writeInt(minutes.pairs().size());
            for (AlignedPair pair : minutes.pairs()) {
                uuid(out, pair.uuid());
                pairSides(out, pair, personUuid);
            }
        });
    }

    /**
     * A version of minutes as a change to its previous journaled save: the header, every pair UUID in the new order,
     * and the contents of the pairs in {@code written} only (changed or new). A pair without contents is the one the
     * version held before. Autosaves of long minutes stay small this way.
     */
    static byte[] minutesDelta(Minutes minutes, Set<UUID> written, Function<Long, UUID> meetingUuid,
                               Function<Long, UUID> personUuid) {
        return write(MINUTES_DELTA, out -> {
            minutesHeader(out, minutes, meetingUuid);
            out.writeInt(minutes.pairs().size());
            for (AlignedPair pair : minutes.pairs()) {
                uuid(out, pair.uuid());
                boolean withContents = written.contains(pair.uuid());
                out.writeBoolean(withContents);
                if (withContents) {
                    pairSides(out, pair, personUuid);
                }
            }
        });
    }

    private static void minutesHeader(DataOutputStream out, Minutes minutes, Function<Long, UUID> meetingUuid)
            throws IOException {
        uuid(out, minutes.uuid());
        uuid(out, meetingUuid.apply(minutes.meetingId()));
        out.writeInt(minutes.version());
        out.writeUTF(minutes.state().name());
    }

    private static void pairSides(DataOutputStream out, AlignedPair pair, Function<Long, UUID> personUuid)
            throws IOException {
        pairSide(out, pair.zh(), personUuid);
        pairSide(out, pair.ru(), personUuid);
    }

    /** Termbase entries, whole: forms in order (preferred first), note, origin and time of the change. */
    static byte[] terms(List<TermbaseEntry> entries) {
        return write(TERMS, out -> {
            out.writeInt(entries.size());
            for (TermbaseEntry entry : entries) {
                uuid(out, entry.uuid());
                forms(out, entry.term().zh());
                forms(out, entry.term().ru());
                string(out, entry.term().note());
                out.writeUTF(entry.origin().name());
                instant(out, entry.updatedAt());
            }
        });
    }

    static byte[] termDeleted(UUID uuid) {
        return write(TERM_DELETED, out -> uuid(out, uuid));
    }

    static byte[] dismissal(UUID meetingUuid, Dismissal dismissal, Function<Long, UUID> personUuid) {
        return write(DISMISSAL, out -> {
            uuid(out, meetingUuid);
            uuid(out, dismissal.pair());
            out.writeUTF(dismissal.fingerprint());
            out.writeUTF(dismissal.textsHash());
            string(out, dismissal.reason());
            out.writeUTF(dismissal.side().code());
            out.writeBoolean(dismissal.personId() != null);
            if (dismissal.personId() != null) {
                uuid(out, personUuid.apply(dismissal.personId()));
            }
            instant(out, dismissal.at());
        });
    }

    static byte[] dismissalRemoved(UUID meetingUuid, UUID pair, String fingerprint) {
        return write(DISMISSAL_REMOVED, out -> {
            uuid(out, meetingUuid);
            uuid(out, pair);
            out.writeUTF(fingerprint);
        });
    }

    static byte[] signedProtocol(UUID meetingUuid, org.huiwu.domain.protocol.SignedProtocol signed) {
        return write(SIGNED_PROTOCOL, out -> {
            uuid(out, meetingUuid);
            uuid(out, signed.uuid());
            uuid(out, signed.minutesVersion());
            out.writeUTF(signed.original().name());
            out.writeInt(signed.signatures());
            out.writeUTF(signed.sha256());
            out.writeInt(signed.pdf().length);
            out.write(signed.pdf());
            instant(out, signed.storedAt());
        });
    }

    static byte[] trustedCertificate(org.huiwu.domain.protocol.TrustedCertificate certificate) {
        return write(TRUSTED_CERTIFICATE, out -> {
            out.writeUTF(certificate.sha256());
            out.writeInt(certificate.der().length);
            out.write(certificate.der());
            string(out, certificate.subject());
            instant(out, certificate.addedAt());
        });
    }

    static byte[] trustRemoved(String sha256) {
        return write(TRUST_REMOVED, out -> out.writeUTF(sha256));
    }

    static byte[] privateNote(UUID meetingUuid, org.huiwu.domain.note.PrivateNote note) {
        return write(NOTE, out -> {
            uuid(out, note.uuid());
            uuid(out, meetingUuid);
            out.writeUTF(note.subject().name());
            uuid(out, note.subjectUuid());
            out.writeUTF(note.side().code());
            string(out, note.text());
            instant(out, note.createdAt());
            instant(out, note.updatedAt());
        });
    }

    static byte[] privateNoteRemoved(UUID uuid) {
        return write(NOTE_REMOVED, out -> uuid(out, uuid));
    }

    static byte[] user(org.huiwu.domain.access.ArchiveUser user) {
        return write(USER, out -> {
            uuid(out, user.uuid());
            string(out, user.name());
            out.writeUTF(user.role().name());
            out.writeInt(user.slot());
            instant(out, user.createdAt());
            out.writeBoolean(user.removedAt() != null);
            if (user.removedAt() != null) {
                instant(out, user.removedAt());
            }
        });
    }

    static byte[] userRemoved(UUID uuid, Instant at) {
        return write(USER_REMOVED, out -> {
            uuid(out, uuid);
            instant(out, at);
        });
    }

    static byte[] auditEntry(org.huiwu.domain.audit.AuditEntry entry) {
        return write(AUDIT_ENTRY, out -> {
            out.writeLong(entry.sequence());
            instant(out, entry.at());
            uuid(out, entry.actorUuid());
            string(out, entry.actorName());
            out.writeUTF(entry.actorRole().name());
            out.writeUTF(entry.action().name());
            string(out, entry.subject());
            string(out, entry.detail());
            out.writeUTF(entry.previousHash());
            out.writeUTF(entry.hash());
        });
    }

    static byte[] informationItem(org.huiwu.domain.confidentiality.InformationItem item) {
        return write(INFORMATION_ITEM, out -> {
            uuid(out, item.uuid());
            out.writeUTF(item.category().name());
            out.writeUTF(item.providingSide().code());
            out.writeLong(item.receivedOn().toEpochDay());
            out.writeUTF(item.channel().name());
            bilingual(out, item.text());
            uuids(out, item.agendaItems());
            uuids(out, item.clauses());
        });
    }

    static byte[] consent(org.huiwu.domain.confidentiality.Consent consent) {
        return write(CONSENT, out -> {
            uuid(out, consent.uuid());
            out.writeUTF(consent.providingSide().code());
            out.writeLong(consent.givenOn().toEpochDay());
            string(out, consent.reference());
            string(out, consent.thirdParty());
            out.writeInt(consent.categories().size());
            for (InformationCategory category : consent.categories()) {
                out.writeUTF(category.name());
            }
            uuids(out, consent.items());
            out.writeBoolean(consent.validUntil() != null);
            if (consent.validUntil() != null) {
                out.writeLong(consent.validUntil().toEpochDay());
            }
        });
    }

    private static void uuids(DataOutputStream out, Set<UUID> uuids) throws IOException {
        out.writeInt(uuids.size());
        for (UUID uuid : uuids) {
            uuid(out, uuid);
        }
    }

    private static Set<UUID> uuids(DataInputStream in) throws IOException {
        int count = in.readInt();
        Set<UUID> uuids = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            uuids.add(uuid(in));
        }
        return uuids;
    }

    private static void forms(DataOutputStream out, List<String> forms) throws IOException {
        out.writeInt(forms.size());
        for (String form : forms) {
            string(out, form);
        }
    }

    private static List<String> forms(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> forms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            forms.add(string(in));
        }
        return forms;
    }

    /** A meeting's whole agenda in order; the decisions an item reviews and the item it continues by UUID. */
    static byte[] agenda(UUID meeting, Agenda agenda) {
        return write(AGENDA, out -> {
            uuid(out, meeting);
            out.writeInt(agenda.items().size());
            for (AgendaItem item : agenda.items()) {
                uuid(out, item.uuid());
                bilingual(out, item.title());
                bilingual(out, item.note());
                out.writeLong(item.planned().getSeconds());
                out.writeUTF(item.proposedBy().code());
                names(out, item.areas());
                names(out, item.categories());
                out.writeBoolean(item.open());
                optionalUuid(out, item.carriedFrom());
                out.writeInt(item.reviewedDecisions().size());
                for (UUID decision : item.reviewedDecisions()) {
                    uuid(out, decision);
                }
            }
        });
    }

    /** A meeting's decisions, all of them in order. */
    static byte[] decisions(UUID meeting, List<Decision> decisions) {
        return write(DECISIONS, out -> {
            uuid(out, meeting);
            out.writeInt(decisions.size());
            for (Decision decision : decisions) {
                uuid(out, decision.uuid());
                out.writeUTF(decision.kind().name());
                bilingual(out, decision.text());
                out.writeUTF(decision.responsible().name());
                out.writeBoolean(decision.due() != null);
                if (decision.due() != null) {
                    out.writeLong(decision.due().toEpochDay());
                }
                out.writeUTF(decision.status().name());
                optionalUuid(out, decision.agendaItem());
            }
        });
    }

    /** A meeting's recorded attendance (possibly nobody), the people by UUID. */
    static byte[] attendance(UUID meeting, Attendance attendance, Function<Long, UUID> personUuid) {
        return write(ATTENDANCE, out -> {
            uuid(out, meeting);
            out.writeInt(attendance.attendees().size());
            for (Attendee attendee : attendance.attendees()) {
                uuid(out, personUuid.apply(attendee.personId()));
                out.writeUTF(attendee.side().code());
                out.writeUTF(attendee.role().name());
            }
        });
    }

    private static void names(DataOutputStream out, Set<? extends Enum<?>> values) throws IOException {
        out.writeInt(values.size());
        for (Enum<?> value : values) {
            out.writeUTF(value.name());
        }
    }

    private static <E extends Enum<E>> Set<E> names(DataInputStream in, Class<E> type) throws IOException {
        int count = in.readInt();
        Set<E> values = EnumSet.noneOf(type);
        for (int i = 0; i < count; i++) {
            values.add(Enum.valueOf(type, in.readUTF()));
        }
        return values;
    }

    private static void optionalUuid(DataOutputStream out, UUID uuid) throws IOException {
        out.writeBoolean(uuid != null);
        if (uuid != null) {
            uuid(out, uuid);
        }
    }

    private static UUID optionalUuid(DataInputStream in) throws IOException {
        return in.readBoolean() ? uuid(in) : null;
    }

    private static void pairSide(DataOutputStream out, PairSide side, Function<Long, UUID> personUuid)
            throws IOException {
        string(out, side.text());
        Provenance by = side.provenance();
        out.writeBoolean(by != null);
        if (by != null) {
            out.writeUTF(by.writtenBy().code());
            optionalPerson(out, by.authorPersonId(), personUuid);
            instant(out, by.writtenAt());
        }
        Agreement agreement = side.agreement();
        out.writeBoolean(agreement != null);
        if (agreement != null) {
            optionalPerson(out, agreement.personId(), personUuid);
            instant(out, agreement.at());
            string(out, agreement.counterpartText());
        }
    }

    private static void optionalPerson(DataOutputStream out, Long personId, Function<Long, UUID> personUuid)
            throws IOException {
        out.writeBoolean(personId != null);
        if (personId != null) {
            uuid(out, personUuid.apply(personId));
        }
    }

    private static PairSide pairSide(DataInputStream in, Target target) throws IOException {
        String text = string(in);
        Provenance by = null;
        if (in.readBoolean()) {
            Side side = Side.ofCode(in.readUTF());
            Long author = in.readBoolean() ? required(target.personId(uuid(in))) : null;
            by = new Provenance(side, author, instant(in));
        }
        Agreement agreement = null;
        if (in.readBoolean()) {
            long person = required(in.readBoolean() ? target.personId(uuid(in)) : null);
            agreement = new Agreement(person, instant(in), string(in));
        }
        return new PairSide(text, by, agreement);
    }

    /**
     * A minutes save journaled as a change: the pairs in their new order, and the contents of those that changed or
     * are new. A pair not in {@code written} is the one the version held before, unchanged.
     */
    record MinutesDelta(UUID uuid, long meetingId, int version, MinutesState state, List<UUID> order,
                        Map<UUID, AlignedPair> written) {
    }

    /** Where a replayed entry goes: upserts by UUID, local keys looked up by UUID. */
    interface Target {
        void upsert(Place place);

        void upsert(Person person);

        void upsert(Meeting meeting);

        void upsert(Minutes minutes);

        /** The meeting's agenda replaced by this one. */
        void upsert(long meetingId, Agenda agenda);

        /** The meeting's decisions replaced by these. */
        void upsert(long meetingId, List<Decision> decisions);

        /** The meeting's attendance replaced by this one (recorded, even when empty). */
        void upsert(long meetingId, Attendance attendance);

        /**
         * Applies a change to the version as the database holds it now. Throws when the version or a pair the
         * change keeps is missing: applying it anyway would lose text without a word.
         */
        void apply(MinutesDelta delta) throws IOException;

        /** Termbase entries upserted by UUID. */
        default void upsertTerms(List<TermbaseEntry> entries) {
            throw new UnsupportedOperationException("this target takes no terms");
        }

        /** The termbase entry with this UUID deleted, if it is there. */
        default void deleteTerm(UUID uuid) {
            throw new UnsupportedOperationException("this target takes no terms");
        }

        /** A dismissal of a parity finding upserted by pair and fingerprint. */
        default void upsert(long meetingId, Dismissal dismissal) {
            throw new UnsupportedOperationException("this target takes no dismissals");
        }

        /** The dismissal of this finding of this pair taken back, if it is there. */
        default void upsert(org.huiwu.domain.protocol.SignedProtocol signed) {
            throw new UnsupportedOperationException("signed protocols");
        }

        default void upsert(org.huiwu.domain.protocol.TrustedCertificate certificate) {
            throw new UnsupportedOperationException("trusted certificates");
        }

        default void removeTrust(String sha256) {
            throw new UnsupportedOperationException("trusted certificates");
        }

        default void removeDismissal(long meetingId, UUID pair, String fingerprint) {
            throw new UnsupportedOperationException("this target takes no dismissals");
        }

        /** A private note upserted by UUID. */
        default void upsert(org.huiwu.domain.note.PrivateNote note) {
            throw new UnsupportedOperationException("this target takes no private notes");
        }

        /** The private note with this UUID deleted, if it is there. */
        default void removeNote(UUID uuid) {
            throw new UnsupportedOperationException("this target takes no private notes");
        }

        /** A user of the archive upserted by UUID. */
        default void upsert(org.huiwu.domain.access.ArchiveUser user) {
            throw new UnsupportedOperationException("this target takes no users");
        }

        /** The user with this UUID marked removed, if they are there. */
        default void removeUser(UUID uuid, Instant at) {
            throw new UnsupportedOperationException("this target takes no users");
        }

        /** An audit entry appended, unless the trail has its sequence already. */
        default void append(org.huiwu.domain.audit.AuditEntry entry) {
            throw new UnsupportedOperationException("this target takes no audit entries");
        }

        /** An Art. 4 information item upserted by UUID with its links. */
        default void upsert(org.huiwu.domain.confidentiality.InformationItem item) {
            throw new UnsupportedOperationException("this target takes no information items");
        }

        /** A consent upserted by UUID with its scope. */
        default void upsert(org.huiwu.domain.confidentiality.Consent consent) {
            throw new UnsupportedOperationException("this target takes no consents");
        }

        /** The local key of the meeting with this UUID, or null when there is none. */
        Long meetingId(UUID uuid);

        /** The local key of the place with this UUID, or null when there is none. */
        Long placeId(UUID uuid);

        /** The local key of the person with this UUID, or null when there is none. */
        Long personId(UUID uuid);
    }

    private static long required(Long id) throws IOException {
        if (id == null) {
            // Entries are replayed in order, so a referenced record was journaled (and replayed) before.
            throw new IOException("Journal refers to a record it never saved");
        }
        return id;
    }

    static void replay(byte[] payload, Target target) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new IOException("Unknown journal record format " + format);
            }
            switch (in.readByte()) {
                case PLACE -> {
                    UUID uuid = uuid(in);
                    target.upsert(new Place(target.placeId(uuid), uuid, PlaceKind.valueOf(in.readUTF()),
                            Side.ofCode(in.readUTF()), bilingual(in), ZoneId.of(in.readUTF())));
                }
                case PERSON -> {
                    UUID uuid = uuid(in);
                    target.upsert(new Person(target.personId(uuid), uuid, Side.ofCode(in.readUTF()), bilingual(in),
                            bilingual(in), bilingual(in)));
                }
                case MEETING -> {
                    UUID uuid = uuid(in);
                    MeetingLevel level = MeetingLevel.valueOf(in.readUTF());
                    Bilingual title = bilingual(in);
                    Instant start = instant(in);
                    Instant end = instant(in);
                    ZoneId zone = ZoneId.of(in.readUTF());
                    Long placeId = required(target.placeId(uuid(in)));
                    Side host = Side.ofCode(in.readUTF());
                    MeetingStatus status = MeetingStatus.valueOf(in.readUTF());
                    int members = in.readInt();
                    List<DelegationMember> delegation = new ArrayList<>(members);
                    for (int i = 0; i < members; i++) {
                        UUID memberUuid = uuid(in);
                        Long personId = required(target.personId(uuid(in)));
                        delegation.add(new DelegationMember(memberUuid, personId, Side.ofCode(in.readUTF()),
                                DelegationRole.valueOf(in.readUTF())));
                    }
                    target.upsert(new Meeting(null, uuid, level, title, start, end, zone, placeId, host, status,
                            delegation));
                }
                case MINUTES -> {
                    UUID uuid = uuid(in);
                    long meetingId = required(target.meetingId(uuid(in)));
                    int version = in.readInt();
                    MinutesState state = MinutesState.valueOf(in.readUTF());
                    int count = in.readInt();
                    List<AlignedPair> pairs = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        UUID pairUuid = uuid(in);
                        pairs.add(new AlignedPair(pairUuid, pairSide(in, target), pairSide(in, target)));
                    }
                    target.upsert(new Minutes(uuid, meetingId, version, state, pairs));
                }
                case MINUTES_DELTA -> {
                    UUID uuid = uuid(in);
                    long meetingId = required(target.meetingId(uuid(in)));
                    int version = in.readInt();
                    MinutesState state = MinutesState.valueOf(in.readUTF());
                    int count = in.readInt();
                    List<UUID> order = new ArrayList<>(count);
                    Map<UUID, AlignedPair> written = new HashMap<>();
                    for (int i = 0; i < count; i++) {
                        UUID pairUuid = uuid(in);
                        order.add(pairUuid);
                        if (in.readBoolean()) {
                            written.put(pairUuid, new AlignedPair(pairUuid, pairSide(in, target),
                                    pairSide(in, target)));
                        }
                    }
                    target.apply(new MinutesDelta(uuid, meetingId, version, state, order, written));
                }
                case AGENDA -> {
                    long meetingId = required(target.meetingId(uuid(in)));
                    int count = in.readInt();
                    List<AgendaItem> items = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        UUID uuid = uuid(in);
                        Bilingual title = bilingual(in);
                        Bilingual note = bilingual(in);
                        Duration planned = Duration.ofSeconds(in.readLong());
                        Side proposedBy = Side.ofCode(in.readUTF());
                        Set<CooperationArea> areas = names(in, CooperationArea.class);
                        Set<InformationCategory> categories = names(in, InformationCategory.class);
                        boolean open = in.readBoolean();
                        UUID carriedFrom = optionalUuid(in);
                        int reviewed = in.readInt();
                        List<UUID> decisions = new ArrayList<>(reviewed);
                        for (int d = 0; d < reviewed; d++) {
                            decisions.add(uuid(in));
                        }
                        items.add(new AgendaItem(uuid, title, note, planned, proposedBy, areas, categories, open,
                                carriedFrom, decisions));
                    }
                    target.upsert(meetingId, new Agenda(items));
                }
                case DECISIONS -> {
                    long meetingId = required(target.meetingId(uuid(in)));
                    int count = in.readInt();
                    List<Decision> decisions = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        UUID uuid = uuid(in);
                        DecisionKind kind = DecisionKind.valueOf(in.readUTF());
                        Bilingual text = bilingual(in);
                        Responsibility responsible = Responsibility.valueOf(in.readUTF());
                        LocalDate due = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
                        DecisionStatus status = DecisionStatus.valueOf(in.readUTF());
                        decisions.add(new Decision(uuid, meetingId, kind, text, responsible, due, status,
                                optionalUuid(in)));
                    }
                    target.upsert(meetingId, decisions);
                }
                case ATTENDANCE -> {
                    long meetingId = required(target.meetingId(uuid(in)));
                    int count = in.readInt();
                    List<Attendee> attendees = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        long personId = required(target.personId(uuid(in)));
                        attendees.add(new Attendee(personId, Side.ofCode(in.readUTF()),
                                DelegationRole.valueOf(in.readUTF())));
                    }
                    target.upsert(meetingId, new Attendance(attendees));
                }
                case TERMS -> {
                    int count = in.readInt();
                    List<TermbaseEntry> entries = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        UUID uuid = uuid(in);
                        List<String> zh = forms(in);
                        List<String> ru = forms(in);
                        String note = string(in);
                        TermOrigin origin = TermOrigin.valueOf(in.readUTF());
                        entries.add(new TermbaseEntry(new Term(uuid, zh, ru, note), origin, instant(in)));
                    }
                    target.upsertTerms(entries);
                }
                case TERM_DELETED -> target.deleteTerm(uuid(in));
                case DISMISSAL -> {
                    long meetingId = required(target.meetingId(uuid(in)));
                    UUID pair = uuid(in);
                    String fingerprint = in.readUTF();
                    String textsHash = in.readUTF();
                    String reason = string(in);
                    Side side = Side.ofCode(in.readUTF());
                    Long personId = in.readBoolean() ? required(target.personId(uuid(in))) : null;
                    target.upsert(meetingId, new Dismissal(pair, fingerprint, textsHash, reason, side, personId,
                            instant(in)));
                }
                case DISMISSAL_REMOVED -> target.removeDismissal(required(target.meetingId(uuid(in))), uuid(in),
                        in.readUTF());
                case SIGNED_PROTOCOL -> {
                    long meetingId = required(target.meetingId(uuid(in)));
                    UUID uuid = uuid(in);
                    UUID minutesVersion = uuid(in);
                    org.huiwu.domain.protocol.Original original =
                            org.huiwu.domain.protocol.Original.valueOf(in.readUTF());
                    int signatures = in.readInt();
                    String sha256 = in.readUTF();
                    byte[] pdf = in.readNBytes(in.readInt());
                    target.upsert(new org.huiwu.domain.protocol.SignedProtocol(uuid, meetingId, minutesVersion,
                            original, signatures, sha256, pdf, instant(in)));
                }
                case TRUSTED_CERTIFICATE -> {
                    String sha256 = in.readUTF();
                    byte[] der = in.readNBytes(in.readInt());
                    target.upsert(new org.huiwu.domain.protocol.TrustedCertificate(sha256, der, string(in),
                            instant(in)));
                }
                case TRUST_REMOVED -> target.removeTrust(in.readUTF());
                case NOTE -> {
                    UUID uuid = uuid(in);
                    long meetingId = required(target.meetingId(uuid(in)));
                    org.huiwu.domain.note.NoteSubject subject =
                            org.huiwu.domain.note.NoteSubject.valueOf(in.readUTF());
                    UUID subjectUuid = uuid(in);
                    Side side = Side.ofCode(in.readUTF());
                    String text = string(in);
                    Instant created = instant(in);
                    target.upsert(new org.huiwu.domain.note.PrivateNote(uuid, meetingId, subject, subjectUuid, side,
                            text, created, instant(in)));
                }
                case NOTE_REMOVED -> target.removeNote(uuid(in));
                case USER -> {
                    UUID uuid = uuid(in);
                    String name = string(in);
                    org.huiwu.domain.access.Role role = org.huiwu.domain.access.Role.valueOf(in.readUTF());
                    int slot = in.readInt();
                    Instant created = instant(in);
                    Instant removed = in.readBoolean() ? instant(in) : null;
                    target.upsert(new org.huiwu.domain.access.ArchiveUser(uuid, name, role, slot, created, removed));
                }
                case USER_REMOVED -> target.removeUser(uuid(in), instant(in));
                case AUDIT_ENTRY -> target.append(new org.huiwu.domain.audit.AuditEntry(in.readLong(), instant(in),
                        uuid(in), string(in), org.huiwu.domain.access.Role.valueOf(in.readUTF()),
                        org.huiwu.domain.audit.AuditAction.valueOf(in.readUTF()), string(in), string(in),
                        in.readUTF(), in.readUTF()));
                case INFORMATION_ITEM -> {
                    UUID uuid = uuid(in);
                    InformationCategory category = InformationCategory.valueOf(in.readUTF());
                    Side side = Side.ofCode(in.readUTF());
                    LocalDate received = LocalDate.ofEpochDay(in.readLong());
                    var channel = org.huiwu.domain.confidentiality.InformationChannel.valueOf(in.readUTF());
                    Bilingual text = bilingual(in);
                    Set<UUID> agendaItems = uuids(in);
                    target.upsert(new org.huiwu.domain.confidentiality.InformationItem(uuid, category, side,
                            received, channel, text, agendaItems, uuids(in)));
                }
                case CONSENT -> {
                    UUID uuid = uuid(in);
                    Side side = Side.ofCode(in.readUTF());
                    LocalDate given = LocalDate.ofEpochDay(in.readLong());
                    String reference = string(in);
                    String thirdParty = string(in);
                    int count = in.readInt();
                    Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
                    for (int i = 0; i < count; i++) {
                        categories.add(InformationCategory.valueOf(in.readUTF()));
                    }
                    Set<UUID> items = uuids(in);
                    LocalDate validUntil = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
                    target.upsert(new org.huiwu.domain.confidentiality.Consent(uuid, side, given, reference,
                            thirdParty, categories, items, validUntil));
                }
                default -> throw new IOException("Unknown journal record kind");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The meeting whose record a journaled save changed (the meeting itself, its minutes, agenda, decisions,
     * attendance or signed protocol); empty for saves of registers, terms, dismissals and trust.
     */
    static java.util.Optional<UUID> meetingOf(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readByte() != FORMAT) {
                return java.util.Optional.empty();
            }
            return switch (in.readByte()) {
                case MEETING, AGENDA, DECISIONS, ATTENDANCE, SIGNED_PROTOCOL -> java.util.Optional.of(uuid(in));
                case MINUTES, MINUTES_DELTA -> {
                    uuid(in); // the version
                    yield java.util.Optional.of(uuid(in));
                }
                default -> java.util.Optional.empty();
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] write(byte kind, Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeByte(kind);
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void uuid(DataOutputStream out, UUID uuid) throws IOException {
        out.writeLong(uuid.getMostSignificantBits());
        out.writeLong(uuid.getLeastSignificantBits());
    }

    private static UUID uuid(DataInputStream in) throws IOException {
        return new UUID(in.readLong(), in.readLong());
    }

    private static void instant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    /** Texts of any length (a pasted 1 MB text), unlike writeUTF's 64 KB. */
    private static void bilingual(DataOutputStream out, Bilingual text) throws IOException {
        string(out, text.zh());
        string(out, text.ru());
    }

    private static Bilingual bilingual(DataInputStream in) throws IOException {
        return Bilingual.of(string(in), string(in));
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
