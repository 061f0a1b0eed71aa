// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.huiwu.domain.confidentiality.Consent;
import org.huiwu.domain.confidentiality.InformationItem;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.service.archive.OpenArchive;

/**
 * Reads what the subjects of the trail name. The trail refers to records by UUID (local keys differ between
 * archives), so a table of hundreds of entries about a few dozen records reads each kind of record once per
 * {@link #resolve} rather than once per entry.
 */
public final class AuditSubjects {

    /** Resolves nothing that needs the archive: users and backups by the name their subject carries. */
    public static final AuditSubjects NONE = new AuditSubjects(List::of, List::of, List::of, List::of,
            uuid -> Optional.empty(), List::of, List::of);

    private final Supplier<List<Meeting>> meetings;
    private final Supplier<List<Place>> places;
    private final Supplier<List<Person>> people;
    private final Supplier<List<TermbaseEntry>> terms;
    private final Function<UUID, Optional<Decision>> decisions;
    private final Supplier<List<InformationItem>> items;
    private final Supplier<List<Consent>> consents;

    public AuditSubjects(Supplier<List<Meeting>> meetings, Supplier<List<Place>> places,
                         Supplier<List<Person>> people, Supplier<List<TermbaseEntry>> terms,
                         Function<UUID, Optional<Decision>> decisions, Supplier<List<InformationItem>> items,
                         Supplier<List<Consent>> consents) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.places = Objects.requireNonNull(places, "places");
        this.people = Objects.requireNonNull(people, "people");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.items = Objects.requireNonNull(items, "items");
        this.consents = Objects.requireNonNull(consents, "consents");
    }

    public static AuditSubjects of(OpenArchive archive) {
        return new AuditSubjects(archive.meetings()::findAll, archive.places()::findAll, archive.people()::findAll,
                archive.terms()::findAll, archive.decisions()::find, archive.confidentiality()::items,
                archive.confidentiality()::consents);
    }

    /** Each distinct subject once; a kind of record is read only when some subject is of that kind. */
    public Map<String, AuditSubject> resolve(Collection<String> subjects) {
        Lookup lookup = new Lookup();
        Map<String, AuditSubject> resolved = new HashMap<>();
        for (String subject : subjects) {
            resolved.computeIfAbsent(subject, lookup::subject);
        }
        return resolved;
    }

    /** The records of one resolve, each kind read on first need. */
    private final class Lookup {
        private Map<UUID, Meeting> meetingsByUuid;
        private Map<UUID, Place> placesByUuid;
        private Map<UUID, Person> peopleByUuid;
        private Map<UUID, TermbaseEntry> termsByUuid;
        private Map<UUID, InformationItem> itemsByUuid;
        private Map<UUID, Consent> consentsByUuid;

        AuditSubject subject(String raw) {
            int colon = raw.indexOf(':');
            String kind = colon < 0 ? raw : raw.substring(0, colon);
            String rest = colon < 0 ? "" : raw.substring(colon + 1);
            return switch (kind) {
                case "meeting" -> meeting(raw, rest);
                case "decision" -> named(raw, AuditSubject.Kind.DECISION, rest,
                        uuid -> decisions.apply(uuid).map(d -> d.text().joined()));
                case "place" -> named(raw, AuditSubject.Kind.PLACE, rest, uuid -> Optional.ofNullable(
                        places().get(uuid)).map(p -> p.name().joined()));
                case "person" -> named(raw, AuditSubject.Kind.PERSON, rest, uuid -> Optional.ofNullable(
                        people().get(uuid)).map(p -> p.name().joined()));
                case "term" -> named(raw, AuditSubject.Kind.TERM, rest, uuid -> Optional.ofNullable(
                        terms().get(uuid)).map(t -> t.term().zh().get(0) + " · " + t.term().ru().get(0)));
                case "information-item" -> named(raw, AuditSubject.Kind.INFORMATION_ITEM, rest,
                        uuid -> Optional.ofNullable(items().get(uuid)).map(i -> i.text().joined()));
                case "consent" -> named(raw, AuditSubject.Kind.CONSENT, rest, uuid -> Optional.ofNullable(
                        consents().get(uuid)).map(c -> c.reference() + " · " + c.thirdParty()));
                // A user's and a backup's subject carries its name: nothing to look up, and a removed user
                // still reads by the name it had.
                case "user" -> rest.isEmpty() ? AuditSubject.unresolved(raw)
                        : new AuditSubject(raw, AuditSubject.Kind.USER, rest, null, "");
                case "backup" -> rest.isEmpty() ? AuditSubject.unresolved(raw)
                        : new AuditSubject(raw, AuditSubject.Kind.BACKUP, rest, null, "");
                case "termbase" -> colon < 0 ? new AuditSubject(raw, AuditSubject.Kind.TERMBASE, "", null, "")
                        : AuditSubject.unresolved(raw);
                default -> AuditSubject.unresolved(raw);
            };
        }

        /** "meeting:UUID" or "meeting:UUID/part", part being "minutes", "agenda", "pair:UUID"… */
        private AuditSubject meeting(String raw, String rest) {
            int slash = rest.indexOf('/');
            String id = slash < 0 ? rest : rest.substring(0, slash);
            String part = slash < 0 ? "" : rest.substring(slash + 1);
            return uuid(id).map(uuid -> meetings().get(uuid))
                    .filter(m -> !m.title().isBlank())
                    .map(m -> new AuditSubject(raw, AuditSubject.Kind.MEETING, m.title().joined(),
                            m.localStart().toLocalDate(), part))
                    .orElse(AuditSubject.unresolved(raw));
        }

        private Map<UUID, Meeting> meetings() {
            if (meetingsByUuid == null) {
                meetingsByUuid = byUuid(meetings.get(), Meeting::uuid);
            }
            return meetingsByUuid;
        }

        private Map<UUID, Place> places() {
            if (placesByUuid == null) {
                placesByUuid = byUuid(places.get(), Place::uuid);
            }
            return placesByUuid;
        }

        private Map<UUID, Person> people() {
            if (peopleByUuid == null) {
                peopleByUuid = byUuid(people.get(), Person::uuid);
            }
            return peopleByUuid;
        }

        private Map<UUID, TermbaseEntry> terms() {
            if (termsByUuid == null) {
                termsByUuid = byUuid(terms.get(), TermbaseEntry::uuid);
            }
            return termsByUuid;
        }

        private Map<UUID, InformationItem> items() {
            if (itemsByUuid == null) {
                itemsByUuid = byUuid(items.get(), InformationItem::uuid);
            }
            return itemsByUuid;
        }

        private Map<UUID, Consent> consents() {
            if (consentsByUuid == null) {
                consentsByUuid = byUuid(consents.get(), Consent::uuid);
            }
            return consentsByUuid;
        }
    }

    private static AuditSubject named(String raw, AuditSubject.Kind kind, String id,
                                      Function<UUID, Optional<String>> name) {
        return uuid(id).flatMap(name).filter(found -> !found.isBlank()).map(found -> new AuditSubject(raw, kind, found, null, ""))
                .orElse(AuditSubject.unresolved(raw));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <T> Map<UUID, T> byUuid(List<T> records, Function<T, UUID> uuid) {
        Map<UUID, T> map = new HashMap<>();
        records.forEach(record -> map.put(uuid.apply(record), record));
        return map;
    }
}
