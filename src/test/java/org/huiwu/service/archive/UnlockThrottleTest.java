// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnlockThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
    private final UnlockThrottle throttle = new UnlockThrottle(clock);

    @Test
    void beforeAnyFailureTheUserMayTryAtOnce() {
        assertThat(throttle.remaining()).isEqualTo(Duration.ZERO);
        assertThat(throttle.failures()).isZero();
    }

    @Test
    void eachWrongPassphraseDoublesTheWaitFromOneSecondUpToThirty() {
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            delays.add(throttle.failed());
        }

        assertThat(delays).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
        assertThat(throttle.failures()).isEqualTo(7);
    }

    @Test
    void theWaitStaysAtThirtySecondsHoweverManyFailuresFollow() {
        assertThat(UnlockThrottle.delayAfter(0)).isEqualTo(Duration.ZERO);
        assertThat(UnlockThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(UnlockThrottle.delayAfter(11)).isEqualTo(Duration.ofSeconds(30));
        assertThat(UnlockThrottle.delayAfter(64)).as("no shift overflow").isEqualTo(Duration.ofSeconds(30));
        assertThat(UnlockThrottle.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theRemainingWaitCountsDownWithTheClock() {
        throttle.failed();
        throttle.failed();
        throttle.failed();

        assertThat(throttle.remaining()).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofMillis(1500));
        assertThat(throttle.remaining()).isEqualTo(Duration.ofMillis(2500));
        clock.advance(Duration.ofMillis(2499));
        assertThat(throttle.remaining()).isEqualTo(Duration.ofMillis(1));
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.remaining()).isEqualTo(Duration.ZERO);
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.remaining()).as("never negative").isEqualTo(Duration.ZERO);
    }

    @Test
    void theNextFailureAfterWaitingStillWaitsLongerFromNow() {
        throttle.failed();
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.remaining()).isEqualTo(Duration.ZERO);

        assertThat(throttle.failed()).as("failures within the running app add up").isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.remaining()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aRightPassphraseResetsTheWaitAndTheCount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed();
        }
        assertThat(throttle.remaining()).isEqualTo(Duration.ofSeconds(16));

        throttle.succeeded();

        assertThat(throttle.remaining()).isEqualTo(Duration.ZERO);
        assertThat(throttle.failures()).isZero();
        assertThat(throttle.failed()).as("the next failure starts from one second again")
                .isEqualTo(Duration.ofSeconds(1));
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
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
