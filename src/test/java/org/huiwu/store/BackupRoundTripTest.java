// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.huiwu.domain.common.Side;
import org.huiwu.domain.meeting.Meeting;
import org.huiwu.domain.place.Place;
import org.huiwu.service.backup.BackupException;
import org.huiwu.service.backup.BackupSummary;
import org.huiwu.service.sample.SampleArchive;
import org.huiwu.store.crypto.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup of an open archive restores into a new folder with everything, pending journal saves included. */
class BackupRoundTripTest {

    private static final char[] PASSPHRASE = SampleArchive.PASSPHRASE.toCharArray();

    @TempDir
    Path temp;

    private final H2ArchiveAccess access = new H2ArchiveAccess(KeyDerivation.forTests());
    private final H2Backups backups = new H2Backups(access);

    @Test
    void restoredArchiveHoldsEverythingIncludingASaveOnlyInTheJournal() throws IOException {
        Path folder = temp.resolve("archive");
        try (H2Archive created = (H2Archive) access.create(folder, SampleArchive.NAME, Side.CHINA, true,
                PASSPHRASE.clone())) {
            SampleArchive.fill(created);
        }
        Path file = temp.resolve("backups/one.hwbackup");
        BackupSummary.Counts before;
        Meeting pending;
        List<String> folderBefore;
        try (H2Archive archive = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            // Saved after the open: in H2 and in the journal, not in the checkpoint the backup copies.
            Place station = StoreFixture.station(archive);
            pending = StoreFixture.meeting(archive, station, Instant.parse("2027-05-04T03:00:00Z"), List.of());
            assertThat(archive.journalEntries()).isEqualTo(2);
            before = archive.counts();
            folderBefore = listing(folder);

            BackupSummary written = backups.write(archive, file, Map.of("auditAnchor", "sha256:abc"), p -> { });

            assertThat(written.file()).isEqualTo(file.toAbsolutePath());
            assertThat(written.bytes()).isEqualTo(Files.size(file));
            // The open archive goes on working, its folder unchanged by the backup.
            archive.places().save(Place.create(org.huiwu.domain.place.PlaceKind.MEETING_STATION, Side.CHINA,
                    org.huiwu.domain.common.Bilingual.of("后来", "Позже"), java.time.ZoneId.of("Asia/Shanghai")));
            assertThat(listing(folder)).isEqualTo(folderBefore);
        }
        assertThat(listing(file.getParent())).containsExactly("one.hwbackup");

        Path restored = temp.resolve("restored");
        BackupSummary summary = backups.restore(file, PASSPHRASE.clone(), restored, p -> { });

        assertThat(summary.metadata()).containsEntry("auditAnchor", "sha256:abc");
        assertThat(summary.archive().name()).isEqualTo(SampleArchive.NAME);
        assertThat(new BackupSummary.Counts(summary.meetings(), summary.minutesVersions(), summary.pairs()))
                .isEqualTo(before);
        assertThat(before.meetings()).isGreaterThan(1);
        assertThat(before.pairs()).isGreaterThan(0);
        try (H2Archive reopened = (H2Archive) access.open(restored, PASSPHRASE.clone())) {
            assertThat(reopened.info().uuid()).isEqualTo(summary.archive().uuid());
            assertThat(reopened.counts()).isEqualTo(before);
            assertThat(reopened.meetings().findAll()).extracting(Meeting::uuid).contains(pending.uuid());
            assertThat(reopened.places().findAll()).extracting(p -> p.name().zh()).doesNotContain("后来");
            // Replayed into the restored database, then emptied by a clean close: nothing left pending.
            assertThat(reopened.journalEntries()).isZero();
        }
        assertThat(listing(temp)).containsExactlyInAnyOrder("archive", "backups", "restored");
    }

    @Test
    void wholeArchiveOnlyInTheJournalIsInTheBackup() {
        Path folder = temp.resolve("archive");
        Path file = temp.resolve("all-pending.hwbackup");
        BackupSummary.Counts before;
        try (H2Archive archive = (H2Archive) access.create(folder, SampleArchive.NAME, Side.CHINA, true,
                PASSPHRASE.clone())) {
            // The checkpoint was taken when the archive was created, empty: the sample exists only in H2 and the
            // journal while the backup is written.
            SampleArchive.fill(archive);
            before = archive.counts();
            backups.write(archive, file, Map.of(), p -> { });
        }

        BackupSummary verified = backups.verify(file, PASSPHRASE.clone(), p -> { });

        assertThat(new BackupSummary.Counts(verified.meetings(), verified.minutesVersions(), verified.pairs()))
                .isEqualTo(before);
    }

