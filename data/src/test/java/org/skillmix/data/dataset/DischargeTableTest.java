package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.discharge.DischargeBenefit;
import org.skillmix.core.discharge.DischargeFlowModel;
import org.skillmix.core.discharge.DischargeInputs;
import org.skillmix.core.discharge.HandoverPressure;
import org.skillmix.core.discharge.HomecareStaffing;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.ComparisonCsvWriter;
import org.skillmix.data.report.Names;

/**
 * discharge.csv: read all-or-nothing, written back the same, and the scenario comparison's discharge benefit: the
 * baseline's is exactly 0, a scenario recruiting care workers in one place gets what DischargeBenefit gives directly
 * for that place's added homecare FTE, and with no table the comparison says "not available" rather than 0.
 */
class DischargeTableTest {
    private final DatasetReader reader = new DatasetReader();

    @TempDir
    Path tmp;

    private TinyDataset data;

    /** Two places; Bolton has a third of the arrivals and all the care workers of the fixture (LA-BOL-ASC). */
    static final String TABLE = """
            parameter,scope,value,source
            CAPACITY_PER_DAY,QOP,60,test fixture
            HALF_SATURATION,QOP,120,
            WEEKDAY_MON,QOP,1.1,
            WEEKDAY_TUE,QOP,1.1,
            WEEKDAY_WED,QOP,1.1,
            WEEKDAY_THU,QOP,1.1,
            WEEKDAY_FRI,QOP,1.1,
            WEEKDAY_SAT,QOP,0.75,
            WEEKDAY_SUN,QOP,0.75,
            ARRIVALS_PER_DAY,QOP,40,
            BACKLOG,QOP,150,
            MEAN_BACKLOG,QOP,140,
            HOMECARE_SHARE,QOP,0.5,
            ARRIVAL_SHARE,E08000001,0.4,
            HOMECARE_FTE,E08000001,300,
            CARE_HOME_BEDS,E08000001,600,
            CARE_HOME_STAFF_FTE,E08000001,500,
            COMMUNITY_FTE,E08000001,80,
            GA_BEDS,E08000001,700,
            GA_OCCUPIED,E08000001,650,
            ARRIVAL_SHARE,E08000002,0.6,
            HOMECARE_FTE,E08000002,250,
            CARE_HOME_BEDS,E08000002,400,
            CARE_HOME_STAFF_FTE,E08000002,300,
            COMMUNITY_FTE,E08000002,120,
            GA_BEDS,E08000002,500,
            GA_OCCUPIED,E08000002,470,
            """;

    @BeforeEach
    void copyFixture() throws Exception {
        data = TinyDataset.copyTo(tmp.resolve("tiny"));
        Files.writeString(data.folder().resolve("discharge.csv"), TABLE, StandardCharsets.UTF_8);
    }

    @Test
    void rowsBuildThePlaceSplit() throws Exception {
        SystemModel model = reader.read(data.folder());
        assertThat(model.discharge()).hasSize(27);
        DischargeInputs in = DischargeInputs.of(model).orElseThrow();
        assertThat(in.arrivalsPerDay()).isEqualTo(40);
        assertThat(in.backlog()).isEqualTo(150);
        assertThat(in.split().fit().capacityPerDay()).isEqualTo(60);
        assertThat(in.split().place("E08000001").homecare().careWorkerFte()).isEqualTo(300);
        assertThat(in.split().place("E08000002").gaBeds()).isEqualTo(500);
        // homecare capacity shares in proportion to homecare FTE: 300 / 550
        assertThat(in.split().capacityShare("E08000001", org.skillmix.core.discharge.Pathway.HOME_CARE))
                .isCloseTo(300.0 / 550, within(1e-12));
    }

    @Test
    void writtenTableReadsBackTheSame() throws Exception {
        SystemModel model = reader.read(data.folder());
        Path folder = tmp.resolve("out");
        new DatasetWriter().writeFolder(model, folder);
        assertThat(reader.read(folder)).isEqualTo(model);
    }

    @Test
    void absentTableHasNoInputs() throws Exception {
        Files.delete(data.folder().resolve("discharge.csv"));
        assertThat(DischargeInputs.of(reader.read(data.folder()))).isEmpty();
    }

    @Test
    void badRowsAreNamedByFileRowAndColumn() throws Exception {
        data.set("discharge.csv", 3, "parameter", "BED_BLOCKING")
                .set("discharge.csv", 15, "value", "1.4")
                .set("discharge.csv", 5, "value", "fast");
        assertThat(error(3, "parameter").reason())
                .startsWith("\"BED_BLOCKING\" is not a discharge parameter; use one of CAPACITY_PER_DAY,");
        assertThat(error(15, "value").reason()).contains("must be a share between 0 and 1");
        assertThat(error(5, "value").reason()).isNotBlank();
    }

