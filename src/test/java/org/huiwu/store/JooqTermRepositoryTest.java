// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.parity.Term;
import org.huiwu.domain.parity.TermOrigin;
import org.huiwu.domain.parity.TermbaseEntry;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.store.generated.Tables.ARCHIVE_INFO;
import static org.huiwu.store.generated.Tables.TERM;

class JooqTermRepositoryTest {

    private static final char[] PASSPHRASE = "术语 термины passphrase".toCharArray();
    private static final Instant AT = Instant.parse("2026-11-27T06:00:00Z");

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    private static TermbaseEntry entry(String zh, String ru, TermOrigin origin) {
        return new TermbaseEntry(new Term(UUID.randomUUID(), List.of(zh.split(";")), List.of(ru.split(";")),
                "note " + zh), origin, AT);
    }

    @Test
    void termsComeBackWithTheirFormsInOrderNoteOriginAndTime() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "术语", Side.CHINA, false,
                PASSPHRASE.clone())) {
            assertThat(archive.terms().seeded()).isFalse();
            assertThat(archive.terms().findAll()).isEmpty();
            TermbaseEntry border = entry("国界;边界", "граница;границы;границе;границу", TermOrigin.GLOSSARY);
            TermbaseEntry agenda = entry("议程", "повестка дня;повестки дня", TermOrigin.USER);
            archive.terms().saveAll(List.of(border, agenda));

            assertThat(archive.terms().findAll()).containsExactly(border, agenda);
            assertThat(archive.terms().seeded()).isTrue();

            TermbaseEntry changed = new TermbaseEntry(new Term(border.uuid(), List.of("边界", "国界"),
                    List.of("граница", "границей"), ""), TermOrigin.GLOSSARY, AT.plusSeconds(60));
            archive.terms().save(changed);
            assertThat(archive.terms().findAll()).containsExactly(changed, agenda);

            assertThat(archive.terms().delete(agenda.uuid())).isTrue();
            assertThat(archive.terms().delete(agenda.uuid())).isFalse();
            assertThat(archive.terms().findAll()).containsExactly(changed);
        }
    }

    @Test
    void deletingEveryTermKeepsTheTermbaseSeeded() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "术语", Side.KYRGYZSTAN, false,
                PASSPHRASE.clone())) {
            TermbaseEntry only = entry("军区", "военный округ", TermOrigin.GLOSSARY);
            archive.terms().save(only);
            archive.terms().delete(only.uuid());

            assertThat(archive.terms().findAll()).isEmpty();
            assertThat(archive.terms().seeded()).isTrue();
        }
    }

    @Test
    void savesAndDeletionsTheDatabaseLostComeBackFromTheJournal() {
        Path folder = temp.resolve("a");
        TermbaseEntry kept = entry("议程", "повестка дня;повестки дня", TermOrigin.ART2);
        TermbaseEntry deleted = entry("纪要", "протокол", TermOrigin.GLOSSARY);
        TermbaseEntry edited;
        try (H2Archive archive = (H2Archive) access.create(folder, "术语", Side.CHINA, false, PASSPHRASE.clone())) {
            archive.terms().saveAll(List.of(kept, deleted));
            edited = new TermbaseEntry(new Term(kept.uuid(), List.of("议程"), List.of("повестка дня", "повестку дня"),
                    "изменено"), TermOrigin.ART2, AT.plusSeconds(5));
            archive.terms().save(edited);
            archive.terms().delete(deleted.uuid());
            assertThat(archive.journalEntries()).isEqualTo(3);
            // As after a kill H2 fell back past: rows and the seeded mark gone, the journal intact.
            archive.dsl().deleteFrom(TERM).execute();
            archive.dsl().update(ARCHIVE_INFO).set(ARCHIVE_INFO.TERMS_SEEDED, false).execute();
            StoreFixture.loseEverything(archive.dsl());
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.terms().findAll()).containsExactly(edited);
            assertThat(reopened.terms().seeded()).isTrue();
            // The first entry brought back both terms; the edit found its term; the tombstone removed the other.
            assertThat(access.lastReplay().restored()).isEqualTo(2);
        }
    }

    @Test
    void aDeletionWhoseRowSurvivedIsStillAppliedByTheTombstone() {
        Path folder = temp.resolve("a");
        TermbaseEntry term = entry("书面同意", "письменное согласие", TermOrigin.GLOSSARY);
        try (H2Archive archive = (H2Archive) access.create(folder, "术语", Side.CHINA, false, PASSPHRASE.clone())) {
            archive.terms().save(term);
            archive.terms().delete(term.uuid());
            // H2 lost the delete but kept the row: the journal must not resurrect it, and removes it.
            archive.dsl().insertInto(TERM).set(TERM.UUID, term.uuid()).set(TERM.ZH_FORMS, "书面同意")
                    .set(TERM.RU_FORMS, "письменное согласие").set(TERM.NOTE, "").set(TERM.ORIGIN, "GLOSSARY")
                    .set(TERM.UPDATED_AT, AT.atOffset(java.time.ZoneOffset.UTC)).execute();
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.terms().findAll()).isEmpty();
        }
    }
}
