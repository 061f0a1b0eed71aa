// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.huiwu.domain.access.Role;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditEntry;
import org.huiwu.domain.audit.AuditRepository;
import org.huiwu.store.generated.tables.records.AuditEntryRecord;
import org.jooq.DSLContext;

import static org.huiwu.store.generated.Tables.AUDIT_ENTRY;

/**
 * The audit trail's rows. Only inserts and reads: there is no update or delete here, so the app cannot change the
 * trail; an append is journaled like every confirmed save, so it survives a crash with the rest.
 */
final class JooqAuditRepository implements AuditRepository {

    private final DSLContext dsl;
    private final Journaling journaling;

    JooqAuditRepository(DSLContext dsl, Journaling journaling) {
        this.dsl = dsl;
        this.journaling = journaling;
    }

    /** Serialized: the sequence number is the primary key, so a second writer of the same number fails. */
    @Override
    public synchronized void append(AuditEntry entry) {
        byte[] payload = RecordCodec.auditEntry(entry);
        insert(entry);
        journaling.record(payload);
    }

    @Override
    public List<AuditEntry> all() {
        return dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQUENCE_NUMBER).fetch(JooqAuditRepository::entry);
    }

    @Override
    public Optional<AuditEntry> newest() {
        return dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQUENCE_NUMBER.desc()).limit(1).fetchOptional()
                .map(JooqAuditRepository::entry);
    }

    /** The journal's replay: an entry the database still has stays as it is (an append never changes a row). */
    void replay(AuditEntry entry) {
        if (!dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.SEQUENCE_NUMBER.eq(entry.sequence()))) {
            insert(entry);
        }
    }

    private void insert(AuditEntry entry) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.SEQUENCE_NUMBER, entry.sequence())
                .set(AUDIT_ENTRY.RECORDED_AT, entry.at().atOffset(ZoneOffset.UTC))
                .set(AUDIT_ENTRY.ACTOR_UUID, entry.actorUuid())
                .set(AUDIT_ENTRY.ACTOR_NAME, entry.actorName())
                .set(AUDIT_ENTRY.ACTOR_ROLE, entry.actorRole().name())
                .set(AUDIT_ENTRY.AUDIT_ACTION, entry.action().name())
                .set(AUDIT_ENTRY.SUBJECT, entry.subject())
                .set(AUDIT_ENTRY.DETAIL, entry.detail())
                .set(AUDIT_ENTRY.PREVIOUS_HASH, entry.previousHash())
                .set(AUDIT_ENTRY.ENTRY_HASH, entry.hash())
                .execute();
    }

    private static AuditEntry entry(AuditEntryRecord r) {
        return new AuditEntry(r.getSequenceNumber(), r.getRecordedAt().toInstant(), r.getActorUuid(),
                r.getActorName(), Role.valueOf(r.getActorRole()), AuditAction.valueOf(r.getAuditAction()),
                r.getSubject(), r.getDetail(), r.getPreviousHash(), r.getEntryHash());
    }
}
