// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.cli;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.huiwu.domain.agenda.Agenda;
import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.CooperationArea;
import org.huiwu.domain.agenda.InformationCategory;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.decision.DecisionKind;
import org.huiwu.domain.decision.DecisionStatus;
import org.huiwu.domain.decision.Responsibility;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.minutes.RecordLanguage;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.exchange.MeetingPackage;
import org.huiwu.service.exchange.MeetingPackage.Agreed;
import org.huiwu.service.exchange.MeetingPackage.AttendanceEntry;
import org.huiwu.service.exchange.MeetingPackage.Attendee;
import org.huiwu.service.exchange.MeetingPackage.DecisionEntry;
import org.huiwu.service.exchange.MeetingPackage.MeetingEntry;
import org.huiwu.service.exchange.MeetingPackage.Member;
import org.huiwu.service.exchange.MeetingPackage.Pair;
import org.huiwu.service.exchange.MeetingPackage.Text;
import org.huiwu.service.exchange.MeetingPackage.Version;
import org.huiwu.service.exchange.MeetingPackage.Written;

/**
 * The JSON form of a {@link MeetingPackage} ("huiwu-meeting", format version 1; fields in the README). It holds no
 * local id: records are named by UUID, so a meeting exported, imported elsewhere and exported again gives the same
 * document. Fields marked derived ({@code number} of a clause, {@code state} of a text, and the state of a version
 * that is not FINAL) are written for readers and ignored when read.
 *
 * <p>Reading is strict, because the files come from elsewhere and may have been edited by hand: Jackson refuses bad
 * syntax and duplicate keys with their line and column, text after the document is refused, and the mapping refuses
 * unknown fields and wrong values, naming the JSON path of the field (e.g. {@code minutes[1].pairs[3].zh.writtenAt}).
 */
final class MeetingJson {

    static final String FORMAT = "huiwu-meeting";
    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private MeetingJson() {
    }

    // ---------------------------------------------------------------------------------------------- writing

