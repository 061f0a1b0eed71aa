// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.huiwu.i18n.Language;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.settings.BackupSettings;
import org.huiwu.service.settings.SettingsService;
import org.huiwu.service.settings.SettingsStore;
import org.huiwu.service.settings.Theme;
import org.huiwu.service.settings.UserSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Backups go into the chosen folder under names that say whose and when; rotation, daily and on-exit rules. */
class BackupServiceTest {

    private static final UUID ARCHIVE = UUID.fromString("8c1d2f4e-0000-4000-8000-000000000001");
    private static final UUID OTHER = UUID.fromString("8c1d2f4e-0000-4000-8000-000000000002");

    @TempDir
    Path temp;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final FakeBackups backups = new FakeBackups();
    private final List<Path> written = backups.written;
    private final SettingsService settings = new SettingsService(new MemorySettings());
    private final BackupService service = new BackupService(backups, settings, clock);
    private final OpenArchive archive = FakeBackups.archive(ARCHIVE, Path.of("archive"));

    @Test
    void backupNowWritesIntoTheChosenFolderUnderANameWithArchiveAndTime() {
        choose(temp.resolve("backups"), 5, true, true);

        BackupSummary summary = service.backupNow(archive, p -> { });

        assertThat(summary.file().getFileName().toString())
                .isEqualTo("huiwu-" + ARCHIVE + "-20261128-090000.hwbackup");
        assertThat(service.lastBackup(temp.resolve("backups"), ARCHIVE)).contains(clock.instant());
    }

    @Test
    void twoBackupsInOneSecondGetTwoFiles() {
        choose(temp, 5, true, true);

        service.backupNow(archive, p -> { });
        service.backupNow(archive, p -> { });

        assertThat(names(temp)).containsExactly("huiwu-" + ARCHIVE + "-20261128-090000-1.hwbackup",
                "huiwu-" + ARCHIVE + "-20261128-090000.hwbackup");
        assertThat(service.backups(ARCHIVE)).first().extracting(p -> p.getFileName().toString())
                .isEqualTo("huiwu-" + ARCHIVE + "-20261128-090000-1.hwbackup");
    }

    @Test
    void rotationKeepsTheNewestNOfThisArchiveAndTouchesNothingElse() throws IOException {
        choose(temp, 3, true, true);
        Files.writeString(temp.resolve("huiwu-" + OTHER + "-20200101-000000.hwbackup"), "other archive");
        Files.writeString(temp.resolve("notes.txt"), "the user's");
        for (int day = 0; day < 5; day++) {
            service.backupNow(archive, p -> { });
            clock.advance(Duration.ofDays(1));
        }

        assertThat(names(temp)).containsExactly(
                "huiwu-" + ARCHIVE + "-20261130-090000.hwbackup",
                "huiwu-" + ARCHIVE + "-20261201-090000.hwbackup",
                "huiwu-" + ARCHIVE + "-20261202-090000.hwbackup",
                "huiwu-" + OTHER + "-20200101-000000.hwbackup",
                "notes.txt");
    }

    @Test
    void withoutAChosenFolderBackupNowIsRefusedAndNothingIsAutomatic() {
        assertThatThrownBy(() -> service.backupNow(archive, p -> { })).isInstanceOfSatisfying(
                BackupException.class, e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.NO_FOLDER));
        assertThat(service.dailyDue(ARCHIVE)).isFalse();
        assertThat(service.backupOnExit(archive)).isEmpty();
        assertThat(written).isEmpty();
    }

    @Test
    void dailyBackupIsDueWhenTheNewestIsADayOld() {
        choose(temp, 5, true, true);
        assertThat(service.dailyDue(ARCHIVE)).isTrue();

        assertThat(service.backupIfDue(archive)).isPresent();
        assertThat(service.backupIfDue(archive)).isEmpty();
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(service.dailyDue(ARCHIVE)).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.dailyDue(ARCHIVE)).isTrue();
        // Another archive's backups do not count for this one.
        assertThat(service.dailyDue(OTHER)).isTrue();
    }

    @Test
    void dailyAndOnExitFollowTheirSwitches() {
        choose(temp, 5, false, false);

        assertThat(service.backupIfDue(archive)).isEmpty();
        assertThat(service.backupOnExit(archive)).isEmpty();

        choose(temp, 5, false, true);
        assertThat(service.backupOnExit(archive)).isPresent();
        assertThat(written).hasSize(1);
    }

    @Test
    void schedulerMakesOneBackupADayWithoutWaiting() {
        choose(temp, 5, true, true);
        List<Runnable> ticks = new ArrayList<>();
        List<Duration> periods = new ArrayList<>();
        List<BackupSummary> made = new ArrayList<>();
        boolean[] stopped = {false};
        try (DailyBackups daily = new DailyBackups(service, () -> java.util.Optional.of(archive), made::add,
                e -> { throw new AssertionError(e); })) {
            daily.start((period, task) -> {
                periods.add(period);
                ticks.add(task);
                return () -> stopped[0] = true;
            });
            Runnable tick = ticks.get(0);

            tick.run();
            clock.advance(Duration.ofHours(6));
            tick.run();
            assertThat(made).hasSize(1);
            clock.advance(Duration.ofHours(18));
            tick.run();
            assertThat(made).hasSize(2);
        }
        assertThat(periods).containsExactly(DailyBackups.CHECK_EVERY);
        assertThat(stopped[0]).isTrue();
    }

    @Test
    void schedulerDoesNothingWhileNoArchiveIsOpenAndReportsFailures() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("file"), "x");
        choose(notAFolder, 5, true, true);
        List<BackupException> failures = new ArrayList<>();
        List<Runnable> ticks = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<OpenArchive> open = new java.util.concurrent.atomic
                .AtomicReference<>();
        DailyBackups daily = new DailyBackups(new BackupService(new FakeBackups().failing(BackupException.Reason.DISK_FULL), settings, clock),
                () -> java.util.Optional.ofNullable(open.get()), s -> { }, failures::add);
        daily.start((period, task) -> {
            ticks.add(task);
            return () -> { };
        });

        ticks.get(0).run();
        assertThat(failures).isEmpty();
        open.set(archive);
        ticks.get(0).run();
        assertThat(failures).extracting(BackupException::reason).containsExactly(BackupException.Reason.DISK_FULL);
    }

    private void choose(Path folder, int keep, boolean daily, boolean onExit) {
        settings.update(settings.current().withBackup(new BackupSettings(folder, keep, daily, onExit)));
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class MemorySettings implements SettingsStore {
        private UserSettings saved = new UserSettings(Language.ENGLISH, Theme.LIGHT);

        @Override
        public UserSettings load() {
            return saved;
        }

        @Override
        public void save(UserSettings settings) {
            saved = settings;
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

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
            return now;
        }
    }
}
