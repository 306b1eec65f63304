package org.skillmix.app.web.speakup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The rate limit's token buckets, on a clock the test moves. */
class AnonymousRateLimitTest {
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final AnonymousRateLimit limit = new AnonymousRateLimit(now::get);

    @Test
    void tenConcernsAnHourThenOneEverySixMinutes() {
        String key = limit.keyOf("192.0.2.10");
        for (int i = 0; i < 10; i++)
            assertThat(limit.take(AnonymousRateLimit.Action.RAISE, key)).isEmpty();
        // The eleventh waits for a token: 10 an hour is one every 6 minutes.
        assertThat(limit.take(AnonymousRateLimit.Action.RAISE, key)).contains(Duration.ofMinutes(6));
        now.addAndGet(Duration.ofMinutes(3).toNanos());
        assertThat(limit.take(AnonymousRateLimit.Action.RAISE, key)).contains(Duration.ofMinutes(3));
        now.addAndGet(Duration.ofMinutes(3).toNanos());
        assertThat(limit.take(AnonymousRateLimit.Action.RAISE, key)).isEmpty();
        assertThat(limit.take(AnonymousRateLimit.Action.RAISE, key)).isPresent();
        // Following a case has its own bucket.
        assertThat(limit.take(AnonymousRateLimit.Action.FOLLOW, key)).isEmpty();
        // Another network is not held up.
        assertThat(limit.take(AnonymousRateLimit.Action.RAISE, limit.keyOf("192.0.2.11")))
                .isEmpty();
    }

    @Test
    void keysAreOpaqueAndChangeWithTheDailySalt() {
        String key = limit.keyOf("192.0.2.10");
        // 32 hex digits cannot hold the dotted address; nor do they hold its four bytes in hex (c000020a), which a
        // key that merely encoded the address would. (Asking for no "192" failed whenever the salted hash had it:
        // about 1 run in 140.)
        assertThat(key).matches("[0-9a-f]{32}").doesNotContain("c000020a").isEqualTo(limit.keyOf(" 192.0.2.10 "));
        assertThat(limit.keyOf("192.0.2.11")).isNotEqualTo(key);
        for (int i = 0; i < 10; i++) limit.take(AnonymousRateLimit.Action.RAISE, key);
        assertThat(limit.take(AnonymousRateLimit.Action.RAISE, key)).isPresent();
        // A day later: a new salt, new keys, and every bucket forgotten.
        now.addAndGet(Duration.ofDays(1).toNanos());
        String tomorrow = limit.keyOf("192.0.2.10");
        assertThat(tomorrow).isNotEqualTo(key);
        assertThat(limit.take(AnonymousRateLimit.Action.RAISE, tomorrow)).isEmpty();
        // A second limiter (a restarted server) has its own salt: keys cannot be compared across them either.
        assertThat(new AnonymousRateLimit(now::get).keyOf("192.0.2.10")).isNotEqualTo(tomorrow);
    }

    @Test
    void anIpv6AddressCountsByItsSlash56() {
        String a = limit.keyOf("2001:db8:1:2:aaaa:bbbb:cccc:1");
        assertThat(limit.keyOf("2001:db8:1:2::99")).isEqualTo(a);
        assertThat(limit.keyOf("[2001:db8:1:2:ffff::]")).isEqualTo(a);
        // Another /64 of the same /56, as a home router hands out: the same bucket.
        assertThat(limit.keyOf("2001:db8:1:3::1")).isEqualTo(a);
        assertThat(limit.keyOf("2001:db8:1:ff::1")).isEqualTo(a);
        assertThat(limit.keyOf("2001:db8:1:100::1")).isNotEqualTo(a);
        // Not an address (a unix socket, a proxy's name): hashed as text, never looked up.
        assertThat(limit.keyOf("proxy.internal")).matches("[0-9a-f]{32}");
        assertThat(AnonymousRateLimit.network("192.0.2.10")).containsExactly(192, 0, 2, 10);
    }

    /** Moving through the 256 /64 networks of one home's /56 buys no more concerns than staying in one. */
    @Test
    void aHomesOtherSlash64NetworksShareItsLimit() {
        for (int n = 0; n < AnonymousRateLimit.Action.RAISE.capacity; n++) {
            String address = String.format("2001:db8:1:%x::1", n);
            assertThat(limit.take(AnonymousRateLimit.Action.RAISE, limit.keyOf(address)))
                    .as(address)
                    .isEmpty();
        }
        assertThat(limit.take(AnonymousRateLimit.Action.RAISE, limit.keyOf("2001:db8:1:ab::1")))
                .isPresent();
    }
}
