// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditEntry;
import org.huiwu.domain.audit.AuditFinding;
import org.huiwu.domain.audit.AuditVerifier;
import org.huiwu.domain.common.Side;
import org.huiwu.service.audit.ArchiveAuditTrail;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.store.generated.Tables.AUDIT_ENTRY;

/** The trail's rows: appended, read back exactly as hashed, journaled so a crash does not lose them. */
class JooqAuditRepositoryTest {

    private static final char[] PASSPHRASE = "审计 аудит passphrase".toCharArray();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:00:00.123456789Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    @Test
    void appendedEntriesReadBackAsTheyWereHashed() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "审计", Side.CHINA, false,
                "王立新", PASSPHRASE.clone())) {
            ArchiveAuditTrail trail = ArchiveAuditTrail.of(archive, CLOCK);
            trail.record(AuditAction.CREATED, "meeting:1", "会谈 / Переговоры Ң Ө Ү");
            trail.record(AuditAction.FINALIZED, "meeting:1/minutes", "version 2");

            List<AuditEntry> read = archive.audit().all();

            assertThat(read).hasSize(2);
            assertThat(read.get(0).actorName()).isEqualTo("王立新");
            assertThat(read.get(0).detail()).isEqualTo("会谈 / Переговоры Ң Ө Ү");
            assertThat(read).allMatch(AuditEntry::hashMatches);
            assertThat(AuditVerifier.chain(read).finding()).isEqualTo(AuditFinding.INTACT);
            assertThat(archive.audit().newest().orElseThrow().sequence()).isEqualTo(2);
            assertThat(trail.head()).isEqualTo(read.get(1).anchor());
        }
    }

    @Test
    void aSequenceIsNeverWrittenTwice() {
        try (H2Archive archive = (H2Archive) access.create(temp.resolve("a"), "审计", Side.CHINA, false,
                PASSPHRASE.clone())) {
            ArchiveAuditTrail.of(archive, CLOCK).record(AuditAction.CREATED, "place:1", "");
            AuditEntry first = archive.audit().all().get(0);

            assertThatThrownBy(() -> archive.audit().append(first)).isInstanceOf(RuntimeException.class);
            assertThat(archive.audit().all()).hasSize(1);
        }
    }

    @Test
    void entriesTheDatabaseLostComeBackFromTheJournal() {
        Path folder = temp.resolve("a");
        List<AuditEntry> written;
        try (H2Archive archive = (H2Archive) access.create(folder, "审计", Side.KYRGYZSTAN, false,
                PASSPHRASE.clone())) {
            ArchiveAuditTrail trail = ArchiveAuditTrail.of(archive, CLOCK);
            trail.record(AuditAction.CREATED, "meeting:1", "");
            trail.record(AuditAction.AGREED, "meeting:1/pair:2", "RU");
            trail.record(AuditAction.SIGNED, "meeting:1/protocol", "KG");
            written = archive.audit().all();
            // As after kill -9: H2 lost the committed rows, the journal kept them.
            archive.dsl().deleteFrom(AUDIT_ENTRY).execute();
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.audit().all()).isEqualTo(written);
            assertThat(AuditVerifier.chain(reopened.audit().all()).finding()).isEqualTo(AuditFinding.INTACT);
        }
    }

    @Test
    void replayingEntriesTheDatabaseStillHasDoublesNothing() {
        Path folder = temp.resolve("a");
        try (H2Archive archive = (H2Archive) access.create(folder, "审计", Side.CHINA, false, PASSPHRASE.clone())) {
            ArchiveAuditTrail.of(archive, CLOCK).record(AuditAction.CREATED, "meeting:1", "");
            archive.closeKeepingJournal();
        }
        try (H2Archive reopened = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(reopened.audit().all()).hasSize(1);
        }
    }
}
