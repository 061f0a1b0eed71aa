// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
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
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;

/**
 * A saved record as a journal entry: the whole record (an upsert keyed by its UUID, so replaying it twice is
 * harmless), with references to other records by UUID, since local keys may differ after a replay.
 */
final class RecordCodec {

    static final byte PLACE = 1;
    static final byte PERSON = 2;
    static final byte MEETING = 3;
    static final byte MINUTES = 4;
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
            uuid(out, minutes.uuid());
            uuid(out, meetingUuid.apply(minutes.meetingId()));
            out.writeInt(minutes.version());
            out.writeUTF(minutes.state().name());
            out.writeInt(minutes.pairs().size());
            for (AlignedPair pair : minutes.pairs()) {
                uuid(out, pair.uuid());
                pairSide(out, pair.zh(), personUuid);
                pairSide(out, pair.ru(), personUuid);
            }
        });
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

    /** Where a replayed entry goes: upserts by UUID, local keys looked up by UUID. */
    interface Target {
        void upsert(Place place);

        void upsert(Person person);

        void upsert(Meeting meeting);

        void upsert(Minutes minutes);

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
                default -> throw new IOException("Unknown journal record kind");
            }
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
