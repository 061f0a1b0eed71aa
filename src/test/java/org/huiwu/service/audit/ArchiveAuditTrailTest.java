// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.huiwu.domain.access.AccessDeniedException;
import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditEntry;
import org.huiwu.domain.audit.MemoryAuditRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording as the session's user, folding autosaves, and who may read the trail. */
class ArchiveAuditTrailTest {

    private final MemoryAuditRepository repository = new MemoryAuditRepository();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T08:00:00Z"));
    private final Clock clock = new Clock() {
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
            return now.get();
        }
    };
    private final ArchiveUser deputy = new ArchiveUser(UUID.randomUUID(), "刘海燕", Role.DEPUTY, 2, Instant.EPOCH,
            null);
    private final AtomicReference<ArchiveUser> actor = new AtomicReference<>(deputy);
    private final ArchiveAuditTrail trail = new ArchiveAuditTrail(repository, actor::get, clock);

    @Test
    void autosavesOfOneSubjectByOneUserWithinTenMinutesAreOneEntry() {
        for (int i = 0; i < 20; i++) {
            trail.record(AuditAction.CHANGED, "meeting:1/minutes", "version 1");
            now.set(now.get().plusSeconds(20));
        }

        assertThat(repository.all()).hasSize(1);
    }

    @Test
    void aChangeAfterTenMinutesAnotherSubjectOrAnotherActionIsAnEntryOfItsOwn() {
        trail.record(AuditAction.CHANGED, "meeting:1/minutes", "");
        now.set(now.get().plus(ArchiveAuditTrail.COALESCE));
        trail.record(AuditAction.CHANGED, "meeting:1/minutes", "");
        trail.record(AuditAction.CHANGED, "meeting:2/minutes", "");
        trail.record(AuditAction.FINALIZED, "meeting:2/minutes", "");
        trail.record(AuditAction.FINALIZED, "meeting:2/minutes", "");

        assertThat(repository.all()).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void anotherUsersChangeIsNotFoldedIntoTheFirstUsers() {
        trail.record(AuditAction.CHANGED, "meeting:1/minutes", "");
        actor.set(new ArchiveUser(UUID.randomUUID(), "陈晓东", Role.ASSISTANT, 3, Instant.EPOCH, null));
        trail.record(AuditAction.CHANGED, "meeting:1/minutes", "");

        assertThat(repository.all()).extracting(AuditEntry::actorName).containsExactly("刘海燕", "陈晓东");
        assertThat(repository.all()).extracting(AuditEntry::actorRole).containsExactly(Role.DEPUTY, Role.ASSISTANT);
    }

    @Test
    void theHeadIsTheNewestEntrysAnchor() {
        trail.record(AuditAction.CREATED, "place:1", "");
        trail.record(AuditAction.CHANGED, "place:1", "");
        now.set(now.get().plus(Duration.ofHours(1)));

        assertThat(trail.head()).isEqualTo(repository.all().get(1).anchor());
        assertThat(trail.head().sequence()).isEqualTo(2);
    }

    @Test
    void representativeDeputyAndAdministratorMayReadTheTrailAndTheAssistantIsRefused() {
        trail.record(AuditAction.CREATED, "place:1", "");
        for (Role role : Role.values()) {
            AuditService service = new AuditService(repository,
                    () -> new org.huiwu.domain.access.Actor("x", role), java.util.List::of);
            if (role == Role.ASSISTANT) {
                assertThatThrownBy(() -> service.entries(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> service.verify(java.util.List.of()))
                        .isInstanceOf(AccessDeniedException.class);
            } else {
                assertThat(service.entries(AuditFilter.ALL)).hasSize(1);
                assertThat(service.verify(java.util.List.of()).intact()).isTrue();
            }
        }
    }
}
