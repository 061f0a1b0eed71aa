// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.backup;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.huiwu.service.archive.OpenArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks every {@link #CHECK_EVERY} whether the open archive's daily backup is due and makes it then. Checking often
 * rather than sleeping a day: a laptop that slept, a clock changed or an archive opened late still gets its backup
 * within minutes of being due. The ticker is injected, so tests run a check without waiting.
 */
public final class DailyBackups implements AutoCloseable {

    public static final Duration CHECK_EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(DailyBackups.class);

    /** Runs a task periodically until the returned handle is closed. */
    @FunctionalInterface
    public interface Ticker {
        AutoCloseable every(Duration period, Runnable task);
    }

    private final BackupService service;
    private final Supplier<Optional<OpenArchive>> openArchive;
    private final Consumer<BackupSummary> done;
    private final Consumer<BackupException> failed;
    private AutoCloseable ticking;

    public DailyBackups(BackupService service, Supplier<Optional<OpenArchive>> openArchive,
                        Consumer<BackupSummary> done, Consumer<BackupException> failed) {
        this.service = service;
        this.openArchive = openArchive;
        this.done = done;
        this.failed = failed;
    }

    /** Checks at once and then every {@link #CHECK_EVERY}. */
    public synchronized void start(Ticker ticker) {
        if (ticking == null) {
            ticking = ticker.every(CHECK_EVERY, this::check);
        }
    }

    /** One check: a backup if one is due for the archive open now. */
    void check() {
        Optional<OpenArchive> archive = openArchive.get();
        if (archive.isEmpty()) {
            return;
        }
        try {
            service.backupIfDue(archive.get()).ifPresent(done);
        } catch (BackupException e) {
            LOG.warn("Daily backup failed: {}", e.getMessage());
            failed.accept(e);
        } catch (RuntimeException e) {
            // The archive was locked or closed while the backup began: the next check tries again.
            LOG.warn("Daily backup not made: {}", e.toString());
        }
    }

    /** A ticker on one daemon thread of its own, first run at once. */
    public static Ticker onBackgroundThread() {
        return (period, task) -> {
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "huiwu-daily-backup");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(task, 0, period.toMillis(), TimeUnit.MILLISECONDS);
            // shutdown, not shutdownNow: an interrupt would close the journal's channel under a running backup.
            return executor::shutdown;
        };
    }

    @Override
    public synchronized void close() {
        if (ticking != null) {
            try {
                ticking.close();
            } catch (Exception e) {
                LOG.debug("Daily backups stopped: {}", e.toString());
            }
            ticking = null;
        }
    }
}
