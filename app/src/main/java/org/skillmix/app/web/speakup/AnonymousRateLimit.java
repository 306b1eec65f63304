package org.skillmix.app.web.speakup;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * How often anyone may raise a concern or open a case, without keeping who they are (docs/speak-up.md, "Rate
 * limits"). A token bucket per network, in memory only, keyed by HMAC-SHA256 of the address under a random salt
 * that is never written anywhere and is replaced every day: the keys cannot be turned back into addresses, and
 * yesterday's cannot even be compared with today's. An IPv6 address counts by its /56 network: a home is given a
 * /56 (256 networks of /64, RIPE-690's smallest recommended end-site block, what UK broadband providers delegate),
 * so counting by /64 would let anyone with a home router raise 256 times the limit by moving between them.
 */
@Component
public class AnonymousRateLimit {
    /**
     * What is limited, and how much: a bucket holds {@code capacity} tokens and refills them over an hour. Ten
     * concerns an hour from one network is far above any real rate (guardians recorded 32,167 cases in 2023/24,
     * National Guardian's Office: about 150 a trust a year over England's roughly 210 NHS trusts, three a week from a
     * whole trust's staff behind one address), and sixty case openings an hour lets anyone read and reply at
     * leisure.
     */
    public enum Action {
        RAISE(10),
        FOLLOW(60);

        final int capacity;

        Action(int capacity) {
            this.capacity = capacity;
        }
    }

    static final Duration REFILL = Duration.ofHours(1);
    static final Duration SALT_LIFETIME = Duration.ofDays(1);
    /** Beyond this many buckets, full ones (idle networks) are dropped; if that is not enough, all are. */
    static final int MAX_BUCKETS = 100_000;
    /** The leading bytes of an IPv6 address that name the end site: 7 bytes, a /56. */
    static final int IPV6_NETWORK_BYTES = 7;

    private final LongSupplier nanoTime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private byte[] salt;
    private long saltSince;

    public AnonymousRateLimit() {
        this(System::nanoTime);
    }

    AnonymousRateLimit(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        newSalt(nanoTime.getAsLong());
    }

    /** A network's key for today: opaque, kept only in memory, useless once the salt changes. */
    public synchronized String keyOf(String remoteAddress) {
        long now = nanoTime.getAsLong();
        if (now - saltSince >= SALT_LIFETIME.toNanos()) newSalt(now);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] digest = mac.doFinal(network(remoteAddress));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** Takes a token for the action from the key's bucket: empty if allowed, else how long until one is free. */
    public Optional<Duration> take(Action action, String key) {
        long now = nanoTime.getAsLong();
        double perNano = action.capacity / (double) REFILL.toNanos();
        if (buckets.size() > MAX_BUCKETS) prune(now);
        Bucket after = buckets.compute(action + ":" + key, (k, b) -> {
            double tokens = b == null ? action.capacity : Math.min(action.capacity, b.tokens + (now - b.at) * perNano);
            return new Bucket(tokens >= 1 ? tokens - 1 : tokens, now, tokens >= 1);
        });
        if (after.granted) return Optional.empty();
        long wait = (long) Math.ceil((1 - after.tokens) / perNano);
        return Optional.of(Duration.ofNanos(wait));
    }

    private record Bucket(double tokens, long at, boolean granted) {}

    /** Starts a new day now: a new salt, and every bucket forgotten (as happens by itself once a day). */
    public void rotate() {
        newSalt(nanoTime.getAsLong());
    }

    private synchronized void newSalt(long now) {
        salt = new byte[32];
        random.nextBytes(salt);
        saltSince = now;
        buckets.clear();
    }

    private void prune(long now) {
        buckets.entrySet().removeIf(e -> {
            Action a = Action.valueOf(e.getKey().substring(0, e.getKey().indexOf(':')));
            return e.getValue().tokens + (now - e.getValue().at) * a.capacity / (double) REFILL.toNanos() >= a.capacity;
        });
        if (buckets.size() > MAX_BUCKETS) buckets.clear();
    }

    /** The address's bytes, an IPv6 address cut to its /56 network; an unparseable one is hashed as text. */
    static byte[] network(String remoteAddress) {
        if (remoteAddress == null) return new byte[0];
        String literal = remoteAddress.strip().replace("[", "").replace("]", "");
        // Only literals are parsed (an IPv4 dotted quad, or anything with ':' which Java reads as IPv6 or refuses),
        // so no name is ever looked up in DNS.
        if (literal.matches("\\d{1,3}(\\.\\d{1,3}){3}") || literal.contains(":")) {
            try {
                byte[] bytes = InetAddress.getByName(literal).getAddress();
                return bytes.length == 16 ? Arrays.copyOf(bytes, IPV6_NETWORK_BYTES) : bytes;
            } catch (UnknownHostException e) {
                // not a literal after all: hashed as text
            }
        }
        return literal.getBytes(StandardCharsets.UTF_8);
    }
}
