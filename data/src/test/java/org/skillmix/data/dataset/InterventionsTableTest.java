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
