// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes guessing passphrases at the unlock screen slow: after each wrong passphrase the next attempt waits longer
 * (1 s, 2 s, 4 s … up to 30 s), for as long as the app runs. A right passphrase resets it.
 */
public final class UnlockThrottle {

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration LONGEST_DELAY = Duration.ofSeconds(30);

    private final Clock clock;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    public UnlockThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the user still has to wait before the next attempt; zero when they may try now. */
    public synchronized Duration remaining() {
        Duration left = Duration.between(clock.instant(), nextAttempt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a wrong passphrase and returns the wait before the next attempt. */
    public synchronized Duration failed() {
        failures++;
        Duration delay = delayAfter(failures);
        nextAttempt = clock.instant().plus(delay);
        return delay;
    }

    public synchronized void succeeded() {
        failures = 0;
        nextAttempt = Instant.MIN;
    }

    public synchronized int failures() {
        return failures;
    }

    static Duration delayAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long seconds = FIRST_DELAY.getSeconds() << Math.min(failures - 1, 10);
        return seconds >= LONGEST_DELAY.getSeconds() ? LONGEST_DELAY : Duration.ofSeconds(seconds);
    }
}
