package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `skillmix scenario`: edits are validated with the whole dataset and saved whole or not at all. */
class ScenarioCommandTest {

    @TempDir
    Path tmp;

    Path dataset;

    /**
     * A copy of the example without its interventions.csv: a dataset with no scenarios yet, so that each edit here
     * makes the file's first scenario and rows are counted from the header.
     */
    @BeforeEach
    void copyTheExampleWithoutItsScenarios() throws IOException {
        dataset = Files.createDirectories(tmp.resolve("gm"));
        try (Stream<Path> files = Files.list(CliTest.EXAMPLE)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals("interventions.csv"))
                    Files.copy(f, dataset.resolve(f.getFileName()));
            }
        }
    }

    private CliTest.Run addPayUplift(String low, String... extra) {
        String[] base = {
            "scenario",
            "add",
            dataset.toString(),
            "--scenario",
            "retain",
            "--name",
            "Retention",
            "--intervention",
            "PAY5",
            "--kind",
            "pay_uplift",
            "--set",
            "scale=0.05",
            "--set",
            "start_month=2026-04",
            "--set",
            "effect_low=" + low,
            "--set",
            "effect_mode=0.85",
            "--set",
            "effect_high=0.9"
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliTest.run(args);
    }

    @Test
    void aValidInterventionIsSavedListedAndProjected() {
        CliTest.Run add = addPayUplift("0.8");
        assertThat(add.exitCode()).as(add.err()).isZero();

        CliTest.Run list = CliTest.run("scenario", "list", dataset.toString());
        assertThat(list.out())
                .contains("retain  Retention (1 intervention)")
                .contains("PAY5")
                .contains("pay_uplift");

        CliTest.Run project = CliTest.run(
                "project",
                dataset.toString(),
                "--scenario",
                "retain",
                "--out",
                tmp.resolve("out").toString(),
                "--years",
                "2",
                "--draws",
                "10");
        assertThat(project.exitCode()).as(project.err()).isZero();
    }

    @Test
    void anInterventionNameIsSavedAndListed() throws IOException {
        CliTest.Run add = addPayUplift("0.8", "--intervention-name", "Five per cent pay uplift");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(Files.readAllLines(dataset.resolve("interventions.csv")).get(1))
                .startsWith("retain,Retention,PAY5,Five per cent pay uplift,pay_uplift,");
        assertThat(CliTest.run("scenario", "list", dataset.toString()).out()).contains(": Five per cent pay uplift");

        // without one, the list says what the dataset reader calls it: its kind in plain words
        CliTest.run("scenario", "remove", dataset.toString(), "--scenario", "retain");
        assertThat(addPayUplift("0.8").exitCode()).isZero();
        assertThat(CliTest.run("scenario", "list", dataset.toString()).out()).contains(": Pay uplift");
    }

    @Test
    void anInvalidEditNamesTheCellAndChangesNothing() throws IOException {
        CliTest.Run add = addPayUplift("0.9"); // low above mode

        assertThat(add.exitCode()).isEqualTo(Subcommand.INVALID);
        assertThat(add.err()).contains("interventions.csv:2:effect_low:").contains("is unchanged");
        assertThat(dataset.resolve("interventions.csv")).doesNotExist();
    }

    @Test
    void anExistingInterventionIsReplacedOnlyWhenAsked() throws IOException {
        assertThat(addPayUplift("0.8").exitCode()).isZero();
        byte[] before = Files.readAllBytes(dataset.resolve("interventions.csv"));

        CliTest.Run again = addPayUplift("0.75");
        assertThat(again.exitCode()).isEqualTo(Subcommand.USAGE);
        assertThat(again.err()).contains("already has intervention PAY5");
        assertThat(Files.readAllBytes(dataset.resolve("interventions.csv"))).isEqualTo(before);

        assertThat(addPayUplift("0.75", "--replace").exitCode()).isZero();
        assertThat(Files.readString(dataset.resolve("interventions.csv")))
                .contains(",0.75,0.85,0.9,")
                .doesNotContain(",0.8,0.85,");
    }

    @Test
    void removeTakesOneInterventionOrTheWholeScenario() throws IOException {
        assertThat(addPayUplift("0.8").exitCode()).isZero();
        CliTest.Run missing =
                CliTest.run("scenario", "remove", dataset.toString(), "--scenario", "retain", "--intervention", "NOPE");
        assertThat(missing.exitCode()).isEqualTo(Subcommand.USAGE);

        CliTest.Run remove = CliTest.run("scenario", "remove", dataset.toString(), "--scenario", "retain");
        assertThat(remove.exitCode()).as(remove.err()).isZero();
        assertThat(Files.readAllLines(dataset.resolve("interventions.csv"))).hasSize(1); // the header
    }

    @Test
    void anUnknownColumnIsNamedWithTheColumnsThereAre() {
        CliTest.Run add = addPayUplift("0.8", "--set", "efect_mode=0.9");
        assertThat(add.exitCode()).isEqualTo(Subcommand.USAGE);
        assertThat(add.err()).contains("efect_mode").contains("effect_mode");
    }
}
