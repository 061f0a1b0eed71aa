// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.domain.access.ArchiveUser;
import org.huiwu.domain.access.Role;
import org.huiwu.store.generated.tables.records.ArchiveUserRecord;
import org.jooq.DSLContext;

import static org.huiwu.store.generated.Tables.ARCHIVE_USER;

/** The archive's users, one row each (removed ones too); every save is journaled like any confirmed save. */
final class JooqUserRepository {

    private final DSLContext dsl;
    private final Journaling journaling;

    JooqUserRepository(DSLContext dsl, Journaling journaling) {
        this.dsl = dsl;
        this.journaling = journaling;
    }

    /** Every user ever added, removed ones included, oldest first. */
    List<ArchiveUser> all() {
        return dsl.selectFrom(ARCHIVE_USER).orderBy(ARCHIVE_USER.CREATED_AT, ARCHIVE_USER.UUID)
                .fetch(JooqUserRepository::user);
    }

    Optional<ArchiveUser> find(UUID uuid) {
        return dsl.selectFrom(ARCHIVE_USER).where(ARCHIVE_USER.UUID.eq(uuid)).fetchOptional()
                .map(JooqUserRepository::user);
    }

    /** The user who holds the slot now, if any. */
    Optional<ArchiveUser> activeOfSlot(int slot) {
        return dsl.selectFrom(ARCHIVE_USER).where(ARCHIVE_USER.KEY_SLOT.eq(slot))
                .and(ARCHIVE_USER.REMOVED_AT.isNull()).fetchOptional().map(JooqUserRepository::user);
    }

    ArchiveUser save(ArchiveUser user) {
        byte[] payload = RecordCodec.user(user);
        upsert(user);
        journaling.record(payload);
        return user;
    }

    void markRemoved(UUID uuid, Instant at) {
        byte[] payload = RecordCodec.userRemoved(uuid, at);
        removeForReplay(uuid, at);
        journaling.record(payload);
    }

    /** Also the journal's replay: the row with the same UUID is replaced. */
    void upsert(ArchiveUser user) {
        var removed = user.removedAt() == null ? null : user.removedAt().atOffset(ZoneOffset.UTC);
        dsl.mergeInto(ARCHIVE_USER)
                .using(dsl.selectOne())
                .on(ARCHIVE_USER.UUID.eq(user.uuid()))
                .whenMatchedThenUpdate()
                .set(ARCHIVE_USER.USER_NAME, user.name())
                .set(ARCHIVE_USER.USER_ROLE, user.role().name())
                .set(ARCHIVE_USER.KEY_SLOT, user.slot())
                .set(ARCHIVE_USER.CREATED_AT, user.createdAt().atOffset(ZoneOffset.UTC))
                .set(ARCHIVE_USER.REMOVED_AT, removed)
                .whenNotMatchedThenInsert(ARCHIVE_USER.UUID, ARCHIVE_USER.USER_NAME, ARCHIVE_USER.USER_ROLE,
                        ARCHIVE_USER.KEY_SLOT, ARCHIVE_USER.CREATED_AT, ARCHIVE_USER.REMOVED_AT)
                .values(user.uuid(), user.name(), user.role().name(), user.slot(),
                        user.createdAt().atOffset(ZoneOffset.UTC), removed)
                .execute();
    }

    /** Also the journal's replay. */
    void removeForReplay(UUID uuid, Instant at) {
        dsl.update(ARCHIVE_USER).set(ARCHIVE_USER.REMOVED_AT, at.atOffset(ZoneOffset.UTC))
                .where(ARCHIVE_USER.UUID.eq(uuid)).and(ARCHIVE_USER.REMOVED_AT.isNull()).execute();
    }

    private static ArchiveUser user(ArchiveUserRecord r) {
        return new ArchiveUser(r.getUuid(), r.getUserName(), Role.valueOf(r.getUserRole()), r.getKeySlot(),
                r.getCreatedAt().toInstant(), r.getRemovedAt() == null ? null : r.getRemovedAt().toInstant());
    }
}
