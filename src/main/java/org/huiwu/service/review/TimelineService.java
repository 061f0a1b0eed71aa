// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.AgendaRepository;
import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.decision.Decision;
import org.huiwu.domain.decision.DecisionRepository;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.minutes.AlignedPair;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesRepository;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceRepository;

/**
 * Every agenda item, clause and decision about a subject across meetings, in time order (meeting start; within a
 * meeting agenda, then minutes, then decisions, each in its own order). Clauses are read from each meeting's newest
 * version of the minutes.
 *
 * <p>What "about" means, per subject:
 * <ul>
 * <li>an Art. 2 area or Art. 4 category: agenda items tagged with it, decisions taken under such an item, and, since
 * a clause of the minutes is not linked to an agenda item, every clause and every decision without an item of a
 * meeting whose agenda has such an item;</li>
 * <li>a place: everything of the meetings held there, and clauses, items and decisions of other meetings that name
 * the place (a case-insensitive substring of its Chinese or Russian name);</li>
 * <li>a search term: items, clauses and decisions the {@link TimelineTermMatcher} accepts.</li>
 * </ul>
 * Cancelled meetings count like others: what they hold was recorded all the same.
 */
public final class TimelineService {

    private final MeetingRepository meetings;
    private final PlaceRepository places;
    private final MinutesRepository minutes;
    private final AgendaRepository agendas;
    private final DecisionRepository decisions;
    private final TimelineTermMatcher terms;

    public TimelineService(MeetingRepository meetings, PlaceRepository places, MinutesRepository minutes,
                           AgendaRepository agendas, DecisionRepository decisions, TimelineTermMatcher terms) {
        this.meetings = meetings;
        this.places = places;
        this.minutes = minutes;
        this.agendas = agendas;
        this.decisions = decisions;
        this.terms = terms;
    }

    public List<TimelineEntry> timeline(TimelineSubject subject) {
        Rule rule = ruleFor(subject);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Meeting meeting : meetings.findAll().stream().sorted(Comparator.comparing(Meeting::start)).toList()) {
            List<AgendaItem> items = agendas.of(meeting.id()).items();
            boolean whole = rule.wholeMeeting(meeting, items);
            Set<UUID> itemsAbout = new java.util.HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                AgendaItem item = items.get(i);
                if (whole || rule.item(item)) {
                    itemsAbout.add(item.uuid());
                    entries.add(new TimelineEntry(meeting, TimelineEntry.Kind.AGENDA_ITEM, item.uuid(), i + 1,
                            item.title(), null));
                }
            }
            boolean tagged = rule.meetingTagged(items);
            List<AlignedPair> pairs = minutes.latest(meeting.id()).map(Minutes::pairs).orElse(List.of());
            for (int i = 0; i < pairs.size(); i++) {
                AlignedPair pair = pairs.get(i);
                Bilingual text = Bilingual.of(pair.zh().text(), pair.ru().text());
                if (whole || tagged || rule.text(pair.uuid(), text)) {
                    entries.add(new TimelineEntry(meeting, TimelineEntry.Kind.CLAUSE, pair.uuid(), i + 1, text,
                            null));
                }
            }
            List<Decision> taken = decisions.ofMeeting(meeting.id());
            for (int i = 0; i < taken.size(); i++) {
                Decision decision = taken.get(i);
                boolean underItem = decision.agendaItem() != null && itemsAbout.contains(decision.agendaItem());
                boolean unlinkedInTagged = decision.agendaItem() == null && tagged;
                if (whole || underItem || unlinkedInTagged || rule.text(decision.uuid(), decision.text())) {
                    entries.add(new TimelineEntry(meeting, TimelineEntry.Kind.DECISION, decision.uuid(), i + 1,
                            decision.text(), decision.status()));
                }
            }
        }
        return List.copyOf(entries);
    }

    /** The tests of one subject. */
    private interface Rule {
        /** Everything of this meeting is about the subject. */
        default boolean wholeMeeting(Meeting meeting, List<AgendaItem> items) {
            return false;
        }

        /** The meeting's agenda is tagged with the subject, so its clauses count (they have no item of their own). */
        default boolean meetingTagged(List<AgendaItem> items) {
            return items.stream().anyMatch(this::taggedItem);
        }

        default boolean taggedItem(AgendaItem item) {
            return false;
        }

        default boolean item(AgendaItem item) {
            return taggedItem(item) || text(item.uuid(), item.title()) || text(item.uuid(), item.note());
        }

        default boolean text(UUID uuid, Bilingual text) {
            return false;
        }
    }

    private Rule ruleFor(TimelineSubject subject) {
        if (subject instanceof TimelineSubject.InArea area) {
            return new Rule() {
                @Override
                public boolean taggedItem(AgendaItem item) {
                    return item.areas().contains(area.area());
                }
            };
        }
        if (subject instanceof TimelineSubject.InCategory category) {
            return new Rule() {
                @Override
                public boolean taggedItem(AgendaItem item) {
                    return item.categories().contains(category.category());
                }
            };
        }
        if (subject instanceof TimelineSubject.Term term) {
            return textRule(terms.forTerm(term.term()));
        }
        return placeRule(((TimelineSubject.AtPlace) subject).placeId());
    }

    private static Rule textRule(Predicate<TimelineTermMatcher.Candidate> matches) {
        return new Rule() {
            @Override
            public boolean text(UUID uuid, Bilingual text) {
                return matches.test(new TimelineTermMatcher.Candidate(uuid, text));
            }
        };
    }

    private Rule placeRule(long placeId) {
        Place place = places.findById(placeId)
                .orElseThrow(() -> new IllegalArgumentException("No place " + placeId));
        // A place's name is a proper name: a plain substring finds it, whatever matcher serves search terms.
        Set<String> names = java.util.stream.Stream.of(place.name().zh(), place.name().ru())
                .filter(name -> !name.isBlank()).collect(Collectors.toSet());
        List<Predicate<TimelineTermMatcher.Candidate>> byName = names.stream()
                .map(TimelineTermMatcher.containsIgnoringCase()::forTerm).toList();
        Rule named = textRule(candidate -> byName.stream().anyMatch(p -> p.test(candidate)));
        return new Rule() {
            @Override
            public boolean wholeMeeting(Meeting meeting, List<AgendaItem> items) {
                return meeting.placeId() == placeId;
            }

            @Override
            public boolean meetingTagged(List<AgendaItem> items) {
                return false;
            }

            @Override
            public boolean text(UUID uuid, Bilingual text) {
                return named.text(uuid, text);
            }
        };
    }
}
