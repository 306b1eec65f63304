package org.skillmix.app.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.skillmix.app.web.api.Invalid;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theIssuesPasswordsAreRefused() {
        assertThat(policy.problem("lead1", "aaaaaaaaaa"))
                .hasValueSatisfying(p -> assertThat(p).contains("different"));
        assertThat(policy.problem("lead1", "          "))
                .hasValueSatisfying(p -> assertThat(p).contains("spaces"));
        assertThatThrownBy(() -> policy.check("lead1", "aaaaaaaaaa"))
                .isInstanceOf(Invalid.class)
                .extracting(e -> ((Invalid) e).field())
                .isEqualTo("password");
    }

    @Test
    void shortAndOverlongPasswordsAreRefused() {
        assertThat(policy.problem("u", "Tr0ub4dor"))
                .hasValueSatisfying(p -> assertThat(p).contains("at least 10"));
        // BCrypt reads 72 bytes: a longer password would be cut without the user knowing.
        assertThat(policy.problem("u", "correct horse battery staple ".repeat(3)))
                .hasValueSatisfying(p -> assertThat(p).contains("72 bytes"));
    }

    @Test
    void commonPasswordsAreRefusedWithTheirTrimmingsToo() {
        assertThat(policy.problem("u", "qwertyuiop")).isPresent();
        assertThat(policy.problem("u", "password123")).isPresent();
        assertThat(policy.problem("u", "Manchester2024!"))
                .as("a common word with digits added")
                .isPresent();
        assertThat(policy.problem("u", "1q2w3e4r5t")).isPresent();
    }

    @Test
    void runsRepetitionsTheUsernameAndTheServiceAreRefused() {
        assertThat(policy.problem("u", "0123456789")).isPresent();
        assertThat(policy.problem("u", "jihgfedcba")).isPresent();
        assertThat(policy.problem("u", "abababababab")).isPresent();
        assertThat(policy.problem("jsmith", "jsmith-is-my-name"))
                .hasValueSatisfying(p -> assertThat(p).contains("username"));
        assertThat(policy.problem("u", "my skillmix login"))
                .hasValueSatisfying(p -> assertThat(p).contains("service"));
    }

    @Test
    void ordinaryPassphrasesAreAccepted() {
        assertThat(policy.problem("lead1", "correct horse battery")).isEmpty();
        assertThat(policy.problem("lead1", "a-long-password-1")).isEmpty();
        assertThat(policy.problem("lead1", "Wigan pier at dusk 7")).isEmpty();
    }
}
