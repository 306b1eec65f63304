package org.skillmix.app.web.speakup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** References and secrets: their form, how typing them is forgiven, and the constant-time check. */
class CaseKeysTest {

    @Test
    void referencesAndSecretsAreRandomCrockfordSymbolsInGroupsOfFour() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String ref = CaseKeys.newReference();
            String secret = CaseKeys.newSecret();
            assertThat(ref).matches("([0-9A-HJKMNP-TV-Z]{4}-){2}[0-9A-HJKMNP-TV-Z]{4}");
            assertThat(secret).matches("([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}");
            assertThat(seen.add(ref)).isTrue();
        }
    }

    @Test
    void typingIsForgivenAsCrockfordReadsIt() {
        assertThat(CaseKeys.reference("k7q2 m9xp 4tda")).contains("K7Q2-M9XP-4TDA");
        // O is read as 0, I and L as 1.
        assertThat(CaseKeys.reference("OIL2-0000-1111")).contains("0112-0000-1111");
        assertThat(CaseKeys.reference("K7Q2-M9XP")).isEmpty();
        assertThat(CaseKeys.reference("K7Q2-M9XP-4TDU")).as("U is not a symbol").isEmpty();
        assertThat(CaseKeys.reference(null)).isEmpty();
        assertThat(CaseKeys.secret("a".repeat(24))).contains("A".repeat(24));
        assertThat(CaseKeys.secret("a".repeat(23))).isEmpty();
    }

    @Test
    void onlyTheRightSecretOpensAndAnUnknownCaseCostsTheSame() {
        String ref = CaseKeys.newReference();
        String secret = CaseKeys.newSecret();
        byte[] stored = CaseKeys.hash(ref, secret);
        assertThat(stored).hasSize(32);
        assertThat(CaseKeys.opens(stored, ref, secret)).isTrue();
        assertThat(CaseKeys.opens(stored, ref, secret.toLowerCase().replace("-", " ")))
                .isTrue();
        String other = CaseKeys.newSecret();
        assertThat(CaseKeys.opens(stored, ref, other)).isFalse();
        // The same secret on another reference: the reference salts the hash.
        assertThat(CaseKeys.opens(stored, CaseKeys.newReference(), secret)).isFalse();
        // No such case: compared against a fixed hash (the same work), never opens, even with its own secret.
        assertThat(CaseKeys.opens(null, "0000-0000-0000", "0".repeat(24))).isFalse();
    }
}
