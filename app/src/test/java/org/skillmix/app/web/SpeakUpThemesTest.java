package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The ICS's themes, on a hand-worked table. An ICS of its own (QXX, with no dataset: its organisations come from its
 * concerns), so the other tests' concerns do not change the counts.
 *
 * <pre>
 *                 patient safety  staffing  bullying  total
 * acute             17              10         8        35
 *   RAA              8               3*        6†      17
 *   RBB              9               7†        2*      18
 * ambulance          5               6         0       11
 *   RCC              5               6         0       11
 * all               22              16         8       46
 * </pre>
 *
 * * under 5, suppressed. † suppressed beside it: alone in its row, each would be the row total less the others.
 * With the four suppressed, RAA's staffing t fixes the others (RAA bullying 9 − t, RBB staffing 10 − t, RBB
 * bullying t − 1), and every one of 1 ≤ t ≤ 9 agrees with what is published: each suppressed count could be any
 * of nine values, at least PROTECTION (5) apart. Every other count is published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakUpThemesTest extends SpeakUpTestBase {
    static final String ANALYST_QXX = "su-analyst-qxx";
    YearMonth month;

    @BeforeAll
    void setUp() throws Exception {
        accounts();
        account(ANALYST_QXX, PASSWORD, "ANALYST", "QXX", null);
        if (jdbc.queryForObject("SELECT count(*) FROM speak_up_cases WHERE icb_code = 'QXX'", Integer.class) > 0)
            return;
        month = endOfLatestEndedYear();
        seed("QXX", "RAA", "Aardvark Hospitals NHS Trust", "acute", "PATIENT_SAFETY", month, 8);
        seed("QXX", "RAA", "Aardvark Hospitals NHS Trust", "acute", "STAFFING_LEVELS", month, 3);
        seed("QXX", "RAA", "Aardvark Hospitals NHS Trust", "acute", "BULLYING", month, 6);
        seed("QXX", "RBB", "Badger Hospitals NHS Trust", "acute", "PATIENT_SAFETY", month, 9);
        seed("QXX", "RBB", "Badger Hospitals NHS Trust", "acute", "STAFFING_LEVELS", month, 7);
        seed("QXX", "RBB", "Badger Hospitals NHS Trust", "acute", "BULLYING", month, 2);
        seed("QXX", "RCC", "Coast Ambulance Service NHS Trust", "ambulance", "PATIENT_SAFETY", month, 5);
        seed("QXX", "RCC", "Coast Ambulance Service NHS Trust", "ambulance", "STAFFING_LEVELS", month, 6);
        // This month is in a financial year in progress: a concern raised in it is not counted until the year ends.
        seed(
                "QXX",
                "RCC",
                "Coast Ambulance Service NHS Trust",
                "ambulance",
                "BULLYING",
                YearMonth.now(ZoneId.of("Europe/London")),
                1);
    }

    @Test
    void smallCountsAndTheCountsThatWouldRevealThemAreSuppressed() throws Exception {
        Response r = send(ANALYST_QXX, "GET", "/api/speak-up/themes", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.json();
        YearMonth last = endOfLatestEndedYear();
        assertThat(t.get("to").asText()).isEqualTo(last.toString());
        int startYear = last.getYear() - 1;
        assertThat(t.get("from").asText()).isEqualTo(YearMonth.of(startYear, 4).toString());
        assertThat(t.get("financialYear").asText())
                .isEqualTo(startYear + "/" + String.format("%02d", (startYear + 1) % 100));
        assertThat(codes(t.get("categories")))
                .containsExactly(
                        "PATIENT_SAFETY", "STAFFING_LEVELS", "REDEPLOYMENT", "COMPETENCY", "BULLYING", "OTHER");

        JsonNode rows = t.get("byOrganisation");
        assertThat(row(rows, "acute")).isEqualTo("sector acute: 17 10 0 0 8 0 | 35");
        assertThat(row(rows, "RAA")).isEqualTo("organisation RAA: 8 [c] 0 0 [c] 0 | 17");
        assertThat(row(rows, "RBB")).isEqualTo("organisation RBB: 9 [c] 0 0 [c] 0 | 18");
        assertThat(row(rows, "ambulance")).isEqualTo("sector ambulance: 5 6 0 0 0 0 | 11");
        assertThat(row(rows, "RCC")).isEqualTo("organisation RCC: 5 6 0 0 0 0 | 11");
        assertThat(rows).hasSize(5);
        assertThat(text(t.get("total"))).isEqualTo("total ALL: 22 16 0 0 8 0 | 46");
        assertThat(t.get("suppressedCells").asInt()).isEqualTo(4);
        assertThat(t.get("threshold").asInt()).isEqualTo(5);

        // By month: every month of the year, the seeded one (March, the last) holding every concern.
        JsonNode months = t.get("byMonth");
        assertThat(months).hasSize(12);
        assertThat(months.get(months.size() - 1).get("code").asText()).isEqualTo(last.toString());
        assertThat(text(months.get(months.size() - 1))).isEqualTo("month " + last + ": 22 16 0 0 8 0 | 46");
        for (int i = 0; i < months.size() - 1; i++)
            assertThat(months.get(i).get("total").asLong()).isZero();

        // The view is audited with the ICS and year; never a case.
        assertThat(jdbc.queryForObject(
                        "SELECT detail FROM audit_log WHERE username = ? AND action = 'speakup.themes.read'"
                                + " ORDER BY id DESC LIMIT 1",
                        String.class,
                        ANALYST_QXX))
                .isEqualTo("QXX " + t.get("financialYear").asText());
    }

    @Test
    void onlyTheIcsAnalystsReadThemes() throws Exception {
        for (String user : List.of(VIEWER, LEAD, GUARDIAN_RMC)) {
            assertThat(send(user, "GET", "/api/speak-up/themes", null).status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(send(OTHER_ICS, "GET", "/api/speak-up/themes?icb=QXX", null).status())
                .isEqualTo(403);
        assertThat(send(ANALYST, "GET", "/api/speak-up/themes?icb=QXX", null).status())
                .isEqualTo(403);
        // An analyst of every ICS names one.
        Response unnamed = get("admin", ADMIN_PASSWORD, "/api/speak-up/themes");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().get("field").asText()).isEqualTo("icb");
        assertThat(text(get("admin", ADMIN_PASSWORD, "/api/speak-up/themes?icb=qxx")
                        .json()
                        .get("total")))
                .isEqualTo("total ALL: 22 16 0 0 8 0 | 46");
        Response future = send(ANALYST_QXX, "GET", "/api/speak-up/themes?year=2099", null);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("message").asText()).contains("2099/00 has not ended");
        // Another ICS's own themes hold none of QXX's concerns.
        JsonNode qop = send(ANALYST, "GET", "/api/speak-up/themes", null).json();
        assertThat(qop.get("icbCode").asText()).isEqualTo("QOP");
        assertThat(qop.get("byOrganisation").toString()).doesNotContain("RAA");
    }

    /**
     * A year in progress is refused: its table would change each month, and this month's less last month's would
     * give each organisation's concerns of one month by category (a total going from 7 to 8 is one concern), which
     * suppression of either table alone does not protect. The latest year that has ended is shown instead, the same
     * table in every month it is read.
     */
    @Test
    void aYearInProgressIsNotShownSoNoTwoTablesCanBeDifferenced() throws Exception {
        YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));
        int inProgress = now.getMonthValue() >= 4 ? now.getYear() : now.getYear() - 1;
        Response r = send(ANALYST_QXX, "GET", "/api/speak-up/themes?year=" + inProgress, null);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("year");
        assertThat(r.json().get("message").asText()).contains("has not ended");
        JsonNode latest = send(ANALYST_QXX, "GET", "/api/speak-up/themes", null).json();
        assertThat(latest.get("from").asText())
                .isEqualTo(YearMonth.of(inProgress - 1, 4).toString());
        assertThat(latest.get("to").asText())
                .isEqualTo(YearMonth.of(inProgress, 3).toString());
        assertThat(latest.get("years").get(0).asText())
                .isEqualTo((inProgress - 1) + "/" + String.format("%02d", inProgress % 100));
    }

    @Test
    void theThemesPageMarksSuppressedCounts() throws Exception {
        Response page = send(ANALYST_QXX, "GET", "/speak-up/themes", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"themes-by-organisation\"")
                .contains("Aardvark Hospitals NHS Trust (RAA)")
                .contains("aria-label=\"suppressed\">[c]</td>")
                .contains("<span id=\"suppressed-count\">4</span>");
        assertThat(send(VIEWER, "GET", "/speak-up/themes", null).status()).isEqualTo(403);
    }

    @Test
    void theHeadersLinkAsksAnAdministratorWhichIcs() throws Exception {
        // The header offers an administrator "Speak-up themes" at /speak-up/themes, with no ICS named.
        Response page = get("admin", ADMIN_PASSWORD, "/speak-up/themes");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"themes-ics-form\"")
                .contains("<option value=\"QOP\">")
                .doesNotContain("id=\"themes-by-organisation\"");
        // Choosing one shows its themes.
        Response chosen = get("admin", ADMIN_PASSWORD, "/speak-up/themes?icb=QOP");
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.body()).contains("id=\"themes-by-organisation\"");
    }

    private static List<String> codes(JsonNode categories) {
        List<String> out = new ArrayList<>();
        categories.forEach(c -> out.add(c.get("code").asText()));
        return out;
    }

    private static String row(JsonNode rows, String code) {
        for (JsonNode r : rows) if (r.get("code").asText().equals(code)) return text(r);
        return null;
    }

    /** "kind code: counts | total", a suppressed count as [c]. */
    private static String text(JsonNode r) {
        List<String> counts = new ArrayList<>();
        r.get("counts").forEach(c -> counts.add(c.isNull() ? "[c]" : c.asText()));
        JsonNode total = r.get("total");
        return r.get("kind").asText() + " " + r.get("code").asText() + ": " + String.join(" ", counts) + " | "
                + (total.isNull() ? "[c]" : total.asText());
    }
}
