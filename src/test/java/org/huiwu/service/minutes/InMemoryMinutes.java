// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.minutes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Attendance;
import org.huiwu.domain.meeting.AttendanceRepository;
import org.huiwu.domain.meeting.DelegationMember;
import org.huiwu.domain.meeting.DelegationRole;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.meeting.MeetingLevel;
import org.huiwu.domain.meeting.MeetingRepository;
import org.huiwu.domain.meeting.MeetingStatus;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesRepository;

/**
 * Minutes, one meeting and its attendance in memory, for tests of the minutes service and the editor's view
 * model. People 1 and 2 are the Chinese representative and deputy, 3 the Kyrgyz representative, 4 a Kyrgyz
 * interpreter who is in the delegation but (once attendance is recorded) did not attend.
 */
public final class InMemoryMinutes implements MinutesRepository, MeetingRepository, AttendanceRepository {

    public static final long MEETING = 7;
    public static final Instant NOW = Instant.parse("2026-11-27T06:00:00Z");

    private final MemoryMinutesVersions versions = new MemoryMinutesVersions();
    private final Map<Long, Meeting> meetings = new HashMap<>();
    private final Map<Long, Attendance> attendance = new HashMap<>();
    private final List<Minutes> saves = new ArrayList<>();
    private RuntimeException nextFailure;
    private final MutableClock clock = new MutableClock(NOW);

    public InMemoryMinutes() {
        meetings.put(MEETING, new Meeting(MEETING, UUID.randomUUID(), MeetingLevel.TALKS,
                Bilingual.of("边防代表会谈", "Переговоры пограничных представителей"),
                NOW.minus(Duration.ofHours(4)), NOW.minus(Duration.ofHours(2)), ZoneId.of("Asia/Bishkek"), 1,
                Side.KYRGYZSTAN, MeetingStatus.HELD, List.of(
                DelegationMember.of(1, Side.CHINA, DelegationRole.REPRESENTATIVE),
                DelegationMember.of(2, Side.CHINA, DelegationRole.DEPUTY),
                DelegationMember.of(3, Side.KYRGYZSTAN, DelegationRole.REPRESENTATIVE),
                DelegationMember.of(4, Side.KYRGYZSTAN, DelegationRole.INTERPRETER))));
    }

    public MinutesService service(Side home) {
        return new MinutesService(this, this, this, home, clock);
    }

    public MutableClock clock() {
        return clock;
    }

    /** A clock the test moves by hand. */
    public static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Every save in order, to count what the editor stored. */
    public List<Minutes> saves() {
        return saves;
    }

    public void failNextSaveWith(RuntimeException failure) {
        nextFailure = failure;
    }

    @Override
    public List<Minutes> versions(long meetingId) {
        return versions.versions(meetingId);
    }

    @Override
    public Optional<Minutes> latest(long meetingId) {
        return versions.latest(meetingId);
    }

    @Override
    public Optional<org.huiwu.domain.minutes.MinutesState> storedState(UUID version) {
        return versions.storedState(version);
    }

    @Override
    public synchronized Minutes save(Minutes minutes) {
        if (nextFailure != null) {
            RuntimeException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        versions.save(minutes);
        saves.add(minutes);
        return minutes;
    }

    @Override
    public List<Meeting> findAll() {
        return List.copyOf(meetings.values());
    }

    @Override
    public Optional<Meeting> findById(long id) {
        return Optional.ofNullable(meetings.get(id));
    }

    @Override
    public Meeting save(Meeting meeting) {
        meetings.put(meeting.id(), meeting);
        return meeting;
    }

    @Override
    public Optional<Attendance> of(long meetingId) {
        return Optional.ofNullable(attendance.get(meetingId));
    }

    @Override
    public Attendance save(long meetingId, Attendance recorded) {
        attendance.put(meetingId, recorded);
        return recorded;
    }
}