    @Test
    void scopeMustFitTheParameter() throws Exception {
        data.set("discharge.csv", 2, "scope", "E08000001").set("discharge.csv", 16, "scope", "QOP");
        assertThat(error(2, "scope").reason())
                .isEqualTo("CAPACITY_PER_DAY is an ICB figure: its scope is the ICB's code QOP, not \"E08000001\"");
        assertThat(error(16, "scope").reason())
                .isEqualTo("HOMECARE_FTE is a place figure: \"QOP\" is not a place in places.csv");
    }

    @Test
    void everyFigureIsNeededAndSharesAddToOne() throws Exception {
        List<String> lines = TABLE.lines()
                .filter(l -> !l.startsWith("GA_OCCUPIED,E08000002"))
                .toList();
        Files.write(data.folder().resolve("discharge.csv"), lines, StandardCharsets.UTF_8);
        assertThat(error(27, "parameter").reason())
                .isEqualTo("the discharge model needs every figure; missing: GA_OCCUPIED for E08000002");
        Files.writeString(
                data.folder().resolve("discharge.csv"),
                TABLE.replace("ARRIVAL_SHARE,E08000002,0.6", "ARRIVAL_SHARE,E08000002,0.5"),
                StandardCharsets.UTF_8);
        assertThat(error(28, "value").reason()).isEqualTo("the places' ARRIVAL_SHARE values add to 0.9, not 1");
    }

    /**
     * The fixture's care worker role is CW; the comparison values the CARE_WORKER role (the imported datasets' code),
     * so rename it, and add a scenario recruiting 60 care workers a year from abroad into Bolton's social care.
     */
    @Test
    void comparisonValuesTheCareWorkersAScenarioAdds() throws Exception {
        renameCareWorkerRole();
        Files.writeString(
                data.folder().resolve("interventions.csv"),
                Files.readString(data.folder().resolve("interventions.csv"))
                        + "recruit,Recruit care workers,intl,International care worker recruitment,international_recruitment,adult_social_care,CARE_WORKER,LA-BOL-ASC,,,,,2025-04,0,60,,"
                        + "0.7,0.85,0.95,,12000,test fixture\n",
                StandardCharsets.UTF_8);
        SystemModel model = reader.read(data.folder());
        ScenarioComparison comparison =
                new ScenarioComparison(model, List.of(model.scenario("recruit").orElseThrow()), 2);
        ScenarioComparison.Result result =
                comparison.run(new ScenarioComparison.Settings(2, 0, 1, 1, java.util.Set.of(), 0));
        DischargeInputs in = DischargeInputs.of(model).orElseThrow();
        for (int year : result.years()) {
            ScenarioComparison.Discharge base =
                    result.summary(Scenario.BASELINE, year).discharge().orElseThrow();
            assertThat(base.extraCareWorkerFte()).isZero();
            assertThat(base.benefit().bedDaysSavedPerYear().p90()).isZero();
            assertThat(base.benefit().occupancyChange().p10()).isZero();
            // The fixture's backlog (140) is 117% of K (120): the series identifies capacity, so the calibration's
            // single run is the answer and its range is that one figure.
            assertThat(base.benefit().identified()).isTrue();

            ScenarioComparison.Discharge d =
                    result.summary("recruit", year).discharge().orElseThrow();
            assertThat(d.extraCareWorkerFteByPlace()).containsOnlyKeys("E08000001");
            double n = d.extraCareWorkerFteByPlace().get("E08000001");
            // Up to 60 x 0.85 = 51 recruits a year arrive, less sickness (4%) and leavers: positive, at most 51 a year
            // so far.
            assertThat(n)
                    .isPositive()
                    .isLessThanOrEqualTo(51.0 * (year - result.years().get(0) + 1));
            YearMonth month = model.info()
                    .baseMonth()
                    .plusMonths(12L * (year - result.years().get(0)));
            DischargeBenefit direct = DischargeBenefit.of(
                    new DischargeFlowModel(),
                    in.split(),
                    DischargeInputs.start(month),
                    DischargeFlowModel.constant(40, DischargeInputs.DAYS),
                    150,
                    Map.of("E08000001", 0.5 * n),
                    HomecareStaffing.typical(1).packagesPerFtePerDay(),
                    HandoverPressure.assumed(1).mode());
            assertThat(d.benefit().bedDaysSavedPerYear().p50())
                    .isEqualTo(direct.bedDaysSavedPerYear())
                    .isEqualTo(d.benefit().bedDaysSavedPerYear().p10())
                    .isEqualTo(d.benefit().bedDaysSavedPerYear().p90())
                    .isPositive();
            assertThat(d.benefit().occupancyChange().p50())
                    .isEqualTo(direct.occupancy() - direct.baselineOccupancy())
                    .isNegative();
        }
        Path summary = tmp.resolve("summary.csv");
        new ComparisonCsvWriter(new Names(model), model.info().baseMonth())
                .write(result, tmp.resolve("gaps.csv"), summary);
        String header = Files.readAllLines(summary).get(0);
        assertThat(header)
                .endsWith(",extra_care_worker_fte,bed_days_saved_per_year_p10,bed_days_saved_per_year_p50,"
                        + "bed_days_saved_per_year_p90,ga_occupancy_change_p10,ga_occupancy_change_p50,"
                        + "ga_occupancy_change_p90,discharge_basis");
    }

