// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditAnchor;
import org.huiwu.domain.audit.AuditEntry;
import org.huiwu.domain.audit.AuditRepository;
import org.huiwu.domain.audit.AuditTrail;

/**
 * Records into an archive's trail as the user who opened it: each entry chained to the newest one. A run of
 * CHANGED entries by one user on one subject within {@link #COALESCE} is one entry (the editor autosaves every few
 * seconds; a line per keystroke-save would bury everything else).
 */
public final class ArchiveAuditTrail implements AuditTrail {

    public static final Duration COALESCE = Duration.ofMinutes(10);

    private final AuditRepository repository;
    private final Supplier<ArchiveUser> actor;
    private final Clock clock;

    public ArchiveAuditTrail(AuditRepository repository, Supplier<ArchiveUser> actor, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void record(AuditAction action, String subject, String detail) {
        ArchiveUser who = actor.get();
        Instant now = clock.instant();
        // Reading the newest and appending after it is one step for every trail of this archive (the session's,
        // the backups'), so the chain stays linear.
        synchronized (repository) {
            AuditEntry newest = repository.newest().orElse(null);
            if (repeats(newest, who, action, subject, now)) {
                return;
            }
            repository.append(AuditEntry.after(newest, now, who, action, subject, detail));
        }
    }

    /** The newest entry's anchor, written into backups and protocol PDFs. */
    public AuditAnchor head() {
        synchronized (repository) {
            return repository.newest().map(AuditEntry::anchor).orElse(AuditAnchor.empty());
        }
    }

    private static boolean repeats(AuditEntry newest, ArchiveUser who, AuditAction action, String subject,
                                   Instant now) {
        return newest != null && action == AuditAction.CHANGED && newest.action() == AuditAction.CHANGED
                && newest.actorUuid().equals(who.uuid()) && newest.subject().equals(subject)
                && Duration.between(newest.at(), now).compareTo(COALESCE) < 0;
    }

    /** The trail of an archive as whoever opened it, e.g. for the backups made whoever works. */
    public static ArchiveAuditTrail of(org.huiwu.service.archive.OpenArchive archive, Clock clock) {
        return new ArchiveAuditTrail(archive.audit(), () -> archive.users().openedBy(), clock);
    }
}
