// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.huiwu.domain.common.Bilingual;
import org.huiwu.domain.common.Side;
import org.huiwu.domain.place.Place;
import org.huiwu.domain.place.PlaceKind;
import org.huiwu.service.backup.BackupException;
import org.huiwu.service.backup.BackupService;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.service.settings.BackupSettings;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Replacing the open archive by a backup: backed up first, the open archive untouched until it is closed, kept. */
class ReplaceArchiveTest {

    private static final char[] PASSPHRASE = SampleArchive.PASSPHRASE.toCharArray();

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());

    @Test
    void openArchiveIsBackedUpFirstThenSwappedOnlyAfterItClosesAndKeptAside() {
        SettingsService settings = new SettingsService(new PropertiesSettingsStore(temp.resolve("config"),
                Locale.ENGLISH));
        settings.update(settings.current().withBackup(new BackupSettings(temp.resolve("backups"), 5, false, false)));
        BackupService service = new BackupService(new H2Backups(access), settings,
                Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
        Path folder = temp.resolve("archive");
        Path older = temp.resolve("older.hwbackup");
        H2Archive open = (H2Archive) access.create(folder, SampleArchive.NAME, Side.CHINA, true, PASSPHRASE.clone());
        SampleArchive.fill(open);
        service.backupTo(open, older, p -> { });
        open.places().save(place("备份之后"));

        BackupService.Replacement replacement = service.prepareReplacement(open, older, PASSPHRASE.clone(),
                p -> { });

        // The open archive goes on as it was until the app closes it.
        open.places().save(place("替换之前"));
        assertThat(open.places().findAll()).extracting(p -> p.name().zh()).contains("备份之后", "替换之前");
        assertThat(replacement.safetyBackup()).exists().hasParent(temp.resolve("backups"));
        open.close();

        Path kept = service.swapIn(folder, replacement.restored());

        try (H2Archive restored = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            assertThat(restored.places().findAll()).extracting(p -> p.name().zh())
                    .doesNotContain("备份之后", "替换之前");
        }
        try (H2Archive old = (H2Archive) access.open(kept, PASSPHRASE.clone())) {
            assertThat(old.places().findAll()).extracting(p -> p.name().zh()).contains("备份之后", "替换之前");
        }
        assertThat(Files.exists(replacement.restored())).isFalse();
    }

    @Test
    void withoutABackupFolderNothingIsReplaced() {
        SettingsService settings = new SettingsService(new PropertiesSettingsStore(temp.resolve("config"),
                Locale.ENGLISH));
        BackupService service = new BackupService(new H2Backups(access), settings, Clock.systemUTC());
        Path folder = temp.resolve("archive");
        try (H2Archive open = (H2Archive) access.create(folder, "x", Side.CHINA, false, PASSPHRASE.clone())) {
            Path file = temp.resolve("x.hwbackup");
            service.backupTo(open, file, p -> { });

            assertThatThrownBy(() -> service.prepareReplacement(open, file, PASSPHRASE.clone(), p -> { }))
                    .isInstanceOfSatisfying(BackupException.class,
                            e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.NO_FOLDER));
        }
        assertThat(BackupRoundTripTest.listing(temp)).containsExactlyInAnyOrder("archive", "x.hwbackup");
    }

    private static Place place(String zh) {
        return Place.create(PlaceKind.MEETING_STATION, Side.CHINA, Bilingual.of(zh, "Место"),
                java.time.ZoneId.of("Asia/Shanghai"));
    }
}
