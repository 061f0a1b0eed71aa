// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.domain.agenda.AgendaItem;
import org.huiwu.domain.agenda.AgendaRepository;
import org.huiwu.domain.decision.DecisionRepository;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.minutes.MinutesRepository;
import org.huiwu.domain.place.PlaceRepository;

/** Reads a meeting's whole record for review mode. Has no method that writes: review mode cannot change anything. */
public final class ReviewService {

    private final MeetingRepository meetings;
    private final PlaceRepository places;
    private final MinutesRepository minutes;
    private final AgendaRepository agendas;
    private final DecisionRepository decisions;

    public ReviewService(MeetingRepository meetings, PlaceRepository places, MinutesRepository minutes,
                         AgendaRepository agendas, DecisionRepository decisions) {
        this.meetings = meetings;
        this.places = places;
        this.minutes = minutes;
        this.agendas = agendas;
        this.decisions = decisions;
    }

    /** All meetings, newest first, as review mode offers them. */
    public List<Meeting> meetings() {
        return meetings.findAll().stream().sorted(Comparator.comparing(Meeting::start).reversed()).toList();
    }

    /** The meeting's record; throws IllegalArgumentException for a meeting the archive does not have. */
    public MeetingReview review(long meetingId) {
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
        Map<UUID, List<DecisionFate.Review>> reviews = laterReviews(meeting);
        List<DecisionFate> fates = decisions.ofMeeting(meetingId).stream()
                .map(d -> new DecisionFate(d, reviews.getOrDefault(d.uuid(), List.of())))
                .toList();
        return new MeetingReview(meeting, places.findById(meeting.placeId()).orElse(null),
                minutes.versions(meetingId), agendas.of(meetingId), fates);
    }

    /** For each decision UUID, the agenda items of later meetings that reviewed it, earliest meeting first. */
    private Map<UUID, List<DecisionFate.Review>> laterReviews(Meeting of) {
        Map<UUID, List<DecisionFate.Review>> found = new HashMap<>();
        List<Meeting> later = meetings.findAll().stream()
                .filter(m -> !m.uuid().equals(of.uuid()) && !m.start().isBefore(of.start()))
                .sorted(Comparator.comparing(Meeting::start)).toList();
        for (Meeting meeting : later) {
            for (AgendaItem item : agendas.of(meeting.id()).items()) {
                for (UUID decision : item.reviewedDecisions()) {
                    found.computeIfAbsent(decision, d -> new ArrayList<>())
                            .add(new DecisionFate.Review(meeting, item));
                }
            }
        }
        return found;
    }
}
