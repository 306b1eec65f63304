package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.app.cli.SkillmixCommand;
import org.skillmix.usecase.discharge.DischargeQuestionUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

/**
 * The discharge question through both front ends on the Greater Manchester example with its discharge.csv: the
 * command line, reading the dataset as the web stored it, and the web's download of the same question write the same
 * bytes; and both refuse the same questions with the same words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontEndsAgreeOnDischargeQuestionTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String SALFORD = "E08000006";

    @TempDir
    static Path tmp;

    @Autowired
    JdbcTemplate jdbc;

    long withDischarge;
    long withoutDischarge;
    Path stored;
    Path storedWithout;

    @BeforeAll
    void storeTheExampleWithAndWithoutDischargeCsv() throws Exception {
        withDischarge = uploaded("gm-discharge.zip", EXAMPLE);
        Path without = Files.createDirectories(tmp.resolve("without-discharge"));
        try (var files = Files.list(EXAMPLE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList())
                if (!f.getFileName().toString().equals("discharge.csv"))
                    Files.copy(f, without.resolve(f.getFileName()));
        }
        withoutDischarge = uploaded("gm-no-discharge.zip", without);
        stored = storedFiles(withDischarge, "stored");
        storedWithout = storedFiles(withoutDischarge, "stored-without");
        assertThat(stored.resolve("discharge.csv")).exists();
    }

    long uploaded(String name, Path folder) throws Exception {
        Response r = upload(ADMIN, ADMIN_PASSWORD, name, zipOf(folder, Map.of()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A stored dataset's files, as the web application reads them, in a folder. */
    Path storedFiles(long id, String name) throws Exception {
        return storedFolder(jdbc, id, tmp.resolve(name));
    }

    record Cli(int exitCode, String out, String err) {}

    static Cli cli(String... args) {
        CommandLine cli = SkillmixCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Cli(cli.execute(args), out.toString(), err.toString());
    }

    String csvPath(long id, String query) {
        return "/api/systems/" + id + "/discharge/question.csv" + query;
    }

    /** Salford, not the binding place, so the place asked for is the one answered; a fractional FTE too. */
    @Test
    void bothKindsOfStaffGiveTheSameFile() throws Exception {
        for (String kind : new String[] {"care-workers", "homecare-posts"}) {
            Path out = tmp.resolve("question-" + kind);
            Cli c = cli(
                    "discharge-question",
                    stored.toString(),
                    "--out",
                    out.toString(),
                    "--place",
                    SALFORD,
                    "--extra-fte",
                    "37.5",
                    "--kind",
                    kind);
            assertThat(c.exitCode()).as(c.err()).isZero();
            assertThat(c.out())
                    .contains("Salford (" + SALFORD + ")")
                    .contains("52 weeks from Apr 2025.") // the base month as the page writes it
                    .contains("Which place binds")
                    .contains("no place binds before another"); // the example's places are tied, as the page says

            Response web = get(
                    ADMIN, ADMIN_PASSWORD, csvPath(withDischarge, "?place=" + SALFORD + "&extraFte=37.5&kind=" + kind));
            assertThat(web.status()).as(web.body()).isEqualTo(200);
            assertThat(web.raw().headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            byte[] file = Files.readAllBytes(out.resolve(DischargeQuestionUseCase.QUESTION_CSV));
            assertThat(web.bytes()).as(kind).isEqualTo(file);
            String text = new String(file, StandardCharsets.UTF_8);
            assertThat(text.lines().skip(1).findFirst().orElseThrow())
                    .startsWith("asked,," + SALFORD + ",Salford," + kind + ",37.500,");
        }
    }

    /** Nothing asked: the binding place and the default FTE on both. */
    @Test
    void theDefaultsAreTheSame() throws Exception {
        Path out = tmp.resolve("question-defaults");
        Cli c = cli("discharge-question", stored.toString(), "--out", out.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        Response web = get(ADMIN, ADMIN_PASSWORD, csvPath(withDischarge, ""));
        assertThat(web.status()).as(web.body()).isEqualTo(200);
        assertThat(web.bytes()).isEqualTo(Files.readAllBytes(out.resolve(DischargeQuestionUseCase.QUESTION_CSV)));
    }

    /** The discharge page links its own answer's file: the bytes the command line writes for the page's question. */
    @Test
    void thePageLinksTheFileOfItsQuestion() throws Exception {
        Response page = get(
                ADMIN,
                ADMIN_PASSWORD,
                "/systems/" + withDischarge + "/discharge?place=" + SALFORD + "&extraFte=12&kind=homecare-posts");
        assertThat(page.status()).isEqualTo(200);
        Matcher link = Pattern.compile("id=\"discharge-csv\" href=\"([^\"]+)\"").matcher(page.body());
        assertThat(link.find()).as(page.body()).isTrue();
        Response web = get(ADMIN, ADMIN_PASSWORD, link.group(1).replace("&amp;", "&"));
        assertThat(web.status()).as(web.body()).isEqualTo(200);
        Path out = tmp.resolve("question-page");
        Cli c = cli(
                "discharge-question",
                stored.toString(),
                "--out",
                out.toString(),
                "--place",
                SALFORD,
                "--extra-fte",
                "12",
                "--kind",
                "homecare-posts");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(web.bytes()).isEqualTo(Files.readAllBytes(out.resolve(DischargeQuestionUseCase.QUESTION_CSV)));
    }

    @Test
    void bothRefuseTheSameQuestionsInTheSameWords() throws Exception {
        Map<String, String[]> refused = Map.of(
                "place", new String[] {"?place=E99999999", "--place", "E99999999"},
                "extraFte", new String[] {"?extraFte=100001", "--extra-fte", "100001"},
                "kind", new String[] {"?kind=nurses", "--kind", "nurses"});
        refused.forEach((field, ask) -> {
            try {
                Response web = get(ADMIN, ADMIN_PASSWORD, csvPath(withDischarge, ask[0]));
                assertThat(web.status()).as(field).isEqualTo(400);
                assertThat(web.json().get("field").asText()).isEqualTo(field);
                Path out = tmp.resolve("refused-" + field);
                Cli c = cli("discharge-question", stored.toString(), "--out", out.toString(), ask[1], ask[2]);
                assertThat(c.exitCode()).as(field).isEqualTo(2);
                assertThat(c.err().strip())
                        .isEqualTo("skillmix discharge-question: "
                                + web.json().get("detail").asText());
                assertThat(out.resolve(DischargeQuestionUseCase.QUESTION_CSV)).doesNotExist();
            } catch (Exception e) {
                throw new AssertionError(field, e);
            }
        });
    }

    /** Without discharge.csv there is no answer: no file from either. */
    @Test
    void withoutDischargeCsvNeitherWritesAFile() throws Exception {
        Response web = get(ADMIN, ADMIN_PASSWORD, csvPath(withoutDischarge, ""));
        assertThat(web.status()).isEqualTo(404);
        assertThat(web.json().get("detail").asText()).contains("no discharge.csv");
        Path out = tmp.resolve("question-without");
        Cli c = cli("discharge-question", storedWithout.toString(), "--out", out.toString());
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("has no discharge.csv");
        assertThat(out.resolve(DischargeQuestionUseCase.QUESTION_CSV)).doesNotExist();
        // The JSON answer says the same: not available.
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/systems/" + withoutDischarge + "/discharge")
                        .json()
                        .get("available")
                        .asBoolean())
                .isFalse();
    }
}
