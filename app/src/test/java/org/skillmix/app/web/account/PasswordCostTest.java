package org.skillmix.app.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The web tests lower BCrypt's cost to save time; this pins the cost the application ships with, and that a hash
 * made at it says so (the cost is the number after the version in the hash).
 */
class PasswordCostTest {

    @Test
    void theShippedCostIsAtLeastTen() throws Exception {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        int cost = Integer.parseInt(shipped.getProperty("skillmix.password.bcrypt-cost"));
        assertThat(cost).isGreaterThanOrEqualTo(10);

        String hash = new SecurityConfig().passwordEncoder(cost).encode("a-password-of-sixteen");
        assertThat(hash).startsWith("$2a$" + cost + "$");
    }

    @Test
    void aHashMadeAtAnotherCostStillMatches() {
        // Lowering or raising the cost never locks out an account whose hash was made before.
        String old = new SecurityConfig().passwordEncoder(11).encode("a-password-of-sixteen");
        assertThat(new SecurityConfig().passwordEncoder(10).matches("a-password-of-sixteen", old))
                .isTrue();
    }
}
