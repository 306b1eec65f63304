package org.skillmix.app.web.account;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * One-time passwords for a new account made on the Accounts page and for a reset: 120 random bits as 20 letters,
 * digits, '-' and '_', shown once to whoever made them and stored only as a hash; the account must choose its
 * own at its next sign-in.
 */
final class OneTimePasswords {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
