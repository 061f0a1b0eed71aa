// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.huiwu.domain.audit.AnchorSource;
import org.huiwu.domain.audit.AuditAction;
import org.huiwu.domain.audit.AuditAnchor;
import org.huiwu.domain.audit.AuditEntry;
import org.huiwu.domain.audit.AuditFinding;
import org.huiwu.domain.audit.AuditVerifier;
import org.huiwu.domain.common.Side;
import org.huiwu.service.audit.ArchiveAuditTrail;
import org.huiwu.service.backup.BackupService;
import org.huiwu.service.backup.BackupSummary;
import org.huiwu.service.settings.BackupSettings;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every backup carries the trail's head; the trail records the backup, and a restore records itself. */
class BackupAuditAnchorTest {

    private static final char[] PASSPHRASE = "备份 копия passphrase".toCharArray();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    @Test
    void aBackupCarriesTheHeadAndTheRestoredTrailSaysItWasRestored() {
        SettingsService settings = new SettingsService(new PropertiesSettingsStore(temp.resolve("config"),
                Locale.ENGLISH));
        settings.update(settings.current().withBackup(new BackupSettings(temp.resolve("backups"), 5, false, false)));
        BackupService backups = new BackupService(new H2Backups(access), settings, CLOCK);
        Path folder = temp.resolve("archive");
        AuditAnchor head;
        BackupSummary written;
        try (H2Archive archive = (H2Archive) access.create(folder, "备份", Side.CHINA, false, "王立新",
                PASSPHRASE.clone())) {
            ArchiveAuditTrail trail = ArchiveAuditTrail.of(archive, CLOCK);
            trail.record(AuditAction.CREATED, "meeting:1", "");
            trail.record(AuditAction.FINALIZED, "meeting:1/minutes", "version 1");
            head = trail.head();

            written = backups.backupNow(archive, done -> { });

            List<AuditEntry> after = archive.audit().all();
            assertThat(after).hasSize(3);
            assertThat(after.get(2).action()).isEqualTo(AuditAction.BACKED_UP);
            assertThat(after.get(2).subject()).isEqualTo("backup:" + written.file().getFileName());
        }
        assertThat(written.metadata()).containsEntry(BackupService.AUDIT_ANCHOR, head.text());
        assertThat(backups.auditAnchor(written.file())).contains(head);

        Path restored = temp.resolve("restored");
        backups.restore(written.file(), PASSPHRASE.clone(), restored, done -> { });

        try (H2Archive reopened = (H2Archive) access.open(restored, PASSPHRASE.clone())) {
            List<AuditEntry> trail = reopened.audit().all();
            assertThat(trail.get(trail.size() - 1).action()).isEqualTo(AuditAction.RESTORED);
            assertThat(trail.get(trail.size() - 1).actorName()).isEqualTo("王立新");
            var report = AuditVerifier.verify(trail, List.of(new AnchorSource(AnchorSource.Kind.BACKUP,
                    written.file().getFileName().toString(), head)));
            assertThat(report.intact()).isTrue();
            assertThat(report.chain().finding()).isEqualTo(AuditFinding.INTACT);
        }
    }
}
