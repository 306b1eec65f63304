package org.skillmix.app.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-05T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
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

    final ManualClock clock = new ManualClock();
    final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void tenWrongPasswordsInARowLockTheUsernameForFifteenMinutes() {
        for (int i = 1; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
            assertThat(throttle.failed("lead1", "10.0.0." + i)).isFalse();
            assertThat(throttle.refused("lead1", "10.0.0.99")).isEmpty();
        }
        assertThat(throttle.failed("LEAD1", "10.0.0.10"))
                .as("the tenth, in any case")
                .isTrue();
        var refusal = throttle.refused("lead1", "10.0.0.99");
        assertThat(refusal).isPresent();
        assertThat(refusal.get().retryAfter()).isEqualTo(SignInThrottle.LOCK);
        assertThat(throttle.refused("someone-else", "10.0.0.99")).isEmpty();

        clock.now = clock.now.plus(SignInThrottle.LOCK).minusSeconds(1);
        assertThat(throttle.refused("lead1", null)).isPresent();
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.refused("lead1", null)).isEmpty();
    }

    @Test
    void aRightPasswordResetsTheCount() {
        for (int i = 1; i < SignInThrottle.ACCOUNT_FAILURES; i++) throttle.failed("lead2", null);
        throttle.succeeded("lead2");
        assertThat(throttle.failed("lead2", null)).isFalse();
        assertThat(throttle.refused("lead2", null)).isEmpty();
    }

    @Test
    void manyWrongPasswordsFromOneAddressPauseItWithinTheWindow() {
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            assertThat(throttle.refused("name" + i, "192.0.2.7")).isEmpty();
            throttle.failed("name" + i, "192.0.2.7");
            clock.now = clock.now.plusSeconds(10);
        }
        var refusal = throttle.refused("a-new-name", "192.0.2.7");
        assertThat(refusal).isPresent();
        // The first failure leaves the window 10 minutes after it: 300 s have passed since.
        assertThat(refusal.get().retryAfter()).isEqualTo(SignInThrottle.WINDOW.minus(Duration.ofSeconds(300)));
        assertThat(throttle.refused("a-new-name", "192.0.2.8")).isEmpty();
        clock.now = clock.now.plus(refusal.get().retryAfter());
        assertThat(throttle.refused("a-new-name", "192.0.2.7"))
                .as("the oldest failure has left the window")
                .isEmpty();
    }
}
