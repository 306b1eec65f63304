package org.skillmix.core.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Seasonality;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

class DemandTest {
    private static final String ALL = SeriesKey.ALL;

    private static double[] demand(SystemModel model, String cap, String sector, String place, int years) {
        Projection projection = new Projector(model).run(new ProjectionSettings(years, 0, 1, 1), ProgressListener.NONE);
        return projection
                .series(new SeriesKey(Measure.DEMAND_FTE, cap, ALL, sector, ALL, place))
                .orElseThrow()
                .mean();
    }

    /** 50,000 women + 50,000 men x 1 visit a year = 100,000 visits, 0.25 h each, flat seasonality. */
    private static TestSystem wisn() {
        return TestSystem.create()
                .place("E1")
                .capability("visit", TestSystem.WISN_H)
                .service("nursing", Sector.COMMUNITY)
                .population("E1", 2025, "F", "18+", 50_000)
                .population("E1", 2025, "M", "18+", 50_000)
                .utilisation("nursing", "18+", "ALL", 1.0)
                .hours("nursing", "visit", 0.25);
    }

    /**
     * WISN: 100,000 x 0.25 h = 25,000 h a year = 2,083.33 h a month; H = 179 x 8 / 12 = 119.33 h per
     * FTE-month; 2,083.33 / 119.33 = 25,000 / 1,432 = 17.4581 FTE (17.46 staff in the WISN example).
     */
    @Test
    void wisnExampleGives17point46Fte() {
        double[] d = demand(wisn().build(), "visit", "community", "E1", 1);
        double annualAverage = 0;
        for (double v : d) annualAverage += v / 12;
        assertThat(annualAverage).isCloseTo(25_000.0 / 1_432.0, within(1e-9));
        assertThat(annualAverage).isCloseTo(17.4581, within(1e-4));
        assertThat(d[0]).isCloseTo(17.4581, within(1e-4));
    }

    /**
     * A winter-heavy profile: Jan-Mar and Oct-Dec 1.2, Apr-Sep 0.8 per day. Its day-weighted mean is
     * (1.2 x 182.2425 + 0.8 x 183) / 365.2425 = 0.999585..., so each month is divided by it: January is
     * 1.2 / 0.999585 x 17.4581 and the year's FTE-days (each month's FTE x its mean days) are 365.2425 x
     * 17.4581, as without the profile. A profile with every month x 1.005 is rescaled to the same months.
     */
    @Test
    void seasonalityWithDayWeightedMeanOneLeavesTheYearsFteDaysUnchanged() {
        double[] profile = {1.2, 1.2, 1.2, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 1.2, 1.2, 1.2};
        double[] seasonal = demand(wisn().season("nursing", "ALL", profile).build(), "visit", "community", "E1", 1);
        double flat = 25_000.0 / 1_432.0;
        double mean = (1.2 * (31 + 28.2425 + 31 + 31 + 30 + 31) + 0.8 * (30 + 31 + 30 + 31 + 31 + 30)) / 365.2425;
        double fteDays = 0;
        // base month April: index 0 = April (0.8), index 9 = January (1.2)
        for (int t = 0; t < 12; t++) fteDays += seasonal[t] * Seasonality.meanDays((t + 3) % 12 + 1);
        assertThat(fteDays).isCloseTo(365.2425 * flat, within(1e-9));
        assertThat(seasonal[0]).isCloseTo(0.8 / mean * flat, within(1e-9));
        assertThat(seasonal[9]).isCloseTo(1.2 / mean * flat, within(1e-9));

        double[] scaled = profile.clone();
        for (int m = 0; m < 12; m++) scaled[m] *= 1.005;
        double[] rescaled = demand(wisn().season("nursing", "ALL", scaled).build(), "visit", "community", "E1", 1);
        for (int t = 0; t < 12; t++) assertThat(rescaled[t]).isCloseTo(seasonal[t], within(1e-9));
    }

    /**
     * Activity of exactly 300 visits a day all year: the months' counts differ only by their length
     * (February 2026 has 28 days, 8,400 visits; January 9,300), so the per-day profile (count / days over
     * the year's count / days) is 1 in every month and the FTE needed is the same in every month: staff
     * are a stock, February needs as many as January. The old per-month profile (count over the mean
     * month) would have dipped February to 28 / 30.42 = 0.92.
     */
    @Test
    void flatActivityPerDayGivesFlatDemandWhateverTheMonthsLength() {
        double[] counts = new double[12];
        double yearCount = 0, yearDays = 0;
        for (int m = 1; m <= 12; m++) {
            int days = YearMonth.of(m >= 4 ? 2025 : 2026, m).lengthOfMonth();
            counts[m - 1] = 300.0 * days;
            yearCount += counts[m - 1];
            yearDays += days;
        }
        double[] perDay = new double[12];
        for (int m = 1; m <= 12; m++) {
            int days = YearMonth.of(m >= 4 ? 2025 : 2026, m).lengthOfMonth();
            perDay[m - 1] = (counts[m - 1] / days) / (yearCount / yearDays);
        }
        assertThat(perDay).containsOnly(1.0);
        double[] d = demand(wisn().season("nursing", "ALL", perDay).build(), "visit", "community", "E1", 2);
        double flat = 25_000.0 / 1_432.0;
        for (int t = 0; t < d.length; t++) assertThat(d[t]).as("month " + t).isCloseTo(flat, within(1e-12));
        assertThat(d[10]).as("February 2026").isEqualTo(d[9]).isEqualTo(d[0]);
    }

