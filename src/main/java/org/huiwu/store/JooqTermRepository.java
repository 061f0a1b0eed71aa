// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.domain.parity.Term;
import org.huiwu.domain.parity.TermOrigin;
import org.huiwu.domain.parity.TermRepository;
import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.store.generated.tables.records.TermRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static org.huiwu.store.generated.Tables.ARCHIVE_INFO;
import static org.huiwu.store.generated.Tables.TERM;

/**
 * The termbase in the {@code term} table. Forms are stored joined by {@link #FORM_SEPARATOR} (V4__termbase.sql).
 * Saves are journaled whole and deletions as tombstones; both mark the termbase as seeded, so a replay restores
 * that mark together with the terms.
 */
final class JooqTermRepository implements TermRepository {

    /** Joins the forms of one language in a column; a form never contains it (the service strips line breaks). */
    static final String FORM_SEPARATOR = "\n";

    private final DSLContext dsl;
    private final Journaling journaling;

    JooqTermRepository(DSLContext dsl, Journaling journaling) {
        this.dsl = dsl;
        this.journaling = journaling;
    }

    @Override
    public List<TermbaseEntry> findAll() {
        return dsl.selectFrom(TERM).orderBy(TERM.ID).fetch(JooqTermRepository::toEntry);
    }

    @Override
    public TermbaseEntry save(TermbaseEntry entry) {
        saveAll(List.of(entry));
        return entry;
    }

    @Override
    public void saveAll(List<TermbaseEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        byte[] payload = RecordCodec.terms(entries);
        upsert(entries);
        journaling.record(payload);
    }

    @Override
    public boolean delete(UUID uuid) {
        boolean[] deleted = new boolean[1];
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            deleted[0] = tx.deleteFrom(TERM).where(TERM.UUID.eq(uuid)).execute() > 0;
            markSeeded(tx);
        });
        journaling.record(RecordCodec.termDeleted(uuid));
        return deleted[0];
    }

    @Override
    public boolean seeded() {
        return Boolean.TRUE.equals(dsl.select(ARCHIVE_INFO.TERMS_SEEDED).from(ARCHIVE_INFO)
                .fetchOne(ARCHIVE_INFO.TERMS_SEEDED));
    }

    /** Entries from a save or the journal, each replacing the one with its UUID; returns how many were missing. */
    int upsert(List<TermbaseEntry> entries) {
        int[] missing = new int[1];
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            List<UUID> uuids = entries.stream().map(TermbaseEntry::uuid).toList();
            Map<UUID, TermRecord> present = tx.selectFrom(TERM).where(TERM.UUID.in(uuids))
                    .fetchMap(TERM.UUID);
            List<TermRecord> inserts = new ArrayList<>();
            for (TermbaseEntry entry : entries) {
                TermRecord row = present.get(entry.uuid());
                if (row == null) {
                    row = tx.newRecord(TERM);
                    row.setUuid(entry.uuid());
                    inserts.add(row);
                    missing[0]++;
                }
                row.setZhForms(String.join(FORM_SEPARATOR, entry.term().zh()));
                row.setRuForms(String.join(FORM_SEPARATOR, entry.term().ru()));
                row.setNote(entry.term().note());
                row.setOrigin(entry.origin().name());
                row.setUpdatedAt(entry.updatedAt().atOffset(ZoneOffset.UTC));
                if (row.getId() != null) {
                    row.update();
                }
            }
            // In the entries' order, so that findAll lists a seed or an import as the file had it.
            tx.batchInsert(inserts).execute();
            markSeeded(tx);
        });
        return missing[0];
    }

    /** Deletes the entry (a replayed tombstone). */
    void deleteForReplay(UUID uuid) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.deleteFrom(TERM).where(TERM.UUID.eq(uuid)).execute();
            markSeeded(tx);
        });
    }

    private static void markSeeded(DSLContext tx) {
        tx.update(ARCHIVE_INFO).set(ARCHIVE_INFO.TERMS_SEEDED, true).where(ARCHIVE_INFO.ID.eq(1)).execute();
    }

    private static TermbaseEntry toEntry(TermRecord r) {
        return new TermbaseEntry(new Term(r.getUuid(), forms(r.getZhForms()), forms(r.getRuForms()), r.getNote()),
                TermOrigin.valueOf(r.getOrigin()), r.getUpdatedAt().toInstant());
    }

    private static List<String> forms(String stored) {
        return Arrays.stream(stored.split(FORM_SEPARATOR)).filter(form -> !form.isEmpty()).toList();
    }
}
