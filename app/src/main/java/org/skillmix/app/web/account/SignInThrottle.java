package org.skillmix.app.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords slow an attacker down (NIST SP 800-63B 5.2.2, NCSC: throttle, then lock): after
 * {@value #ACCOUNT_FAILURES} wrong passwords in a row a username is locked for {@link #LOCK}; after
 * {@value #ADDRESS_FAILURES} wrong passwords from one address within {@link #WINDOW}, that address may not try
 * again until the oldest of them is older than the window. A right password resets the username's count.
 *
 * <p>Kept in memory: a restart forgets the counts, which an attacker cannot cause. Known and unknown usernames
 * are counted alike, so a lock tells nothing about whether an account exists. Both maps are bounded (the
 * least recently touched entries go), so a flood of invented names cannot fill the memory.
 */
@Component
public class SignInThrottle {
    static final int ACCOUNT_FAILURES = 10;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int ADDRESS_FAILURES = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;

    /** Why an attempt is refused without looking at the password, and when to try again. */
    public record Refusal(Duration retryAfter, String reason) {}

    private final Clock clock;
    private final Map<String, Attempts> accounts = bounded();
    private final Map<String, Deque<Instant>> addresses = bounded();

    private static final class Attempts {
        int failures;
        Instant lockedUntil = Instant.MIN;
    }

    @Autowired
    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in as this username from this address is refused before the password is checked. */
    public synchronized Optional<Refusal> refused(String username, String address) {
        Instant now = clock.instant();
        Attempts account = username == null ? null : accounts.get(key(username));
        if (account != null && now.isBefore(account.lockedUntil)) {
            return Optional.of(new Refusal(
                    Duration.between(now, account.lockedUntil),
                    "too many wrong passwords for this username: signing in is paused for " + LOCK.toMinutes()
                            + " minutes"));
        }
        Deque<Instant> failures = address == null ? null : addresses.get(address);
        if (failures != null) {
            prune(failures, now);
            if (failures.size() >= ADDRESS_FAILURES) {
                return Optional.of(new Refusal(
                        Duration.between(now, failures.peekFirst().plus(WINDOW)),
                        "too many wrong passwords from this computer: signing in is paused for a few minutes"));
            }
        }
        return Optional.empty();
    }

    /**
     * Counts a wrong password.
     *
     * @return true when this failure locked the username (for the audit log)
     */
    public synchronized boolean failed(String username, String address) {
        Instant now = clock.instant();
        if (address != null) {
            Deque<Instant> failures = addresses.computeIfAbsent(address, a -> new ArrayDeque<>());
            prune(failures, now);
            failures.addLast(now);
        }
        if (username == null || username.isBlank()) return false;
        Attempts account = accounts.computeIfAbsent(key(username), u -> new Attempts());
        if (now.isBefore(account.lockedUntil)) return false;
        account.failures++;
        if (account.failures < ACCOUNT_FAILURES) return false;
        account.failures = 0;
        account.lockedUntil = now.plus(LOCK);
        return true;
    }

    public synchronized void succeeded(String username) {
        if (username != null) accounts.remove(key(username));
    }

    private static void prune(Deque<Instant> failures, Instant now) {
        while (!failures.isEmpty() && !failures.peekFirst().plus(WINDOW).isAfter(now)) failures.removeFirst();
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static <V> Map<String, V> bounded() {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_ENTRIES;
            }
        });
    }
}