    /** A place's own profile overrides the ALL profile for that place only. */
    @Test
    void placeProfileOverridesAllProfile() {
        double[] winter = {1.2, 1.2, 1.2, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 1.2, 1.2, 1.2};
        double[] summer = {0.8, 0.8, 0.8, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 0.8, 0.8, 0.8};
        SystemModel model = wisn().place("E2")
                .population("E2", 2025, "F", "18+", 100_000)
                .season("nursing", "ALL", winter)
                .season("nursing", "E2", summer)
                .build();
        double flat = 25_000.0 / 1_432.0;
        double winterMean = Seasonality.dayWeightedMean(winter), summerMean = Seasonality.dayWeightedMean(summer);
        assertThat(demand(model, "visit", "community", "E1", 1)[0]).isCloseTo(0.8 / winterMean * flat, within(1e-9));
        assertThat(demand(model, "visit", "community", "E2", 1)[0]).isCloseTo(1.2 / summerMean * flat, within(1e-9));
    }

    /**
     * Base month January 2025: Jan-Mar 2025 are financial year 2024/25 and use mid-2024 (100,000 persons);
     * April 2025 starts 2025/26 and uses mid-2025 (120,000); 2026/27 onwards, past the last year, use 2025.
     * A base before the first year (June 2023, FY 2023) uses the first year, 2024.
     */
    @Test
    void financialYearPicksMidYearPopulation() {
        TestSystem system = TestSystem.create()
                .base(YearMonth.of(2025, 1))
                .place("E1")
                .capability("visit", 100)
                .service("nursing", Sector.COMMUNITY)
                .population("E1", 2024, "F", "all", 100_000)
                .population("E1", 2025, "F", "all", 120_000)
                .utilisation("nursing", "all", "F", 1.2)
                .hours("nursing", "visit", 1.0);
        double[] d = demand(system.build(), "visit", "community", "E1", 3);
        double perPerson = 1.2 * 1.0 / 100 / 12; // visits x hours / H / 12 per person
        assertThat(d[0]).isCloseTo(100_000 * perPerson, within(1e-9));
        assertThat(d[2]).isCloseTo(100_000 * perPerson, within(1e-9));
        assertThat(d[3]).isCloseTo(120_000 * perPerson, within(1e-9));
        assertThat(d[35]).isCloseTo(120_000 * perPerson, within(1e-9));

        double[] early = demand(system.base(YearMonth.of(2023, 6)).build(), "visit", "community", "E1", 1);
        assertThat(early[0]).isCloseTo(100_000 * perPerson, within(1e-9));
    }

    /**
     * growth 1.1 a year: month 12 is 1.1x month 0, month 6 is sqrt(1.1)x. unmet 1.25 multiplies all.
     * dep with IMD 30 against reference 20 and elasticity 0.5 is sqrt(1.5).
     */
    @Test
    void growthUnmetNeedAndDeprivationMultiply() {
        SystemModel model = wisn().referenceImd(20).deprivation("E1", 30).build();
        SystemModel adjusted = model.toBuilder()
                .services(java.util.List.of(new org.skillmix.core.system.Service(
                        "nursing", "n", Sector.COMMUNITY, "standard", Interval.fixed(1.1), Interval.fixed(1.25), 0.5)))
                .catchments(List.of())
                .scenarios(List.of())
                .metrics(List.of())
                .discharge(List.of())
                .build();
        double[] d = demand(adjusted, "visit", "community", "E1", 2);
        double base = 25_000.0 / 1_432.0 * 1.25 * Math.sqrt(1.5);
        assertThat(d[0]).isCloseTo(base, within(1e-9));
        assertThat(d[6]).isCloseTo(base * Math.sqrt(1.1), within(1e-9));
        assertThat(d[12]).isCloseTo(base * 1.1, within(1e-9));
    }

    /**
     * Utilisation: women have their own row (2 a year), men fall back to ALL (1 a year): 1,000 women and
     * 3,000 men make 2,000 + 3,000 = 5,000 visits. Services of two sectors keep their demand apart and
     * the (capability, ALL, place) total adds them.
     */
    @Test
    void sexFallbackAndSectorAttribution() {
        SystemModel model = TestSystem.create()
                .place("E1")
                .capability("care", 10)
                .service("homecare", Sector.ADULT_SOCIAL_CARE)
                .service("district", Sector.COMMUNITY)
                .population("E1", 2025, "F", "65+", 1_000)
                .population("E1", 2025, "M", "65+", 3_000)
                .utilisation("homecare", "65+", "F", 2)
                .utilisation("homecare", "65+", "ALL", 1)
                .utilisation("district", "65+", "ALL", 0.5)
                .hours("homecare", "care", 1.2)
                .hours("district", "care", 2)
                .build();
        double homecare = 5_000 * 1.2 / 10 / 12;
        double district = 4_000 * 0.5 * 2 / 10 / 12;
        assertThat(demand(model, "care", "adult_social_care", "E1", 1)[0]).isCloseTo(homecare, within(1e-9));
        assertThat(demand(model, "care", "community", "E1", 1)[0]).isCloseTo(district, within(1e-9));
        assertThat(demand(model, "care", ALL, "E1", 1)[0]).isCloseTo(homecare + district, within(1e-9));
        assertThat(demand(model, ALL, ALL, ALL, 1)[0]).isCloseTo(homecare + district, within(1e-9));
    }

    @Test
    void financialYearOfMonth() {
        assertThat(FinancialYear.of(YearMonth.of(2026, 3)).startYear()).isEqualTo(2025);
        assertThat(FinancialYear.of(YearMonth.of(2026, 4)).startYear()).isEqualTo(2026);
    }
}
