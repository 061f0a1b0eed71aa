// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.ui.unlock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.huiwu.domain.archive.ArchiveException;
import org.huiwu.domain.archive.ArchiveInfo;
import org.huiwu.i18n.Messages;
import org.huiwu.service.ArchiveSession;
import org.huiwu.service.archive.ArchiveAccess;
import org.huiwu.service.archive.OpenArchive;
import org.huiwu.service.archive.UnlockThrottle;
import org.huiwu.service.sample.SampleArchive;

/**
 * Unlocking an encrypted archive: its name and home side (from the plain header), the passphrase, and a wait that
 * grows with each wrong passphrase while the app runs. A wrong passphrase changes nothing on disk.
 */
public final class UnlockViewModel {

    private final ArchiveAccess archives;
    private final Path folder;
    private final ArchiveInfo info;
    private final UnlockThrottle throttle;
    private final Messages messages;
    private final Clock clock;
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Consumer<ArchiveSession> onOpened = session -> { };

    public UnlockViewModel(ArchiveAccess archives, Path folder, ArchiveInfo info, UnlockThrottle throttle,
                           Messages messages, Clock clock) {
        this.archives = archives;
        this.folder = folder;
        this.info = info;
        this.throttle = throttle;
        this.messages = messages;
        this.clock = clock;
    }

    public void onOpened(Consumer<ArchiveSession> listener) {
        this.onOpened = listener;
    }

    public String archiveName() {
        return info.name();
    }

    public String description() {
        return messages.get("unlock.description", messages.of(info.homeSide()), folder);
    }

    /** The sample's passphrase is no secret: its unlock screen says it, as the welcome screen does. */
    public String hint() {
        return info.sample() ? messages.get("welcome.sample.passphrase", SampleArchive.PASSPHRASE) : "";
    }

    public boolean isSample() {
        return info.sample();
    }

    /** How long until the next attempt is allowed (zero: now). */
    public Duration waitBeforeNextAttempt() {
        return throttle.remaining();
    }

    /**
     * Tries the passphrase. Slow on purpose (the key derivation): the view calls it off the UI thread and runs the
     * returned step on the UI thread. The passphrase array is wiped before this returns.
     */
    public Runnable unlock(char[] passphrase) {
        try {
            Duration wait = throttle.remaining();
            if (!wait.isZero()) {
                return () -> error.set(messages.get("unlock.wait", seconds(wait)));
            }
            OpenArchive archive = archives.open(folder, passphrase);
            throttle.succeeded();
            return () -> {
                error.set("");
                onOpened.accept(new ArchiveSession(archive, clock));
            };
        } catch (ArchiveException e) {
            if (e.reason() == ArchiveException.Reason.WRONG_PASSPHRASE) {
                Duration wait = throttle.failed();
                return () -> error.set(messages.get("unlock.wrong", seconds(wait)));
            }
            return () -> error.set(messages.get(e.reason().messageKey(), e.detail()));
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