    @Test
    void aCrashInsideACleanCloseLeavesNoSaveOutOfTheNextBackup() throws IOException {
        Path folder = temp.resolve("archive");
        access.create(folder, "x", Side.KYRGYZSTAN, false, PASSPHRASE.clone()).close();
        try (H2Archive archive = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            StoreFixture.station(archive);
        }
        // As a crash after the close emptied the journal and before it removed the session marker: H2's file has
        // the station, the journal is empty, the checkpoint (taken at the open) does not have it.
        Files.write(H2ArchiveAccess.sessionMarker(folder), new byte[0]);
        Path file = temp.resolve("after-crash.hwbackup");
        try (H2Archive archive = (H2Archive) access.open(folder, PASSPHRASE.clone())) {
            backups.write(archive, file, Map.of(), p -> { });
        }

        backups.restore(file, PASSPHRASE.clone(), temp.resolve("restored"), p -> { });

        try (H2Archive restored = (H2Archive) access.open(temp.resolve("restored"), PASSPHRASE.clone())) {
            assertThat(restored.places().findAll()).hasSize(1);
        }
    }

    @Test
    void restoreRefusesAFolderThatHoldsAnythingAndLeavesItAlone() throws IOException {
        Path file = sampleBackup();
        Path occupied = temp.resolve("occupied");
        Files.createDirectories(occupied);
        Files.writeString(occupied.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> backups.restore(file, PASSPHRASE.clone(), occupied, p -> { }))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.TARGET_EXISTS));
        assertThat(listing(occupied)).containsExactly("notes.txt");
        assertThatThrownBy(() -> backups.restore(file, PASSPHRASE.clone(), temp.resolve("archive"), p -> { }))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.TARGET_EXISTS));

        Path empty = temp.resolve("empty");
        Files.createDirectories(empty);
        backups.restore(file, PASSPHRASE.clone(), empty, p -> { });
        assertThat(access.peek(empty)).isPresent();
    }

    @Test
    void restoreWithAWrongPassphraseLeavesNoFolderBehind() {
        Path file = sampleBackup();
        Path target = temp.resolve("target");

        assertThatThrownBy(() -> backups.restore(file, "wrong".toCharArray(), target, p -> { }))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.WRONG_PASSPHRASE));
        assertThat(listing(temp)).containsExactlyInAnyOrder("archive", "sample.hwbackup");
    }

    @Test
    void aFailedBackupLeavesNoFileThatLooksLikeABackup() throws IOException {
        Path folder = temp.resolve("archive");
        H2Archive archive = (H2Archive) access.create(folder, "x", Side.CHINA, false, PASSPHRASE.clone());
        archive.close();
        Path file = temp.resolve("out/closed.hwbackup");

        assertThatThrownBy(() -> backups.write(archive, file, Map.of(), p -> { }));
        assertThat(Files.exists(file)).isFalse();
        assertThat(Files.exists(file.resolveSibling("closed.hwbackup.partial"))).isFalse();
    }

    @Test
    void cancelledBackupAndRestoreLeaveNothingBehind() {
        Path file = sampleBackup();
        java.util.function.DoubleConsumer cancelSoon = new java.util.function.DoubleConsumer() {
            private int reports;

            @Override
            public void accept(double done) {
                if (++reports == 2) {
                    throw new java.util.concurrent.CancellationException();
                }
            }
        };
        Path again = temp.resolve("cancelled/again.hwbackup");
        try (H2Archive archive = (H2Archive) access.open(temp.resolve("archive"), PASSPHRASE.clone())) {
            assertThatThrownBy(() -> backups.write(archive, again, Map.of(), cancelSoon))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        }
        assertThat(listing(again.getParent())).isEmpty();

        assertThatThrownBy(() -> backups.restore(file, PASSPHRASE.clone(), temp.resolve("restored"),
                p -> {
                    throw new java.util.concurrent.CancellationException();
                })).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(listing(temp)).containsExactlyInAnyOrder("archive", "cancelled", "sample.hwbackup");
    }

    private Path sampleBackup() {
        Path folder = temp.resolve("archive");
        Path file = temp.resolve("sample.hwbackup");
        try (H2Archive archive = (H2Archive) access.create(folder, SampleArchive.NAME, Side.CHINA, true,
                PASSPHRASE.clone())) {
            SampleArchive.fill(archive);
            backups.write(archive, file, Map.of(), p -> { });
        }
        return file;
    }

    static List<String> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
