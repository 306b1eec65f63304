package org.skillmix.app.web.speakup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A case's reference and secret, in Crockford's base 32 (no I, L, O or U, so nothing is misread when copied by
 * hand). The reference (60 random bits) names the case; the secret (120 random bits) opens it and is shown once.
 * Only SHA-256(reference, secret) is stored: a slow password hash is for guessable passwords, and 120 random bits
 * cannot be guessed, hash or no hash. Comparison is constant-time ({@link MessageDigest#isEqual}).
 */
final class CaseKeys {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int REFERENCE_SYMBOLS = 12;
    static final int SECRET_SYMBOLS = 24;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the reference is unknown, so a wrong reference costs what a wrong secret does. */
    private static final byte[] NO_CASE = hash("0000-0000-0000", "0".repeat(SECRET_SYMBOLS));

    private CaseKeys() {}

    /** A new random reference, e.g. K7Q2-M9XP-4TDA. */
    static String newReference() {
        return grouped(random(REFERENCE_SYMBOLS));
    }

    /** A new random secret, e.g. 5HGT-Q0ZC-8M2V-XR4K-ANW7-31DE, as shown to the person who raised the concern. */
    static String newSecret() {
        return grouped(random(SECRET_SYMBOLS));
    }

    /** The reference as stored (upper case, in groups of four), or empty when it cannot be one. */
    static Optional<String> reference(String typed) {
        return symbols(typed, REFERENCE_SYMBOLS).map(CaseKeys::grouped);
    }

    /** The secret's symbols without separators, or empty when it cannot be one. */
    static Optional<String> secret(String typed) {
        return symbols(typed, SECRET_SYMBOLS);
    }

    /** SHA-256 of the canonical reference and secret; the reference salts it. */
    static byte[] hash(String reference, String secret) {
        String canonicalSecret = symbols(secret, SECRET_SYMBOLS).orElse(secret);
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(("skillmix-speak-up:" + reference + ":" + canonicalSecret)
                            .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the secret opens the case whose stored hash is given (null: no such case); constant-time. */
    static boolean opens(byte[] storedHash, String reference, String secret) {
        byte[] given = hash(reference, secret);
        boolean known = storedHash != null;
        boolean equal = MessageDigest.isEqual(known ? storedHash : NO_CASE, given);
        return known & equal;
    }

    /**
     * Upper case without spaces or hyphens, reading O as 0 and I or L as 1 as Crockford's decoding does;
     * empty unless exactly {@code count} symbols of the alphabet remain.
     */
    private static Optional<String> symbols(String typed, int count) {
        if (typed == null || typed.length() > 4 * count) return Optional.empty();
        StringBuilder out = new StringBuilder(count);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') continue;
            char read = c == 'O' ? '0' : (c == 'I' || c == 'L') ? '1' : c;
            if (ALPHABET.indexOf(read) < 0) return Optional.empty();
            out.append(read);
        }
        return out.length() == count ? Optional.of(out.toString()) : Optional.empty();
    }

    private static String random(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return out.toString();
    }

    private static String grouped(String symbols) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < symbols.length(); i += 4) {
            if (i > 0) out.append('-');
            out.append(symbols, i, Math.min(i + 4, symbols.length()));
        }
        return out.toString();
    }
}
