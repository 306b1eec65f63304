package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillmix.core.bank.BankPlan;
import org.skillmix.core.bank.BankShift;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BankReportTest {
    private static final Pattern DATA =
            Pattern.compile("<script type=\"application/json\" id=\"data\">(.*?)</script>", Pattern.DOTALL);

    /** An organisation code from the shifts file is user input: it may hold a quote or end a script. */
    private static final String ORG = "R\"</script>";

    /**
     * Two weeks of one organisation: 4 of 10 hours filled by the bank in week 1 (40%), 8 of 8 in week 2 (100%).
     * Bank hours cost 20 an hour capped and 25 uncapped, agency hours 40: spend 4 x 20 + 6 x 40 + 8 x 20 = 480 with
     * the cap, 4 x 25 + 6 x 40 + 8 x 25 = 540 without.
     */
    private static BankPlan plan() {
        BankShift first = new BankShift("S1", ORG, 1, "RN_ADULT", 10, true, 20, 40);
        BankShift second = new BankShift("S2", ORG, 2, "RN_ADULT", 8, false, 20, 40);
        return new BankPlan(
                List.of(), List.of(new BankPlan.Cover(first, 4, 6, 20, 25), new BankPlan.Cover(second, 8, 0, 20, 25)));
    }

    @Test
    void escapesTheTitleAndTextAndEmbedsTheFillRatesAndSpend() {
        String html = new BankReport().html("Bank <b>& \"co\"</b>", plan(), "saved <60> & more");

        assertThat(page(html))
                .contains("<title>Bank &lt;b&gt;&amp; &quot;co&quot;&lt;/b&gt;</title>")
                .contains("<h1>Bank &lt;b&gt;&amp; &quot;co&quot;&lt;/b&gt;</h1>")
                .contains("<pre>saved &lt;60&gt; &amp; more</pre>")
                .contains("<div id=\"spend\" class=\"chart\"></div>")
                .contains("<div id=\"fill\" class=\"chart\"></div>");
        assertThat(html.contains("<script src")).as("fetches a script").isFalse();
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).isTrue();
        JsonNode data = JsonMapper.shared().readTree(m.group(1));
        assertThat(data.get("weeks").toString()).isEqualTo("[\"W1\",\"W2\"]");
        assertThat(data.get("orgs").get(0).asString()).isEqualTo(ORG);
        assertThat(data.get("cells").toString()).isEqualTo("[[0,0,40.0],[1,0,100.0]]");
        assertThat(data.get("spend").toString()).isEqualTo("[480,540]");
    }

    /** The page up to its scripts (ECharts alone is a megabyte, too much for a failure's message). */
    private static String page(String html) {
        return html.substring(0, html.indexOf("<script"));
    }

    /** The warm-up's failures are dropped, so a warm-up that stopped rendering would only show as a slower run. */
    @Test
    void theWarmUpRendersTheWholePage() {
        String html = BankReport.warmUpPage();
        assertThat(page(html)).contains("<div id=\"fill\"");
        assertThat(html.endsWith("</html>\n")).as("rendered to the end").isTrue();
    }
}