    /** A trust's homecare arm (homecare_expansion) works in homecare entirely: its added FTE count in full, not by the share. */
    @Test
    void aTrustsHomecarePostsCountInFull() throws Exception {
        renameCareWorkerRole();
        Files.writeString(
                data.folder().resolve("interventions.csv"),
                Files.readString(data.folder().resolve("interventions.csv"))
                        + "arm,Trust homecare,rmc-homecare,Trust-employed homecare workers,homecare_expansion,ALL,ALL,RMC,ALL,,CARE_WORKER,,2025-04,0,40,,0.4,0.5,0.6,,,test fixture\n",
                StandardCharsets.UTF_8);
        SystemModel model = reader.read(data.folder());
        ScenarioComparison.Result result = new ScenarioComparison(
                        model, List.of(model.scenario("arm").orElseThrow()), 1)
                .run(new ScenarioComparison.Settings(1, 0, 1, 1, java.util.Set.of(), 0));
        int year = result.years().get(0);
        ScenarioComparison.Discharge d = result.summary("arm", year).discharge().orElseThrow();
        assertThat(d.extraCareWorkerFteByPlace()).containsOnlyKeys("E08000001");
        double n = d.extraCareWorkerFteByPlace().get("E08000001");
        assertThat(n).isPositive().isLessThanOrEqualTo(40);
        DischargeInputs in = DischargeInputs.of(model).orElseThrow();
        DischargeBenefit direct = DischargeBenefit.of(
                new DischargeFlowModel(),
                in.split(),
                DischargeInputs.start(model.info().baseMonth()),
                DischargeFlowModel.constant(40, DischargeInputs.DAYS),
                150,
                Map.of("E08000001", n),
                HomecareStaffing.typical(1).packagesPerFtePerDay(),
                HandoverPressure.assumed(1).mode());
        assertThat(d.benefit().bedDaysSavedPerYear().p50())
                .isEqualTo(direct.bedDaysSavedPerYear())
                .isPositive();
    }

    @Test
    void withoutTheTableTheComparisonSaysNotAvailable() throws Exception {
        Files.delete(data.folder().resolve("discharge.csv"));
        SystemModel model = reader.read(data.folder());
        ScenarioComparison.Result result = new ScenarioComparison(model, model.scenarios(), 1)
                .run(new ScenarioComparison.Settings(1, 0, 1, 1, java.util.Set.of(), 0));
        assertThat(result.summary()).allSatisfy(r -> assertThat(r.discharge()).isEmpty());
        Path summary = tmp.resolve("summary.csv");
        new ComparisonCsvWriter(new Names(model), model.info().baseMonth())
                .write(result, tmp.resolve("gaps.csv"), summary);
        assertThat(Files.readAllLines(summary).get(1))
                .endsWith(",not available (no discharge.csv),not available (no discharge.csv),"
                        + "not available (no discharge.csv)");
    }

    private void renameCareWorkerRole() throws Exception {
        try (Stream<Path> files = Files.list(data.folder())) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                Files.writeString(f, text.replaceAll("(?m)(^|,)CW(?=,|$)", "$1CARE_WORKER"));
            }
        }
    }

    private Problem error(int row, String column) {
        Throwable thrown = catchThrowable(() -> reader.read(data.folder()));
        assertThat(thrown).isInstanceOf(DatasetException.class);
        return ((DatasetException) thrown)
                .problems().stream()
                        .filter(p -> p.isError()
                                && p.file().equals("discharge.csv")
                                && p.row() == row
                                && p.column().equals(column))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no error at discharge.csv:" + row + ":" + column + " in "
                                + ((DatasetException) thrown).problems()));
    }
}
