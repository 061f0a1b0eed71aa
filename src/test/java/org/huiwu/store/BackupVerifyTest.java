// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.huiwu.domain.common.Side;
import org.huiwu.service.backup.BackupException;
import org.huiwu.service.backup.BackupException.Reason;
import org.huiwu.service.backup.BackupSummary;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Verify finds every kind of broken backup and says which it is; an intact one opens and is counted. */
class BackupVerifyTest {

    private static final char[] PASSPHRASE = SampleArchive.PASSPHRASE.toCharArray();
    private static final H2ArchiveAccess ACCESS = new H2ArchiveAccess(KeyDerivation.forTests());
    private static final H2Backups BACKUPS = new H2Backups(ACCESS);

    @TempDir
    static Path shared;
    static byte[] intact;
    static BackupSummary.Counts counts;

    @TempDir
    Path temp;

    @BeforeAll
    static void backUpTheSample() throws IOException {
        Path file = shared.resolve("sample.hwbackup");
        try (H2Archive archive = (H2Archive) ACCESS.create(shared.resolve("archive"), SampleArchive.NAME,
                Side.CHINA, true, PASSPHRASE.clone())) {
            SampleArchive.fill(archive);
            counts = archive.counts();
            BACKUPS.write(archive, file, Map.of(), p -> { });
        }
        intact = Files.readAllBytes(file);
    }

    @Test
    void intactBackupOpensWithThePassphraseAndIsCounted() throws IOException {
        double[] last = {0};
        BackupSummary summary = BACKUPS.verify(write(intact), PASSPHRASE.clone(), p -> last[0] = p);

        assertThat(summary.meetings()).isEqualTo(counts.meetings()).isPositive();
        assertThat(summary.pairs()).isEqualTo(counts.pairs()).isPositive();
        assertThat(last[0]).isEqualTo(1.0);
    }

    @Test
    void aFlippedByteInTheRecordsIsDamage() throws IOException {
        byte[] copy = intact.clone();
        copy[copy.length - 100] ^= 0x01;

        assertRefused(write(copy), PASSPHRASE, Reason.DAMAGED);
    }

    @Test
    void aChangedNameInThePlainHeaderIsDamage() throws IOException {
        String text = new String(intact, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("archive.sample=true");
        assertThat(at).isPositive();
        byte[] copy = intact.clone();
        byte[] changed = "archive.sample=fals".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(changed, 0, copy, at, changed.length);
        copy[at + changed.length] = 'e';

        assertRefused(write(copy), PASSPHRASE, Reason.DAMAGED);
    }

    @Test
    void aCutOffFileIsTruncated() throws IOException {
        assertRefused(write(Arrays.copyOf(intact, intact.length - 1)), PASSPHRASE, Reason.TRUNCATED);
        assertRefused(write(Arrays.copyOf(intact, intact.length / 2)), PASSPHRASE, Reason.TRUNCATED);
        assertRefused(write(Arrays.copyOf(intact, 20)), PASSPHRASE, Reason.TRUNCATED);
    }

    @Test
    void bytesAfterTheEndAreDamage() throws IOException {
        byte[] longer = Arrays.copyOf(intact, intact.length + 3);

        assertRefused(write(longer), PASSPHRASE, Reason.DAMAGED);
    }

    @Test
    void anotherFileIsForeign() throws IOException {
        assertRefused(write("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)), PASSPHRASE, Reason.FOREIGN);
        assertRefused(write(new byte[0]), PASSPHRASE, Reason.FOREIGN);
        assertRefused(shared.resolve("archive").resolve(ArchiveHeader.FILE_NAME), PASSPHRASE, Reason.FOREIGN);
    }

    @Test
    void aWrongPassphraseIsToldApartFromDamage() throws IOException {
        assertRefused(write(intact), "not the sample".toCharArray(), Reason.WRONG_PASSPHRASE);
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(temp, "copy", ".hwbackup");
        Files.write(file, bytes);
        return file;
    }

    private static void assertRefused(Path file, char[] passphrase, Reason reason) {
        assertThatThrownBy(() -> BACKUPS.verify(file, passphrase.clone(), p -> { }))
                .isInstanceOfSatisfying(BackupException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.detail()).isEqualTo(file.toString());
                });
    }
}
