package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillmix.app.web.account.AccessRole;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.run.RunRepository;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.SeriesKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The board pack through the API: made once as a queued run, then served from store (asking again gives the same
 * pack, and the same bytes); an organisation lead gets the partners' copy, whose suppression covers every
 * partner's; a published plan's pack cannot be changed in the database; the CQC evidence of the ICS from it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardPackApiTest extends WebTestBase {
    static final String ANALYST = "analyst-board-pack";
    static final String LEAD = "lead-board-pack";
    static final String VIEWER = "viewer-board-pack";
    static final String PASSWORD = "a-long-password-3";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ResultService results;

    @Autowired
    RunRepository runs;

    long datasetId;
    long runId;

    @BeforeAll
    void aFinishedRun() throws Exception {
        for (JsonNode d : get("admin", ADMIN_PASSWORD, "/api/datasets").json())
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                datasetId = d.get("id").asLong();
        account(ANALYST, PASSWORD, "ANALYST", "QOP", null);
        account(LEAD, PASSWORD, "ORG_LEAD", "QOP", "R0A");
        account(VIEWER, PASSWORD, "VIEWER", "QOP", null);
        Response created = postJson(
                ANALYST, PASSWORD, "/api/runs", Map.of("datasetId", datasetId, "years", 2, "draws", 4, "seed", 11));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        runId = created.json().get("id").asLong();
        JsonNode run = awaitRun(ANALYST, PASSWORD, runId, s -> s.equals("SUCCEEDED") || s.equals("FAILED"));
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void madeOnceInTheQueueThenServedFromStore() throws Exception {
        String pack = "/api/runs/" + runId + "/board-pack";
        Response none = get(VIEWER, PASSWORD, pack);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body()).contains("no board pack of run " + runId).contains("POST " + pack);
        assertThat(postJson(VIEWER, PASSWORD, pack, Map.of()).status()).isEqualTo(403);

        Response made = postJson(ANALYST, PASSWORD, pack, Map.of());
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        assertThat(made.json().get("kind").asText()).isEqualTo("BOARD_PACK");
        assertThat(made.json().get("progressUnit").asText()).isEqualTo("steps");
        long packRun = made.json().get("id").asLong();
        JsonNode done = awaitRun(ANALYST, PASSWORD, packRun, s -> !s.equals("QUEUED") && !s.equals("RUNNING"));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        // The Analyses list dates it in words on England's clock, as the other pages do, not as a raw timestamp.
        String list = get(VIEWER, PASSWORD, "/analyses").body();
        String row = list.substring(list.indexOf("href=\"/analyses/" + packRun + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row)
                .containsPattern(">\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} (GMT|BST)<")
                .doesNotContain("Z<");
        // A pack has no series: asking says what it is and where its files are, not that it is a mutual-aid plan.
        Response series = get(VIEWER, PASSWORD, "/api/runs/" + packRun + "/series?measure=gap_fte");
        assertThat(series.status()).isEqualTo(409);
        assertThat(series.json().get("detail").asText())
                .isEqualTo("run " + packRun + " is a board pack: its figures are at /api/analyses/" + packRun);

        Response first = get(VIEWER, PASSWORD, pack);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.raw().headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(firstPage(first.bytes()))
                .contains("What we should do")
                .contains("P10")
                .contains("P90");
        int packs = count();
        Response again = postJson(ANALYST, PASSWORD, pack, Map.of());
        assertThat(again.json().get("id").asLong()).isEqualTo(packRun);
        assertThat(count()).as("asking again makes no second pack").isEqualTo(packs);
        assertThat(get(VIEWER, PASSWORD, pack).bytes()).isEqualTo(first.bytes());
        // The same file on the pack's analysis page, and its CQC evidence beside it.
        Response same = get(VIEWER, PASSWORD, "/api/analyses/" + packRun + "/download/board-pack.pdf");
        assertThat(same.bytes()).isEqualTo(first.bytes());

        // The lead reads the partners' copy, as stored.
        byte[] partners = jdbc.queryForObject(
                "SELECT content FROM run_files WHERE run_id = ? AND file_name = 'board-pack-partners.pdf'",
                byte[].class,
                packRun);
        assertThat(get(LEAD, PASSWORD, pack).bytes()).isEqualTo(partners);

        // The ICS's CQC evidence comes from it, on the API and as the CSV.
        Response evidence = get(LEAD, PASSWORD, "/api/systems/" + datasetId + "/cqc-evidence");
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(200);
        List<String> names = evidence.json()
                .get("statements")
                .valueStream()
                .map(s -> s.get("name").asText())
                .toList();
        assertThat(names)
                .containsExactly(
                        "Safe and effective staffing",
                        "Workforce wellbeing and enablement",
                        "Workforce equality, diversity and inclusion",
                        "Learning culture",
                        "Equity in access");
        Response csv = get(LEAD, PASSWORD, "/api/systems/" + datasetId + "/cqc-evidence/download");
        assertThat(csv.body()).startsWith("quality_statement,key_question,kind,item");
    }

    /**
     * The partners' copy hides exactly what some organisation lead of the ICS may not see (a lead of one of the
     * dataset's organisations, or of none of them): of every total of unmet FTE by capability or by place, the
     * union of what the pages hide from each lead.
     */
    @Test
    void thePartnersSuppressionIsEveryLeadsTogether() throws Exception {
        var run = runs.find(runId).orElseThrow();
        var anyLead = results.hiddenFromAnyLead(run);
        var model = new org.skillmix.data.dataset.DatasetReader().read(EXAMPLE);
        List<Account> leads = new java.util.ArrayList<>();
        leads.add(new Account("lead", AccessRole.ORG_LEAD, "QOP", "(none)"));
        for (var org : model.organisations()) leads.add(new Account("lead", AccessRole.ORG_LEAD, "QOP", org.code()));
        List<SeriesKey> totals = new java.util.ArrayList<>();
        for (var c : model.capabilities())
            totals.add(new SeriesKey(Measure.UNMET_FTE, c.code(), "ALL", "ALL", "ALL", "ALL"));
        for (var p : model.places()) totals.add(new SeriesKey(Measure.UNMET_FTE, "ALL", "ALL", "ALL", "ALL", p.code()));
        for (SeriesKey key : totals) {
            boolean bySomeLead = false;
            for (Account lead : leads)
                bySomeLead |= results.series(lead, runId, "unmet_fte", key.capability(), null, null, null, key.place())
                                .suppressed()
                        != null;
            assertThat(anyLead.test(key)).as(key.toString()).isEqualTo(bySomeLead);
        }
        // Demand is the population's: never suppressed, whoever reads it.
        assertThat(anyLead.test(new SeriesKey(Measure.DEMAND_FTE, "ALL", "ALL", "ALL", "ALL", "ALL")))
                .isFalse();
    }

    @Test
    void aPublishedPlansPackCannotChangeInTheDatabase() throws Exception {
        // A published plan of the run, as the sign-off flow (PlanSignOffIT) leaves it, then its pack.
        Long plan = jdbc.queryForObject(
                "INSERT INTO plans (lineage, version, icb_code, title, run_id, dataset_id, scenario, status, created_by,"
                        + " published_by, published_at) VALUES (0, 1, 'QOP', 'Published plan', ?, ?, 'baseline',"
                        + " 'PUBLISHED', 'test', 'test', now()) RETURNING id",
                Long.class,
                runId,
                datasetId);
        String path = "/api/plans/" + plan + "/board-pack";
        Response made = postJson(ANALYST, PASSWORD, path, Map.of());
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        long planPack = made.json().get("id").asLong();
        JsonNode done = awaitRun(ANALYST, PASSWORD, planPack, s -> !s.equals("QUEUED") && !s.equals("RUNNING"));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(firstPage(get(VIEWER, PASSWORD, path).bytes())).contains("What we should do");
        // A published plan's record no longer changes: asking again gives the same pack.
        assertThat(postJson(ANALYST, PASSWORD, path, Map.of()).json().get("id").asLong())
                .isEqualTo(planPack);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM run_files WHERE run_id = ?", planPack))
                .hasMessageContaining("published plan");
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE run_files SET content = '' WHERE run_id = ? AND file_name = 'board-pack.pdf'",
                        planPack))
                .hasMessageContaining("published plan");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM board_packs WHERE run_id = ?", planPack))
                .hasMessageContaining("published plan");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM run_files WHERE run_id = ?", Integer.class, planPack))
                .isEqualTo(3);
    }

    private int count() {
        return jdbc.queryForObject("SELECT count(*) FROM runs WHERE kind = 'BOARD_PACK'", Integer.class);
    }

    private static String firstPage(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            return text.getText(doc).replaceAll("\\s+", " ");
        }
    }
}
