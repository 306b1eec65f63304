package org.skillmix.app.web;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.jdbc.core.JdbcTemplate;

/** Past concerns for the speak-up tests. */
final class SpeakUpSeeds {
    private SpeakUpSeeds() {}

    /**
     * Concerns raised in a past month, written straight into the table: a concern can only be raised today, and the
     * themes count complete months. The reference is random, as the application's are.
     */
    static void seed(
            JdbcTemplate jdbc,
            String icb,
            String org,
            String orgName,
            String sector,
            String category,
            YearMonth month,
            int count) {
        for (int i = 0; i < count; i++) {
            String ref = randomReference();
            LocalDate day = month.atDay(1 + (i % month.lengthOfMonth()));
            jdbc.update(
                    "INSERT INTO speak_up_cases (reference, secret_hash, icb_code, org_code, org_name, sector, category,"
                            + " raised_on, status_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ref,
                    new byte[32],
                    icb,
                    org,
                    orgName,
                    sector,
                    category,
                    Date.valueOf(day),
                    Date.valueOf(day));
            jdbc.update(
                    "INSERT INTO speak_up_messages (reference, seq, author, written_on, body) VALUES (?, 1, 'STAFF', ?, ?)",
                    ref,
                    Date.valueOf(day),
                    "seeded concern " + i);
        }
    }

    /** March of the latest financial year that has ended (in March 2026, March 2025; from April 2026, March 2026). */
    static YearMonth endOfLatestEndedYear() {
        YearMonth now = YearMonth.now(java.time.ZoneId.of("Europe/London"));
        return YearMonth.of(now.getMonthValue() >= 4 ? now.getYear() : now.getYear() - 1, 3);
    }

    private static String randomReference() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) s.append('-');
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
