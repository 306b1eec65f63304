package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/** interventions.csv: read into scenarios, written back the same, and bad rows named by file:row:column. */
class InterventionsTableTest {
    private final DatasetReader reader = new DatasetReader();

    @TempDir
    Path tmp;

    private TinyDataset data;

    @BeforeEach
    void copyFixture() throws Exception {
        data = TinyDataset.copyTo(tmp.resolve("tiny"));
    }

    @Test
    void rowsMakeScenariosInFileOrder() throws Exception {
        SystemModel model = reader.read(data.folder());
        assertThat(model.scenarios()).extracting(Scenario::code).containsExactly("retain", "grow");
        Scenario retain = model.scenario("retain").orElseThrow();
        assertThat(retain.name()).isEqualTo("Retention package");
        assertThat(model.scenario("grow").orElseThrow().name()).isEqualTo("Grow our own");
        Intervention flex = retain.interventions().get(0);
        assertThat(flex.kind()).isEqualTo(InterventionKind.FLEXIBLE_WORKING);
        assertThat(flex.scope()).isEqualTo(new Intervention.Scope("ALL", "RN", "ALL", "ALL"));
        assertThat(flex.start()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(flex.rampMonths()).isEqualTo(12);
        assertThat(flex.effect()).isEqualTo(new Interval(0.05, 0.1, 0.15));
        assertThat(flex.costFixedGbp()).isEqualTo(50_000);
        assertThat(flex.costPerUnitGbp()).isEqualTo(40);
        Intervention places =
                model.scenario("grow").orElseThrow().interventions().get(0);
        assertThat(places.courseMonths()).isEqualTo(36);
        assertThat(places.scope().place()).isEqualTo("E08000001");
        Intervention rotate =
                model.scenario("grow").orElseThrow().interventions().get(2);
        assertThat(rotate.targetSector()).isEqualTo("adult_social_care");
        assertThat(rotate.targetRole()).isEqualTo("CW");
    }

    @Test
    void writtenScenariosReadBackTheSame() throws Exception {
        SystemModel model = reader.read(data.folder());
        Path folder = tmp.resolve("out");
        new DatasetWriter().writeFolder(model, folder);
        assertThat(reader.read(folder)).isEqualTo(model);
        Path xlsx = tmp.resolve("out.xlsx");
        new DatasetWriter().writeWorkbook(model, xlsx);
        assertThat(reader.read(xlsx).scenarios()).isEqualTo(model.scenarios());
    }

    @Test
    void aNameIsReadAndShownBesideTheCode() throws Exception {
        Intervention flex = reader.read(data.folder())
                .scenario("retain")
                .orElseThrow()
                .interventions()
                .get(0);
        assertThat(flex.name()).isEqualTo("Flexible working for nurses");
        assertThat(flex.nameAndCode()).isEqualTo("Flexible working for nurses (flex)");
    }

    @Test
    void aBlankNameIsTheKindInPlainWordsAndIsFlagged() throws Exception {
        data.set("interventions.csv", 3, "intervention_name", "");
        ReadResult read = reader.load(data.folder());
        Intervention pay =
                read.model().scenario("retain").orElseThrow().interventions().get(1);
        assertThat(pay.name()).isEmpty();
        assertThat(pay.nameAndCode()).isEqualTo("Pay uplift (pay)");
        assertThat(read.warnings())
                .filteredOn(w -> w.column().equals("intervention_name"))
                .extracting(Problem::toString)
                .containsExactly("interventions.csv:3:intervention_name: warning: no name given; the intervention is"
                        + " shown as \"Pay uplift\", its kind in plain words");
    }

    @Test
    void withoutTheColumnEveryInterventionIsNamedByItsKind() throws Exception {
        data.deleteColumn("interventions.csv", "intervention_name");
        ReadResult read = reader.load(data.folder());
        assertThat(read.model().scenarios().stream().flatMap(s -> s.interventions().stream()))
                .extracting(Intervention::nameAndCode)
                .containsExactly(
                        "Flexible working (flex)",
                        "Pay uplift (pay)",
                        "Extra training places (places)",
                        "Upskilling (upskill)",
                        "Staff rotation (rotate)");
        assertThat(read.warnings())
                .filteredOn(w -> w.column().equals("intervention_name"))
                .extracting(Problem::row)
                .containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void aDefaultedNameStaysBlankWhenWrittenBack() throws Exception {
        data.set("interventions.csv", 3, "intervention_name", "");
        Path folder = tmp.resolve("written");
        new DatasetWriter().writeFolder(reader.read(data.folder()), folder);
        List<InterventionRow> rows =
                InterventionsCsv.read(java.nio.file.Files.readAllBytes(folder.resolve("interventions.csv")));
        assertThat(rows)
                .extracting(InterventionRow::interventionName)
                .containsExactly(
                        "Flexible working for nurses",
                        "",
                        "Nurse training places in Bolton",
                        "Triage training for HCAs",
                        "Community and care rotation");
        // so the stored dataset still says the name was defaulted, rather than passing the kind off as a name
        assertThat(reader.load(folder).warnings())
                .extracting(Problem::row, Problem::column)
                .contains(org.assertj.core.groups.Tuple.tuple(3, "intervention_name"));
        assertThat(InterventionsCsv.read(InterventionsCsv.write(rows))).isEqualTo(rows);
    }

    @Test
    void aNameOverOneHundredAndTwentyCharactersIsRefused() throws Exception {
        data.set("interventions.csv", 4, "intervention_name", "x".repeat(120));
        assertThat(reader.read(data.folder())
                        .scenario("grow")
                        .orElseThrow()
                        .interventions()
                        .get(0)
                        .name())
                .hasSize(120);
        data.set("interventions.csv", 4, "intervention_name", "x".repeat(121));
        Problem tooLong = error(4, "intervention_name");
        assertThat(tooLong.file()).isEqualTo("interventions.csv");
        assertThat(tooLong.reason())
                .isEqualTo("is 121 characters long; a name may have at most 120 (it is shown beside the code in the"
                        + " board pack's tables)");
    }

    @Test
    void aNameWithALineBreakIsRefused() throws Exception {
        data.set("interventions.csv", 5, "intervention_name", "Triage training\nfor HCAs");
        assertThat(error(5, "intervention_name").reason())
                .isEqualTo("has a line break; a name is one line of at most 120 characters");
    }

    @Test
    void unknownKind() throws Exception {
        data.set("interventions.csv", 2, "kind", "free_lunches");
        assertThat(error(2, "kind").reason())
                .startsWith("\"free_lunches\" is not an intervention kind; use one of pay_uplift,");
    }

    @Test
    void badMonthAndUnknownRole() throws Exception {
        data.set("interventions.csv", 3, "start_month", "April 2026").set("interventions.csv", 4, "role_code", "GP");
        assertThat(error(3, "start_month").reason())
                .isEqualTo("\"April 2026\" is not a month; write YYYY-MM, e.g. 2026-04");
        assertThat(error(4, "role_code").reason()).isEqualTo("role \"GP\" is not in roles.csv and is not ALL");
    }

    @Test
    void kindsNeedTheirOwnColumns() throws Exception {
        data.set("interventions.csv", 4, "course_months", "")
                .set("interventions.csv", 5, "capability_code", "")
                .set("interventions.csv", 6, "target_role", "");
        assertThat(error(4, "course_months").reason())
                .isEqualTo("training places need the course length in months (>= 1)");
        assertThat(error(5, "capability_code").reason())
                .isEqualTo("an upskilling needs the capability gained in capability_code");
        assertThat(error(6, "target_role").reason())
                .isEqualTo("a rotation needs the other side: target_sector and target_role");
    }

    @Test
    void coverShareAboveOneAndEffectOutOfOrder() throws Exception {
        data.set("interventions.csv", 2, "scale", "1.5").set("interventions.csv", 3, "effect_low", "0.05");
        assertThat(error(2, "scale").reason())
                .isEqualTo("must be a share between 0 and 1 (write 0.12 for 12 %), not 1.5");
        assertThat(error(3, "effect_low").reason())
                .isEqualTo("effect_low 0.05 is above effect_mode 0.02; need low <= mode <= high");
    }

    @Test
    void duplicateInterventionAndTwoScenarioNames() throws Exception {
        data.copyRow("interventions.csv", 2);
        assertThat(error(7, "intervention_code").reason())
                .isEqualTo(
                        "duplicates row 2: the same scenario_code and intervention_code (retain, flex) may appear only once");
        data = TinyDataset.copyTo(tmp.resolve("again"));
        data.set("interventions.csv", 3, "scenario_name", "Another name");
        assertThat(error(3, "scenario_name").reason())
                .isEqualTo(
                        "scenario retain is named both \"Retention package\" and \"Another name\"; give one name (on one row is enough)");
    }

    private Problem error(int row, String column) {
        SystemModel[] loaded = new SystemModel[1];
        Throwable thrown = catchThrowable(() -> loaded[0] = reader.read(data.folder()));
        assertThat(loaded[0]).as("a dataset with errors gives no model").isNull();
        assertThat(thrown).isInstanceOf(DatasetException.class);
        List<Problem> errors = ((DatasetException) thrown).errors();
        return errors.stream()
                .filter(p -> p.file().equals("interventions.csv")
                        && p.row() == row
                        && p.column().equals(column))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no error at interventions.csv:" + row + ":" + column + "; the errors were:\n"
                                + errors.stream().map(Problem::toString).collect(Collectors.joining("\n"))));
    }
}
