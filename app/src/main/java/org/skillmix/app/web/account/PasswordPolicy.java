package org.skillmix.app.web.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.skillmix.app.web.api.Invalid;
import org.springframework.stereotype.Component;

/**
 * What a password must be, after NIST SP 800-63B (section 5.1.1.2) and the NCSC's password guidance: long
 * enough, not one of the passwords attackers try first (a shipped deny-list of the 30,000 most common, see
 * common-passwords.LICENSE.txt), not a repetition or a run of keys, and not the username or the service's name.
 * No rules about mixing character classes (they make passwords harder to remember, not harder to guess).
 */
@Component
public class PasswordPolicy {
    /** NCSC and NIST: at least 8; 10 keeps a brute-force search of a stolen hash out of reach for years. */
    public static final int MIN_LENGTH = 10;
    /** BCrypt reads at most 72 bytes; a longer password would be cut without the user knowing. */
    public static final int MAX_BYTES = 72;
    /** A password of fewer different characters is a repetition ("aaaaaaaaaa", "ababababab"). */
    static final int MIN_DISTINCT = 5;

    private static final String LIST = "common-passwords.txt";
    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** @throws Invalid (field "password") saying what is wrong with the password */
    public void check(String username, String password) {
        problem(username, password).ifPresent(reason -> {
            throw new Invalid("password", reason);
        });
    }

    /** What is wrong with the password, or empty when it is acceptable. */
    public Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) return Optional.of("give a password");
        if (password.isBlank()) return Optional.of("a password cannot be only spaces");
        if (password.codePointCount(0, password.length()) < MIN_LENGTH)
            return Optional.of("use at least " + MIN_LENGTH + " characters");
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES)
            return Optional.of("use at most " + MAX_BYTES + " bytes (about 70 letters): longer passwords are cut");
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() < MIN_DISTINCT)
            return Optional.of("use at least " + MIN_DISTINCT + " different characters, not a repetition");
        if (isRun(lower))
            return Optional.of("a run of keys or letters (like 1234567890 or abcdefghij) is guessed first");
        if (common.contains(lower) || common.contains(core(lower)))
            return Optional.of("that password is one of the most common ones, which are tried first: choose another");
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT)))
            return Optional.of("a password cannot contain the username");
        if (lower.contains("skillmix")) return Optional.of("a password cannot contain the name of the service");
        return Optional.empty();
    }

    /**
     * The word at the heart of a password: without the digits and symbols people add at either end
     * ("Manchester2024!" is "manchester"). Only a core of at least 4 letters counts.
     */
    static String core(String lower) {
        int from = 0, to = lower.length();
        while (from < to && !Character.isLetter(lower.charAt(from))) from++;
        while (to > from && !Character.isLetter(lower.charAt(to - 1))) to--;
        String core = lower.substring(from, to);
        return core.length() >= 4 ? core : "";
    }

    /** Each character one more (or one less) than the one before, as in 0123456789, abcdefghij or 9876543210. */
    static boolean isRun(String s) {
        int[] c = s.codePoints().toArray();
        if (c.length < 2) return false;
        int step = c[1] - c[0];
        if (Math.abs(step) != 1) return false;
        for (int i = 2; i < c.length; i++) if (c[i] - c[i - 1] != step) return false;
        return true;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + LIST);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