    static Map<String, Object> write(MeetingPackage pack) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("meeting", meeting(pack.meeting()));
        root.put("place", place(pack.place()));
        root.put("people", pack.people().stream().map(MeetingJson::person).toList());
        root.put("agenda", pack.agenda().items().stream().map(MeetingJson::item).toList());
        root.put("decisions", pack.decisions().stream().map(MeetingJson::decision).toList());
        Map<String, Object> attendance = new LinkedHashMap<>();
        attendance.put("recorded", pack.attendance().recorded());
        attendance.put("attendees", pack.attendance().attendees().stream().map(a -> object(
                "person", a.person(), "side", a.side().code(), "role", a.role().name())).toList());
        root.put("attendance", attendance);
        root.put("minutes", pack.minutes().stream().map(MeetingJson::version).toList());
        return root;
    }

    /**
     * The package as it leaves for a recipient: with the Art. 4 marking (both languages) as a field when it
     * contains information given under Art. 4. An import ignores the field: the receiving archive keeps its own
     * registers.
     */
    static Map<String, Object> write(MeetingPackage pack, boolean art4Marked) {
        Map<String, Object> root = write(pack);
        if (art4Marked) {
            root.put("art4Marking", object("zh", org.huiwu.i18n.Messages.of(org.huiwu.i18n.Language.CHINESE)
                    .get("art4.pdf.marking"), "ru", org.huiwu.i18n.Messages.of(org.huiwu.i18n.Language.RUSSIAN)
                    .get("art4.pdf.marking")));
        }
        return root;
    }

    private static Map<String, Object> meeting(MeetingEntry meeting) {
        return object("uuid", meeting.uuid(), "level", meeting.level().name(), "title", bilingual(meeting.title()),
                "start", meeting.start().toString(), "end", meeting.end().toString(),
                "timeZone", meeting.zone().getId(), "place", meeting.place(), "hostSide", meeting.hostSide().code(),
                "status", meeting.status().name(),
                "delegation", meeting.delegation().stream().map(member -> object("uuid", member.uuid(),
                        "person", member.person(), "side", member.side().code(), "role", member.role().name()))
                        .toList());
    }

    private static Map<String, Object> place(Place place) {
        return object("uuid", place.uuid(), "kind", place.kind().name(), "side", place.side().code(),
                "name", bilingual(place.name()), "timeZone", place.zone().getId());
    }

    private static Map<String, Object> person(Person person) {
        return object("uuid", person.uuid(), "side", person.side().code(), "name", bilingual(person.name()),
                "rank", bilingual(person.rank()), "post", bilingual(person.post()));
    }

    private static Map<String, Object> item(AgendaItem item) {
        return object("uuid", item.uuid(), "title", bilingual(item.title()), "note", bilingual(item.note()),
                "plannedMinutes", item.planned().toMinutes(), "proposedBy", item.proposedBy().code(),
                "areas", names(item.areas()), "categories", names(item.categories()), "open", item.open(),
                "carriedFrom", item.carriedFrom(), "reviewedDecisions", item.reviewedDecisions());
    }

    private static Map<String, Object> decision(DecisionEntry decision) {
        return object("uuid", decision.uuid(), "kind", decision.kind().name(), "text", bilingual(decision.text()),
                "responsible", decision.responsible().name(),
                "due", decision.due() == null ? null : decision.due().toString(), "status", decision.status().name(),
                "agendaItem", decision.agendaItem());
    }

    private static Map<String, Object> version(Version version) {
        List<Object> pairs = new ArrayList<>();
        for (int i = 0; i < version.pairs().size(); i++) {
            Pair pair = version.pairs().get(i);
            pairs.add(object("uuid", pair.uuid(), "number", i + 1,
                    "zh", text(pair, RecordLanguage.ZH), "ru", text(pair, RecordLanguage.RU)));
        }
        return object("uuid", version.uuid(), "version", version.version(), "state", version.state().name(),
                "pairs", pairs);
    }

    private static Map<String, Object> text(Pair pair, RecordLanguage language) {
        Text text = pair.text(language);
        Written written = text.written();
        Agreed agreed = text.agreement();
        return object("text", text.text(), "state", pair.state(language).name(),
                "writtenBy", written == null ? null : written.side().code(),
                "author", written == null ? null : written.author(),
                "writtenAt", written == null ? null : written.at().toString(),
                "agreement", agreed == null ? null : object("by", agreed.by(), "at", agreed.at().toString(),
                        "counterpartText", agreed.counterpartText()));
    }

    private static Map<String, Object> bilingual(Bilingual text) {
        return object("zh", text.zh(), "ru", text.ru());
    }

    /** Enum names in declaration order, so the same set is always written the same way. */
    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal())).map(Enum::name).toList();
    }

    /** Keys and values in turn; UUIDs become their text, nulls stay null. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value instanceof UUID uuid) {
                value = uuid.toString();
            } else if (value instanceof List<?> list) {
                value = list.stream().map(v -> v instanceof UUID u ? u.toString() : v).toList();
            }
            object.put((String) keysAndValues[i], value);
        }
        return object;
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** Why a file cannot be read: a message key of this layer and its arguments (the file is added by the caller). */
    static final class Problem extends RuntimeException {
        private final String key;
        private final transient Object[] arguments;

        Problem(String key, Object... arguments) {
            super(key + " " + Arrays.toString(arguments));
            this.key = key;
            this.arguments = arguments;
        }

        String key() {
            return key;
        }

        Object[] arguments() {
            return arguments.clone();
        }
    }

    static MeetingPackage read(byte[] json) {
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(json)) {
            root = MAPPER.readTree(parser);
            // Text after the document usually means two files were pasted together: say so in plain words.
            if (root != null && parser.nextToken() != null) {
                JsonLocation location = parser.currentTokenLocation();
                throw new Problem("cli.meeting.json.trailing", String.valueOf(location.getLineNr()),
                        String.valueOf(location.getColumnNr()));
            }
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            // Jackson's own words (English), on one line: they say exactly what it found where.
            String what = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ").strip();
            throw new Problem("cli.meeting.json.syntax", what,
                    String.valueOf(location == null ? "?" : location.getLineNr()),
                    String.valueOf(location == null ? "?" : location.getColumnNr()));
        } catch (IOException e) {
            throw new Problem("cli.meeting.json.syntax", String.valueOf(e.getMessage()), "?", "?");
        }
        if (root == null || root.isMissingNode()) {
            throw new Problem("cli.meeting.json.empty");
        }
        JsonNode format = root.isObject() ? root.get("format") : null;
        if (format == null || !format.isTextual() || !FORMAT.equals(format.textValue())) {
            throw new Problem("cli.meeting.json.notAPackage", FORMAT);
        }
        return new Reader().read(new At(root, ""));
    }

    /** Reads one document; knows the people read so far, so every reference to a person is checked where it is. */
    private static final class Reader {

        private final Set<UUID> people = new HashSet<>();

        MeetingPackage read(At root) {
            // The version first: a newer format may well have fields this one does not know.
            int version = root.field("formatVersion").wholeNumber(1);
            if (version > FORMAT_VERSION) {
                throw new Problem("cli.meeting.json.newerFormat", String.valueOf(version),
                        String.valueOf(FORMAT_VERSION));
            }
            root.allow("format", "formatVersion", "meeting", "place", "people", "agenda", "decisions", "attendance",
                    "minutes", "art4Marking");
            // People first: everything else refers to them.
            List<Person> persons = new ArrayList<>();
            for (At person : root.field("people").array()) {
                Person read = person(person);
                if (!people.add(read.uuid())) {
                    throw new Problem("cli.meeting.json.twice", person.path(), read.uuid().toString());
                }
                persons.add(read);
            }
            Place place = place(root.field("place"));
            MeetingEntry meeting = meeting(root.field("meeting"), place);
            Agenda agenda = new Agenda(unique(root.field("agenda").array(), this::item, AgendaItem::uuid));
            List<DecisionEntry> decisions = unique(root.field("decisions").array(), this::decision,
                    DecisionEntry::uuid);
            AttendanceEntry attendance = attendance(root.field("attendance"));
            List<Version> minutes = minutes(root.field("minutes"));
            return root.build(() -> new MeetingPackage(meeting, place, persons, agenda, decisions, attendance,
                    minutes));
        }

        private Person person(At at) {
            at.allow("uuid", "side", "name", "rank", "post");
            UUID uuid = at.field("uuid").uuid();
            Side side = at.field("side").side();
            Bilingual name = at.field("name").bilingual();
            Bilingual rank = at.optional("rank") == null ? Bilingual.EMPTY : at.field("rank").bilingual();
            Bilingual post = at.optional("post") == null ? Bilingual.EMPTY : at.field("post").bilingual();
            return at.build(() -> new Person(null, uuid, side, name, rank, post));
        }

        private Place place(At at) {
            at.allow("uuid", "kind", "side", "name", "timeZone");
            UUID uuid = at.field("uuid").uuid();
            PlaceKind kind = at.field("kind").oneOf(PlaceKind.class);
            Side side = at.field("side").side();
            Bilingual name = at.field("name").bilingual();
            ZoneId zone = at.field("timeZone").zone();
            return at.build(() -> new Place(null, uuid, kind, side, name, zone));
        }

        private MeetingEntry meeting(At at, Place place) {
            at.allow("uuid", "level", "title", "start", "end", "timeZone", "place", "hostSide", "status",
                    "delegation");
            UUID uuid = at.field("uuid").uuid();
            MeetingLevel level = at.field("level").oneOf(MeetingLevel.class);
            Bilingual title = at.field("title").bilingual();
            Instant start = at.field("start").instant();
            Instant end = at.field("end").instant();
            ZoneId zone = at.field("timeZone").zone();
            At placeAt = at.field("place");
            UUID placeUuid = placeAt.uuid();
            if (!placeUuid.equals(place.uuid())) {
                throw new Problem("cli.meeting.json.wrongPlace", placeAt.path(), place.uuid().toString());
            }
            Side host = at.field("hostSide").side();
            MeetingStatus status = at.field("status").oneOf(MeetingStatus.class);
            List<Member> delegation = unique(at.field("delegation").array(), member -> {
                member.allow("uuid", "person", "side", "role");
                UUID memberUuid = member.field("uuid").uuid();
                UUID person = personRef(member.field("person"));
                Side side = member.field("side").side();
                DelegationRole role = member.field("role").oneOf(DelegationRole.class);
                return member.build(() -> new Member(memberUuid, person, side, role));
            }, Member::uuid);
            return at.build(() -> new MeetingEntry(uuid, level, title, start, end, zone, placeUuid, host, status,
                    delegation));
        }

        private AgendaItem item(At at) {
            at.allow("uuid", "title", "note", "plannedMinutes", "proposedBy", "areas", "categories", "open",
                    "carriedFrom", "reviewedDecisions");
            UUID uuid = at.field("uuid").uuid();
            Bilingual title = at.field("title").bilingual();
            Bilingual note = at.optional("note") == null ? Bilingual.EMPTY : at.field("note").bilingual();
            Duration planned = Duration.ofMinutes(at.field("plannedMinutes").wholeNumber(0));
            Side by = at.field("proposedBy").side();
            Set<CooperationArea> areas = enumSet(at.optional("areas"), CooperationArea.class);
            Set<InformationCategory> categories = enumSet(at.optional("categories"), InformationCategory.class);
            boolean open = at.field("open").bool();
            UUID carriedFrom = at.optional("carriedFrom") == null ? null : at.field("carriedFrom").uuid();
            List<UUID> reviewed = at.optional("reviewedDecisions") == null ? List.of()
                    : at.field("reviewedDecisions").array().stream().map(At::uuid).toList();
            return at.build(() -> new AgendaItem(uuid, title, note, planned, by, areas, categories, open,
                    carriedFrom, reviewed));
        }

        private DecisionEntry decision(At at) {
            at.allow("uuid", "kind", "text", "responsible", "due", "status", "agendaItem");
            UUID uuid = at.field("uuid").uuid();
            DecisionKind kind = at.field("kind").oneOf(DecisionKind.class);
            Bilingual text = at.field("text").bilingual();
            Responsibility responsible = at.field("responsible").oneOf(Responsibility.class);
            LocalDate due = at.optional("due") == null ? null : at.field("due").date();
            DecisionStatus status = at.field("status").oneOf(DecisionStatus.class);
            UUID item = at.optional("agendaItem") == null ? null : at.field("agendaItem").uuid();
            return at.build(() -> new DecisionEntry(uuid, kind, text, responsible, due, status, item));
        }

        private AttendanceEntry attendance(At at) {
            at.allow("recorded", "attendees");
            boolean recorded = at.field("recorded").bool();
            List<Attendee> attendees = unique(at.field("attendees").array(), attendee -> {
                attendee.allow("person", "side", "role");
                UUID person = personRef(attendee.field("person"));
                Side side = attendee.field("side").side();
                DelegationRole role = attendee.field("role").oneOf(DelegationRole.class);
                return attendee.build(() -> new Attendee(person, side, role));
            }, Attendee::person);
            if (!recorded && !attendees.isEmpty()) {
                throw new Problem("cli.meeting.json.notRecorded", at.path());
            }
            return at.build(() -> new AttendanceEntry(recorded, attendees));
        }

        private List<Version> minutes(At at) {
            List<Version> versions = unique(at.array(), this::version, Version::uuid);
            Set<Integer> numbers = new HashSet<>();
            List<At> entries = at.array();
            for (int i = 0; i < versions.size(); i++) {
                if (!numbers.add(versions.get(i).version())) {
                    throw new Problem("cli.meeting.json.twice", entries.get(i).path() + ".version",
                            String.valueOf(versions.get(i).version()));
                }
            }
            return versions;
        }

        private Version version(At at) {
            at.allow("uuid", "version", "state", "pairs");
            UUID uuid = at.field("uuid").uuid();
            int number = at.field("version").wholeNumber(1);
            At stateAt = at.field("state");
            MinutesState state = stateAt.oneOf(MinutesState.class);
            List<Pair> pairs = unique(at.field("pairs").array(), this::pair, Pair::uuid);
            if (state == MinutesState.FINAL && (pairs.isEmpty() || pairs.stream().anyMatch(pair ->
                    pair.state(RecordLanguage.ZH) != org.huiwu.domain.minutes.TextState.AGREED
                            || pair.state(RecordLanguage.RU) != org.huiwu.domain.minutes.TextState.AGREED))) {
                throw new Problem("cli.meeting.json.finalNotAgreed", stateAt.path());
            }
            return at.build(() -> new Version(uuid, number, state, pairs));
        }

        private Pair pair(At at) {
            // "number" is the clause's position and derived: written for readers, not read.
            at.allow("uuid", "number", "zh", "ru");
            UUID uuid = at.field("uuid").uuid();
            Text zh = text(at.field("zh"));
            Text ru = text(at.field("ru"));
            return at.build(() -> new Pair(uuid, zh, ru));
        }

        private Text text(At at) {
            // "state" (draft, agreed, stale) follows from the texts and the agreement: not read.
            at.allow("text", "state", "writtenBy", "author", "writtenAt", "agreement");
            String text = at.field("text").string();
            Written written = null;
            if (at.optional("writtenBy") != null || at.optional("writtenAt") != null
                    || at.optional("author") != null) {
                Side side = at.field("writtenBy").side();
                UUID author = at.optional("author") == null ? null : personRef(at.field("author"));
                Instant when = at.field("writtenAt").instant();
                written = new Written(side, author, when);
            }
            Agreed agreed = null;
            if (at.optional("agreement") != null) {
                At agreement = at.field("agreement");
                agreement.allow("by", "at", "counterpartText");
                UUID by = personRef(agreement.field("by"));
                Instant when = agreement.field("at").instant();
                String counterpart = agreement.field("counterpartText").string();
                agreed = agreement.build(() -> new Agreed(by, when, counterpart));
                if (text.isBlank()) {
                    throw new Problem("cli.meeting.json.agreedEmpty", agreement.path());
                }
            }
            Written finalWritten = written;
            Agreed finalAgreed = agreed;
            return at.build(() -> new Text(text, finalWritten, finalAgreed));
        }

        /** A reference to a person, who must be listed in "people". */
        private UUID personRef(At at) {
            UUID uuid = at.uuid();
            if (!people.contains(uuid)) {
                throw new Problem("cli.meeting.json.unknownPerson", at.path(), uuid.toString());
            }
            return uuid;
        }

        private static <T> List<T> unique(List<At> entries, Function<At, T> read, Function<T, UUID> id) {
            Set<UUID> seen = new HashSet<>();
            List<T> values = new ArrayList<>(entries.size());
            for (At entry : entries) {
                T value = read.apply(entry);
                if (!seen.add(id.apply(value))) {
                    throw new Problem("cli.meeting.json.twice", entry.path(), id.apply(value).toString());
                }
                values.add(value);
            }
            return values;
        }

        private static <E extends Enum<E>> Set<E> enumSet(At at, Class<E> type) {
            Set<E> values = EnumSet.noneOf(type);
            if (at != null) {
                for (At value : at.array()) {
                    values.add(value.oneOf(type));
                }
            }
            return values;
        }
    }

    /** A node of the document and its JSON path, for messages that say where the problem is. */
    private record At(JsonNode node, String path) {

        At field(String name) {
            At child = optional(name);
            if (child == null) {
                throw new Problem("cli.meeting.json.missing", child(name));
            }
            return child;
        }

        /** The field, or null when it is absent or null. */
        At optional(String name) {
            requireType(node.isObject(), "cli.meeting.json.expectObject");
            JsonNode child = node.get(name);
            return child == null || child.isNull() ? null : new At(child, child(name));
        }

        /** Refuses fields this format does not have: a misspelt field would otherwise be dropped in silence. */
        void allow(String... names) {
            requireType(node.isObject(), "cli.meeting.json.expectObject");
            Set<String> allowed = Set.of(names);
            Iterator<String> fields = node.fieldNames();
            while (fields.hasNext()) {
                String name = fields.next();
                if (!allowed.contains(name)) {
                    throw new Problem("cli.meeting.json.unknownField", child(name));
                }
            }
        }

        List<At> array() {
            requireType(node.isArray(), "cli.meeting.json.expectArray");
            List<At> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                items.add(new At(node.get(i), path + "[" + i + "]"));
            }
            return items;
        }

        String string() {
            requireType(node.isTextual(), "cli.meeting.json.expectText");
            return node.textValue();
        }

        boolean bool() {
            requireType(node.isBoolean(), "cli.meeting.json.expectBoolean");
            return node.booleanValue();
        }

        int wholeNumber(int atLeast) {
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < atLeast) {
                throw new Problem("cli.meeting.json.expectAtLeast", path, String.valueOf(atLeast));
            }
            return node.intValue();
        }

        UUID uuid() {
            String text = textOr("cli.meeting.json.expectUuid");
            try {
                UUID uuid = UUID.fromString(text);
                // UUID.fromString also takes short forms like "1-2-3-4-5"; only the canonical one is an id here.
                if (uuid.toString().equalsIgnoreCase(text)) {
                    return uuid;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new Problem("cli.meeting.json.expectUuid", path);
        }

        Instant instant() {
            String text = textOr("cli.meeting.json.expectInstant");
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new Problem("cli.meeting.json.expectInstant", path);
            }
        }

        LocalDate date() {
            String text = textOr("cli.meeting.json.expectDate");
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new Problem("cli.meeting.json.expectDate", path);
            }
        }

        ZoneId zone() {
            String text = textOr("cli.meeting.json.expectZone");
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw new Problem("cli.meeting.json.expectZone", path);
            }
        }

        Side side() {
            String text = textOr("cli.meeting.json.expectOneOf", "CN, KG");
            for (Side side : Side.values()) {
                if (side.code().equals(text)) {
                    return side;
                }
            }
            throw new Problem("cli.meeting.json.expectOneOf", path, "CN, KG");
        }

        <E extends Enum<E>> E oneOf(Class<E> type) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            String text = textOr("cli.meeting.json.expectOneOf", allowed);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            throw new Problem("cli.meeting.json.expectOneOf", path, allowed);
        }

        Bilingual bilingual() {
            allow("zh", "ru");
            return new Bilingual(field("zh").string(), field("ru").string());
        }

        /** Builds a record from what was read; a rule the record itself keeps is reported at this node. */
        <T> T build(Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new Problem("cli.meeting.json.notValid", path.isEmpty() ? "/" : path,
                        String.valueOf(e.getMessage()));
            }
        }

        private String textOr(String key, Object... more) {
            if (!node.isTextual()) {
                Object[] arguments = new Object[more.length + 1];
                arguments[0] = path;
                System.arraycopy(more, 0, arguments, 1, more.length);
                throw new Problem(key, arguments);
            }
            return node.textValue();
        }

        private void requireType(boolean ok, String key) {
            if (!ok) {
                throw new Problem(key, path.isEmpty() ? "/" : path);
            }
        }

        private String child(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
