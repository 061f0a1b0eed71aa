// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.sample;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditEntry;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.minutes.Minutes;
import org.huiwu.domain.minutes.MinutesState;
import org.huiwu.domain.person.Person;
import org.huiwu.domain.place.Place;
import org.huiwu.service.archive.OpenArchive;

/**
 * A plausible trail for the sample's invented history: registers entered by the assistant, meetings planned by the
 * assistant, agendas prepared by the deputy, minutes written by the assistant and finalized by the representative,
 * each at the time it would have happened (nothing later than now); then the representative adding the users.
 */
final class SampleTrail {

    private record Step(Instant at, ArchiveUser actor, AuditAction action, String subject, String detail) {
    }

    private SampleTrail() {
    }

    static void write(OpenArchive archive, Clock clock) {
        ArchiveUser representative = archive.users().openedBy();
        ArchiveUser deputy = of(archive, Role.DEPUTY, representative);
        ArchiveUser assistant = of(archive, Role.ASSISTANT, representative);
        Instant now = clock.instant();
        List<Meeting> meetings = archive.meetings().findAll();
        Instant start = meetings.stream().map(Meeting::start).min(Comparator.naturalOrder()).orElse(now)
                .minus(Duration.ofDays(60));
        List<Step> steps = new ArrayList<>();
        int n = 0;
        for (Place place : archive.places().findAll()) {
            steps.add(new Step(start.plusSeconds(60L * n++), assistant, AuditAction.CREATED, "place:" + place.uuid(),
                    place.name().zh() + " / " + place.name().ru()));
        }
        for (Person person : archive.people().findAll()) {
            steps.add(new Step(start.plusSeconds(60L * n++), assistant, AuditAction.CREATED,
                    "person:" + person.uuid(), person.name().zh() + " / " + person.name().ru()));
        }
        for (Meeting meeting : meetings) {
            String subject = "meeting:" + meeting.uuid();
            steps.add(new Step(meeting.start().minus(Duration.ofDays(30)), assistant, AuditAction.CREATED, subject,
                    meeting.title().zh() + " / " + meeting.title().ru() + " · PLANNED"));
            int items = archive.agendas().of(meeting.id()).items().size();
            if (items > 0) {
                steps.add(new Step(meeting.start().minus(Duration.ofDays(7)), deputy, AuditAction.CHANGED,
                        subject + "/agenda", items + " items"));
            }
            for (Minutes version : archive.minutes().versions(meeting.id())) {
                Instant written = meeting.end().plus(Duration.ofHours(version.version()));
                steps.add(new Step(written, assistant, AuditAction.CHANGED, subject + "/minutes",
                        "version " + version.version()));
                if (version.state() == MinutesState.FINAL) {
                    steps.add(new Step(written.plus(Duration.ofMinutes(30)), representative, AuditAction.FINALIZED,
                            subject + "/minutes", "version " + version.version()));
                }
            }
        }
        AuditEntry previous = archive.audit().newest().orElse(null);
        for (Step step : steps.stream().filter(s -> !s.at().isAfter(now))
                .sorted(Comparator.comparing(Step::at)).toList()) {
            previous = append(archive, previous, step);
        }
        for (ArchiveUser user : archive.users().active()) {
            if (!user.uuid().equals(representative.uuid())) {
                previous = append(archive, previous, new Step(now, representative, AuditAction.USER_ADDED,
                        "user:" + user.name(), user.role().name()));
            }
        }
    }

    private static AuditEntry append(OpenArchive archive, AuditEntry previous, Step step) {
        AuditEntry entry = AuditEntry.after(previous, step.at(), step.actor(), step.action(), step.subject(),
                step.detail());
        archive.audit().append(entry);
        return entry;
    }

    private static ArchiveUser of(OpenArchive archive, Role role, ArchiveUser otherwise) {
        return archive.users().active().stream().filter(user -> user.role() == role).findFirst().orElse(otherwise);
    }
}
