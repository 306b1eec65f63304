package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;

/** Each table's builder on the tiny invented ICB of {@link ImportFixture}, against figures worked by hand. */
class ImportBuildersTest {

    @TempDir
    static Path temp;

    static ImportContext ctx;
    static IcbTrusts trusts;
    static Staffing staffing;
    static HistoricalGrowth growth;

    @BeforeAll
    static void build() throws Exception {
        ctx = ImportFixture.context(temp, null);
        TrustSources sources = TrustSources.read(ctx);
        trusts = IcbTrusts.read(ctx, sources);
        growth = HistoricalGrowth.measure(
                ctx, TrustHistory.of(sources.hchs().yearMonth(), sources), trusts.codes(), Set.of());
        CommunityServices community = CommunityServices.read(ctx, trusts);
        staffing = Staffing.build(ctx, trusts, community, AdultSocialCare.careHomes(ctx));
    }

    /** The value of a column in the first row whose leading cells are the given ones. */
    private static String cell(OutputTable table, String column, String... key) {
        int c = table.header().indexOf(column);
        return table.rows().stream()
                .filter(r -> r.subList(0, key.length).equals(List.of(key)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(table.file() + " has no row " + List.of(key)))
                .get(c);
    }

    private static double number(OutputTable table, String column, String... key) {
        return Double.parseDouble(cell(table, column, key));
    }

    @Test
    void placesAreTheIcbsLasOf2023WithTheirNames() {
        OutputTable places = PlacesTable.build(ctx.places());
        assertThat(places.rows())
                .extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly("E06000901 Northtown", "E06000903 Eastmere");
        assertThat(ctx.places().total()).isEqualTo(9_100 + 4_550);
        // Eastmere has no Census row: the Census LAs' female share of each band (a stated proxy).
        assertThat(ctx.places().proxied()).isEqualTo(1);
    }

    @Test
    void populationIsSplitBySexAndProjectedByRatioToTheEstimate() throws Exception {
        ProjectedPopulation projected = ProjectedPopulation.build(ctx);
        OutputTable population = PopulationTable.build(ctx, projected);
        assertThat(cell(population, "persons", "E06000901", "2021", "F", "0-4")).isEqualTo("250");
        // 85+: 600 persons; Census 2021 F 200 + 150 of 550.
        assertThat(number(population, "persons", "E06000901", "2023", "F", "85+"))
                .isEqualTo(381.8); // 600 x 350/550
        assertThat(number(population, "persons", "E06000903", "2023", "F", "85+"))
                .isEqualTo(190.9); // 300 x 350/550, the pooled share
        // Northtown grows 1% a year in the 2018-based file: mid-2030 = estimate x 1126.8 / 1051 (the file's figures).
        assertThat(number(population, "persons", "E06000901", "2030", "F", "0-4"))
                .isCloseTo(250 * 1126.8 / 1051, within(0.051));
        // Eastmere = Eastby (300 x 1.02^t) + Westby (200) + Oldby (100, merged into Eastby in 2019), per band.
        double eastmere85 = number(population, "persons", "E06000903", "2030", "F", "85+")
                + number(population, "persons", "E06000903", "2030", "M", "85+");
        assertThat(eastmere85).isCloseTo(300 * (380.5 + 300) / (331.2 + 300), within(0.11));
        // Every mid-year from the estimate to the file's last year (base 2025 + 10 is within it).
        for (int y = 2023; y <= 2043; y++) assertThat(cell(population, "year", "E06000903", Integer.toString(y)));
        assertThat(population.rows()).noneMatch(r -> r.get(1).equals("2044"));
    }

    @Test
    void pastTheFilesLastYearEachBandContinuesItsGrowthOfFiveYears(@TempDir Path other) throws Exception {
        ImportContext late = ImportFixture.context(other, YearMonth.of(2035, 4));
        ProjectedPopulation projected = ProjectedPopulation.build(late);
        assertThat(projected.endYear()).isEqualTo(2045);
        double[] northtown2045 = projected.las().get("E06000901").persons().get(2045);
        // 500 x v(2043)/v(2023) x (v(2043)/v(2038))^(2/5), v = the file's 1000 x 1.01^(y-2018) to 1 decimal
        double v2043 = 1282.4, v2038 = 1220.2, v2023 = 1051.0;
        assertThat(northtown2045[0]).isCloseTo(500 * v2043 / v2023 * Math.pow(v2043 / v2038, 0.4), within(1e-9));
        assertThat(late.report().text()).contains("beyond their file's last year");
    }

    @Test
    void deprivationOfAMergedLaIsItsPredecessorsWeightedByLsoas() throws Exception {
        DeprivationTable.Built deprivation = DeprivationTable.build(ctx);
        assertThat(cell(deprivation.table(), "imd_score", "E06000901")).isEqualTo("30");
        assertThat(cell(deprivation.table(), "imd_score", "E06000903")).isEqualTo("15"); // (20 x 1 + 10 x 1) / 2
    }

    @Test
    void trustsAreSplitByTheirStaffGroupMixAndAmbulanceByPopulationShare() {
        assertThat(trusts.codes()).containsExactly("RA1", "RA2", "RA3", "RA4");
        // RA1: mean FTE (30,000/30 + 31,000/31)/2 = 1,000 = its HCHS total, so groups keep their FTE.
        assertThat(trusts.roles().get("RA1").get("DOCTOR")).isCloseTo(100, within(1e-9));
        assertThat(trusts.roles().get("RA1").get("RN_ADULT")).isCloseTo(400 * 0.96, within(1e-9));
        assertThat(trusts.sicknessRates().get("RA1").value()).isCloseTo(0.05, within(1e-12));
        // RA4 serves QAA and QBB: QAA's share is 13,650 / (13,650 + 18,200).
        double share = 13_650.0 / 31_850;
        assertThat(trusts.baselines().get("RA4").share()).isCloseTo(share, within(1e-12));
        assertThat(trusts.roles().get("RA4").get("PARAMEDIC")).isCloseTo(150 * share * 0.7, within(1e-9));
        assertThat(ctx.report().text()).contains("organisation QAA NHS Fixture ICB (Integrated Care Board)");
    }

    @Test
    void primaryCareAndSocialCareAreSharedByPopulation() {
        Map<String, WorkforceLines.Line> northtown = staffing.linesOf("PC-E06000901");
        // 28,000 England GPs x 9,100 / 57,751,850 (England here = the fixture's LAs and a filler row for the rest of
        // England, 720,000 people a year of age to 64 and 420,000 from 65, so that the shares are an ICB's).
        assertThat(northtown.get("GP").fte()).isCloseTo(28_000 * 9_100 / 57_751_850.0, within(1e-9));
        // 1.1m FTE x 58% care workers x 65+ share 2,600 / (9,100 + 26 x 420,000).
        assertThat(staffing.linesOf("ASC-E06000901").get("CARE_WORKER").fte())
                .isCloseTo(1_100_000 * 0.58 * 2_600 / 10_929_100.0, within(1e-6));
        AdultSocialCare.LaRates eastmere = staffing.ascRates().get("E06000903");
        assertThat(eastmere.vacancy()).isCloseTo(0.05, within(1e-12)); // mean of Eastby 0.06 and Westby 0.04
        assertThat(eastmere.turnover()).isCloseTo(0.15, within(1e-12));
        assertThat(eastmere.note()).isEqualTo("mean of E07000901+E07000902");
        assertThat(eastmere.ownTurnover()).isTrue();
        assertThat(eastmere.ownSickness()).isTrue();
        assertThat(staffing.organisations())
                .extracting(Organisation::code)
                .containsExactly(
                        "RA1", "RA2", "RA3", "RA4", "PC-E06000901", "PC-E06000903", "ASC-E06000901", "ASC-E06000903");
    }

    @Test
    void workforceVacanciesAndFillRatesAreTheSteadyState(@TempDir Path other) throws Exception {
        // no pipeline and no moves between roles here (a catalogue flows.csv with no rows): the fill is the closed
        // form (SteadyStateFillTest nets them)
        ImportContext noMoves = ImportFixture.withFlows(other);
        WorkforceTable.Built workforce =
                WorkforceTable.build(noMoves, staffing, growth, FlowsTable.read(noMoves), List.of());
        assertThat(workforce.flows().rows()).isEmpty();
        OutputTable t = workforce.table();
        assertThat(number(t, "vacancy_fte", "RA1", "DOCTOR")).isEqualTo(5.8); // 100 x 0.055 / 0.945
        assertThat(number(t, "sickness_rate", "RA1", "DOCTOR")).isEqualTo(0.05);
        // f = (1 - v)(G - 1 + h)/v with h = 1 - (1 - 0.091)^(1/12) and G the acute trusts' monthly growth: RA1 1,000
        // and RB1 800 FTE in June 2018, 1,000 each in 2024/25, over (70 + 71)/2 months; annual 1 - (1 - f)^12
        double h = 1 - Math.pow(1 - 0.091, 1.0 / 12);
        double g = Math.pow(2000.0 / 1800, 12 / 70.5);
        double f = (1 - 0.055) * (Math.pow(g, 1.0 / 12) - 1 + h) / 0.055;
        assertThat(number(t, "fill_rate_mode", "RA1", "DOCTOR")).isCloseTo(1 - Math.pow(1 - f, 12), within(0.0005));
        // Social care: the LA's turnover x 0.85/1/1.25.
        assertThat(number(t, "leaver_rate_high", "ASC-E06000903", "CARE_WORKER"))
                .isEqualTo(0.188); // 0.15 x 1.25
        // A trust's sickness is its own measurement, its leaver rate the national one; general practice's sickness is
        // all trusts' rate; social care's rates are its LA's own (here the mean of the county's districts).
        assertThat(cell(t, "sickness_rate_basis", "RA1", "DOCTOR")).isEqualTo("organisation");
        assertThat(cell(t, "leaver_rate_basis", "RA1", "DOCTOR")).isEqualTo("national");
        assertThat(cell(t, "sickness_rate_basis", "PC-E06000901", "GP")).isEqualTo("national");
        assertThat(cell(t, "sickness_rate_basis", "ASC-E06000903", "CARE_WORKER"))
                .isEqualTo("organisation");
        assertThat(cell(t, "leaver_rate_basis", "ASC-E06000903", "CARE_WORKER")).isEqualTo("organisation");
        double acute = t.rows().stream()
                .filter(r -> r.get(0).equals("RA1"))
                .mapToDouble(r -> Double.parseDouble(r.get(3)) + Double.parseDouble(r.get(4)))
                .sum();
        assertThat(workforce.establishment().get("acute")).isCloseTo(acute, within(1e-6));
    }

    @Test
    void trustsWithoutFootprintsArePooledOverTheIcbByPopulation() throws Exception {
        OutputTable catchments = CatchmentsTable.build(ctx, staffing.organisations(), trusts.codes(), null);
        assertThat(cell(catchments, "share", "RA1", "E06000901")).isEqualTo("0.6667");
        assertThat(cell(catchments, "share", "RA1", "E06000903")).isEqualTo("0.3333");
        assertThat(cell(catchments, "share", "RA4", "E06000903")).isEqualTo("0.3333");
    }

    /**
     * By need: the acute trusts' staff go where the acute demand is. Northtown (9,100 residents) with 30 FTE of acute
     * demand and Eastmere (4,550) with 20: 0.6 and 0.4, against 0.6667 and 0.3333 by population; a sector without need
     * in those places keeps the population shares.
     */
    @Test
    void trustsAreSharedOverTheirPlacesByTheirSectorsNeed() throws Exception {
        Map<String, Map<String, Double>> need = Map.of("acute", Map.of("E06000901", 30.0, "E06000903", 20.0));
        OutputTable catchments = CatchmentsTable.build(ctx, staffing.organisations(), trusts.codes(), need);
        assertThat(cell(catchments, "share", "RA1", "E06000901")).isEqualTo("0.6");
        assertThat(cell(catchments, "share", "RA1", "E06000903")).isEqualTo("0.4");
        assertThat(cell(catchments, "source", "RA1", "E06000903"))
                .contains("acute demand in the base month 20.0 FTE of 50.0");
        // RA4, the ambulance service, has no need given for its sector: by population still
        assertThat(staffing.sectorOf().get("RA4")).isEqualTo("ambulance");
        assertThat(cell(catchments, "share", "RA4", "E06000903")).isEqualTo("0.3333");
    }

    @Test
    void aFlatPerDaySeriesGivesFlatSeasonalityWhateverTheMonthsLength() throws Exception {
        AeActivity ae = new AeActivity();
        for (YearMonth m = YearMonth.of(2024, 4); !m.isAfter(YearMonth.of(2025, 3)); m = m.plusMonths(1)) {
            ae.all.put(m, 100.0 * m.lengthOfMonth());
            ae.type1.put(m, m.getMonthValue() == 2 ? 28.0 * 130 : 100.0 * m.lengthOfMonth());
        }
        OutputTable seasonality = SeasonalityTable.build(
                ctx, ServiceCatalogue.read(ctx.mappings()), new TrustActivity(ae, new GeneralAcuteBeds()));
        for (int m = 1; m <= 12; m++)
            assertThat(cell(seasonality, "multiplier", "UEC", "ALL", "" + m)).isEqualTo("1");
        // Type 1 (ambulance): 130 a day in February, 100 on the other 337 days: mean (28 x 130 + 33,700)/365.
        double mean = (28 * 130 + 33_700) / 365.0;
        assertThat(number(seasonality, "multiplier", "AMBULANCE", "ALL", "2")).isCloseTo(130 / mean, within(5e-5));
        assertThat(number(seasonality, "multiplier", "AMBULANCE", "ALL", "3")).isCloseTo(100 / mean, within(5e-5));
    }

    @Test
    void activityIsPopulationTimesUseTimesDeprivation() throws Exception {
        PopulationByYear population = PopulationByYear.of(PopulationTable.build(ctx, ProjectedPopulation.build(ctx)));
        double[] one = new double[AgeBands.BANDS.size()];
        java.util.Arrays.fill(one, 1);
        Map<String, Double> imd = Map.of("E06000901", 30.0, "E06000903", 15.0);
        List<String> northtown = List.of("E06000901");
        // Northtown: 9,100 at mid-2023, each band growing as the 2018-based file's 1,051.0 (2023) -> 1,072.1 (2025);
        // 36 rows rounded to 0.1 person.
        assertThat(UtilisationTable.activity(population, northtown, 2025, Map.of("ALL", one), imd, 21.67, 1))
                .isCloseTo(9_100 * 1072.1 / 1051 * 30 / 21.67, within(2.5));
        assertThat(UtilisationTable.rawActivity(population, northtown, 2024, Map.of("ALL", one)))
                .isCloseTo(9_100 * 1061.5 / 1051, within(1.8));
        assertThat(UtilisationTable.rawActivity(population, ctx.places().codes(), 2023, Map.of("ALL", one)))
                .isCloseTo(13_650, within(3.6));
    }

    @Test
    void eachFinancialYearUsesTheMidYearTheEngineUses() throws Exception {
        PopulationByYear population = PopulationByYear.of(PopulationTable.build(ctx, ProjectedPopulation.build(ctx)));
        // Northtown has Census 2021 rows, Eastmere starts at the mid-2023 estimate (DemandModel's rule).
        assertThat(population.year("E06000901", 2022)).isEqualTo(2021);
        assertThat(population.year("E06000901", 2019)).isEqualTo(2021);
        assertThat(population.year("E06000903", 2022)).isEqualTo(2023);
        assertThat(population.year("E06000903", 2030)).isEqualTo(2030);
        assertThat(PopulationByYear.financialYear(YearMonth.of(2025, 3))).isEqualTo(2024);
        assertThat(PopulationByYear.financialYear(YearMonth.of(2025, 4))).isEqualTo(2025);
        assertThat(PopulationByYear.label(2099)).isEqualTo("2099/00");
    }

    @Test
    void capabilityHoursComeFromANormOrGiveBaseDemandEqualToEstablishment() throws Exception {
        ServiceCatalogue catalogue = ServiceCatalogue.read(ctx.mappings());
        Norms norms = Norms.read(ctx.mappings(), catalogue);
        Map<String, Double> activity = new HashMap<>(Map.of("GP", 1_000.0, "CARE_HOME", 1_000.0));
        OutputTable hours = CapabilityHoursTable.build(
                ctx, catalogue, norms, activity, Map.of("primary_care", 120.0, "adult_social_care", 120.0));
        // GP: the norm, 15 minutes an appointment over the 81.8% of GP time that is patient care, over its mix.
        double gp = hours.rows().stream()
                .filter(r -> r.get(0).equals("GP"))
                .peek(r -> assertThat(r.get(3)).startsWith("Norm: 0.3056 "))
                .mapToDouble(r -> Double.parseDouble(r.get(2)))
                .sum();
        assertThat(gp).isCloseTo(0.25 / 0.818, within(0.0007)); // 12 rows of 4 decimals
        // Care homes have no norm: h x activity / (12 x H) over the capabilities = share 62% x 120 FTE.
        double fte = 0;
        for (List<String> r : hours.rows()) {
            if (!r.get(0).equals("CARE_HOME")) continue;
            assertThat(r.get(3)).startsWith("Calibrated: ");
            fte += Double.parseDouble(r.get(2))
                    * 1_000
                    / 12
                    / catalogue.productiveHours().get(r.get(1));
        }
        assertThat(fte).isCloseTo(0.62 * 120, within(0.05));
        assertThat(ctx.report().text()).contains("capability hours from norms").contains("base-year need of GP");
    }

    @Test
    void aNormFarFromTheFundedPostsIsFlaggedNotRefused() {
        ImportReport report = new ImportReport("QAA");
        CapabilityHoursTable.flagFarFromPosts(report, "GP", 2_715, 3_413);
        CapabilityHoursTable.flagFarFromPosts(report, "HOMECARE", 9_166, 13_584);
        CapabilityHoursTable.flagFarFromPosts(report, "X", 3_000, 2_400); // exactly 125%: kept without a flag
        CapabilityHoursTable.flagFarFromPosts(report, "Y", 100, 0);
        List<String> flagged = report.lines(ImportReport.Section.FLAGGED).stream()
                .map(l -> l.what() + ": " + l.count())
                .toList();
        assertThat(flagged)
                .containsExactly(
                        "base-year need of GP from a norm: 2,715 FTE against 3,413 funded (-20%)",
                        "base-year need of HOMECARE from a norm: 9,166 FTE against 13,584 funded (-33%)");
    }

    @Test
    void aNormWithoutASourceNamesFileRowAndColumn(@TempDir Path other) throws Exception {
        java.nio.file.Files.writeString(
                other.resolve("norms.csv"),
                "service_code,capability_codes,hours_per_activity,unit,source,factor_low,factor_high,range_source\n"
                        + "HOMECARE,PERSONAL,1,hours,Definition,0.9,1.1,judgement\n"
                        + "ACUTE_IP,ACUTE_NURSING,8,hours,,0.9,1.1,judgement\n");
        ServiceCatalogue catalogue = ServiceCatalogue.read(ctx.mappings());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Norms.read(new Mappings(other), catalogue))
                .isInstanceOf(ImportException.class)
                .hasMessage("mappings/norms.csv:3:source: every norm needs its published source");
        java.nio.file.Files.writeString(
                other.resolve("norms.csv"),
                "service_code,capability_codes,hours_per_activity,unit,source,factor_low,factor_high,range_source\n"
                        + "HOMECARE,PERSONAL,1,hours,Definition,1.1,1.3,judgement\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Norms.read(new Mappings(other), catalogue))
                .isInstanceOf(ImportException.class)
                .hasMessage(
                        "mappings/norms.csv:2:factor_low: must be between 0.25 and 1 (the norm is the mode), not 1.1");
    }

    @Test
    void eachNormsRangeIsSampledAsItsServicesWorkloadFactor() throws Exception {
        ServiceCatalogue catalogue = ServiceCatalogue.read(ctx.mappings());
        OutputTable assumptions = new OutputTable(
                "assumptions.csv", "parameter", "scope", "value_low", "value_mode", "value_high", "unit", "source");
        Norms.read(ctx.mappings(), catalogue).addRanges(assumptions, catalogue, ctx.report());
        // one row per norm covering its whole mix, the norm itself the mode
        assertThat(assumptions.rows())
                .extracting(r -> String.join(",", r.subList(0, 5)))
                .containsExactly("workload_norm_factor,HOMECARE,0.92,1,1.16", "workload_norm_factor,GP,0.8,1,1.2");
        // 0.92 and 1.16 of 1.195 hours are travel of half and twice UKHCA's 0.195 hours per contact hour
        assertThat(0.92 * 1.195).isCloseTo(1 + 0.195 / 2, within(0.005));
        assertThat(1.16 * 1.195).isCloseTo(1 + 0.195 * 2, within(0.005));
        // both ranges are judgements, so the report lists them with the defaults
        assertThat(ctx.report().lines(ImportReport.Section.DEFAULTED))
                .extracting(ImportReport.Line::what)
                .contains(
                        "range of the HOMECARE norm (workload_norm_factor)",
                        "range of the GP norm (workload_norm_factor)");
    }

    @Test
    void pipelineIsScaledByPopulationAndSupplyRowsComeFromHistory() throws Exception {
        OutputTable pipeline = PipelineTable.build(ctx);
        assertThat(cell(pipeline, "intake", "RN_ADULT", "ALL", "2025"))
                .isEqualTo("5"); // 19,500 x 13,650/57,751,850 = 4.61, whole people
        // Paramedic and AHP pipelines: documented national starters x the ICB's share, each flagged in the report.
        assertThat(cell(pipeline, "intake", "PARAMEDIC", "ALL", "2025"))
                .isEqualTo("1"); // 3,000 x 13,650/57,751,850 = 0.71
        assertThat(cell(pipeline, "intake", "AHP", "ALL", "2025")).isEqualTo("2"); // 7,500 x 13,650/57,751,850 = 1.77
        for (String role : List.of("PARAMEDIC", "AHP", "DIAG_PRACT"))
            assertThat(ctx.report().lines(ImportReport.Section.DEFAULTED))
                    .anyMatch(l -> l.what().equals("training pipeline " + role)
                            && l.detail().startsWith("Documented default"));
        WorkforceTable.Built workforce = WorkforceTable.build(ctx, staffing, growth, FlowsTable.read(ctx), pipeline);
        OutputTable flows = workforce.flows();
        OutputTable assumptions = AssumptionsTable.build(
                ctx,
                PopulationRevision.measure(ctx, ProjectedPopulation.build(ctx)),
                new AssumptionsTable.SupplyHistory(growth, trusts.organisations(), 10, "ten years"),
                workforce.table(),
                staffing.sectorOf(),
                pipeline,
                flows);
        // Both baselines take the market the history shows. The fixture's pipeline (5 a year, its share of England's
        // 19,500 starters) cannot keep up with its nurses' leavers, so both pools are the same positive number.
        assertThat(cell(assumptions, "value_mode", "labour_pool_annual", "RN_ADULT"))
                .isEqualTo(cell(assumptions, "value_mode", "trend_labour_pool_annual", "RN_ADULT"));
        assertThat(number(assumptions, "value_mode", "labour_pool_annual", "RN_ADULT"))
                .isPositive();
        // Acute: (2,000 / 1,800)^(12 / 70.5); each trust also has its own row with its sector's interval.
        double acute = Math.pow(2000.0 / 1800, 12 / 70.5);
        assertThat(number(assumptions, "value_mode", "trend_establishment_growth", "acute"))
                .isCloseTo(acute, within(0.00005));
        for (String column : List.of("value_low", "value_mode", "value_high"))
            assertThat(cell(assumptions, column, "trend_establishment_growth", "RA1"))
                    .isEqualTo(cell(assumptions, column, "trend_establishment_growth", "acute"));
        assertThat(cell(assumptions, "value_mode", "trend_establishment_growth", "GP"))
                .isEqualTo("0.995");
        // No 2022-based sub-ICB projection here: the documented default, flagged.
        assertThat(cell(assumptions, "value_high", "population_error_per_year", "ALL"))
                .isEqualTo("0.004");
        assertThat(ctx.report().text()).contains("population error per year");
    }

    @Test
    void theWholeFixtureImportsAndLoads(@TempDir Path other) throws Exception {
        Path from = ImportFixture.copy(other);
        Path out = other.resolve("dataset");
        IcbImport.Result result = new IcbImport(from, "QAA", ImportFixture.mappings(other), null).writeTo(out);
        SystemModel model = new DatasetReader().read(out);
        assertThat(model.places()).hasSize(2);
        assertThat(result.report().text()).doesNotContain("population stops");
        assertThat(cell(ManifestTable.build(ctx, 21.67), "value", "base_month")).isEqualTo("2025-04");
    }
}
