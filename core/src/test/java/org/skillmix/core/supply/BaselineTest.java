package org.skillmix.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Assumption.Parameters;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.core.uncertainty.ParameterGroup;
import org.skillmix.core.uncertainty.UncertainParameters;

class BaselineTest {
    private static final String ALL = SeriesKey.ALL;

    /**
     * One acute trust: 100 nurses in post, 1,000 vacancies, nobody leaves; a care home with 50 care workers.
     * Funded plan: establishment flat (establishment_growth 1.00), nurse recruits capped at 24 a year.
     * Current trends: acute establishment +3 % a year, care +1 % (trend_establishment_growth by sector),
     * nurse recruits capped at 12 a year (trend_labour_pool_annual), as the history would give them.
     */
    private static TestSystem twoSectors() {
        return TestSystem.create()
                .place("E1")
                .org("T1", Sector.ACUTE, "E1")
                .org("C1", Sector.ADULT_SOCIAL_CARE, "E1")
                .role("RN", 30_000, 45_000)
                .role("CW", 20_000, 25_000)
                .workforce("T1", "RN", 100, 1000, 0, 0.99)
                .workforce("C1", "CW", 50, 0, 0, 0)
                .assumption(Parameters.ESTABLISHMENT_GROWTH, "ALL", Interval.fixed(1.0))
                .assumption(Parameters.LABOUR_POOL_ANNUAL, "RN", Interval.fixed(24))
                .assumption(Parameters.TREND_ESTABLISHMENT_GROWTH, "acute", Interval.fixed(1.03))
                .assumption(Parameters.TREND_ESTABLISHMENT_GROWTH, "adult_social_care", Interval.fixed(1.01))
                .assumption(Parameters.TREND_LABOUR_POOL_ANNUAL, "RN", Interval.fixed(12));
    }

    private static Projection run(SystemModel model, Baseline baseline) {
        return new Projector(model).run(new ProjectionSettings(3, 0, 1, 1, baseline), ProgressListener.NONE);
    }

    /**
     * Establishment E(t) = 1,100 g^(t/12) and, with the nurses' recruits capped (2 a month funded, 1 a month
     * in current trends, far below the vacancies x fill), S(t) = 100 + J t, vacancy = E(t) - S(t). Care
     * workers: no vacancies, no recruits: vacancy = 50 (1.01^(t/12) - 1) in current trends, 0 funded.
     */
    @Test
    void eachBaselineTakesItsOwnGrowthAndCaps() {
        SystemModel model = twoSectors().build();
        Projection funded = run(model, Baseline.FUNDED_PLAN);
        Projection trends = run(model, Baseline.CURRENT_TRENDS);
        assertThat(funded.settings().baseline()).isEqualTo(Baseline.FUNDED_PLAN);
        assertThat(trends.settings().baseline()).isEqualTo(Baseline.CURRENT_TRENDS);
        for (int t : new int[] {0, 6, 12, 35}) {
            assertThat(SupplyTest.line(funded, Measure.RECRUITS_FTE, "RN", "T1")[t])
                    .isCloseTo(2, within(1e-9));
            assertThat(SupplyTest.line(trends, Measure.RECRUITS_FTE, "RN", "T1")[t])
                    .isCloseTo(1, within(1e-9));
            assertThat(SupplyTest.line(funded, Measure.STAFF_IN_POST_FTE, "RN", "T1")[t])
                    .isCloseTo(100 + 2 * t, within(1e-9));
            assertThat(SupplyTest.line(trends, Measure.VACANCY_FTE, "RN", "T1")[t])
                    .isCloseTo(1100 * Math.pow(1.03, t / 12.0) - (100 + t), within(1e-9));
            assertThat(SupplyTest.line(funded, Measure.VACANCY_FTE, "CW", "C1")[t])
                    .isZero();
            assertThat(SupplyTest.line(trends, Measure.VACANCY_FTE, "CW", "C1")[t])
                    .isCloseTo(50 * (Math.pow(1.01, t / 12.0) - 1), within(1e-9));
        }
    }

    /**
     * A trust's own trend row (scope = its org code) takes precedence over its sector's: T2's establishment grows
     * 5% a year while T1 keeps the acute 3%; E(t) = 1,100 g^(t/12) for each.
     */
    @Test
    void anOrganisationsOwnGrowthRowComesBeforeItsSectors() {
        SystemModel model = twoSectors()
                .org("T2", Sector.ACUTE, "E1")
                .workforce("T2", "RN", 100, 1000, 0, 0.99)
                .assumption(Parameters.TREND_ESTABLISHMENT_GROWTH, "T2", Interval.fixed(1.05))
                .build();
        assertThat(Baseline.CURRENT_TRENDS.problems(model)).isEmpty();
        Projection trends = run(model, Baseline.CURRENT_TRENDS);
        for (int t : new int[] {0, 12, 35}) {
            double s1 = SupplyTest.line(trends, Measure.STAFF_IN_POST_FTE, "RN", "T1")[t];
            double s2 = SupplyTest.line(trends, Measure.STAFF_IN_POST_FTE, "RN", "T2")[t];
            assertThat(SupplyTest.line(trends, Measure.VACANCY_FTE, "RN", "T1")[t] + s1)
                    .isCloseTo(1100 * Math.pow(1.03, t / 12.0), within(1e-9));
            assertThat(SupplyTest.line(trends, Measure.VACANCY_FTE, "RN", "T2")[t] + s2)
                    .isCloseTo(1100 * Math.pow(1.05, t / 12.0), within(1e-9));
        }
    }

    /**
     * Both baselines register every assumption row (so a draw's random numbers are the same in both), but
     * only the rows a baseline reads belong to an assumption group in its run: the other baseline's rows do
     * not drive its spread.
     */
    @Test
    void eachBaselineAttributesItsSpreadToTheRowsItReads() {
        ProjectionKernel kernel = new ProjectionKernel(twoSectors().build(), 12);
        UncertainParameters parameters = kernel.parameters();
        ParameterGroup[] funded = kernel.groups(Baseline.FUNDED_PLAN);
        ParameterGroup[] trends = kernel.groups(Baseline.CURRENT_TRENDS);
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.name(i);
            boolean trendRow = name.startsWith("trend_");
            boolean fundedRow = name.startsWith("establishment_growth") || name.startsWith("labour_pool_annual");
            if (trendRow) assertThat(funded[i]).as(name).isNull();
            if (fundedRow) assertThat(trends[i]).as(name).isNull();
            if (name.startsWith("trend_establishment_growth") || name.startsWith("establishment_growth"))
                assertThat(trendRow ? trends[i] : funded[i]).as(name).isEqualTo(ParameterGroup.ESTABLISHMENT_GROWTH);
            if (name.startsWith("trend_labour_pool_annual") || name.startsWith("labour_pool_annual"))
                assertThat(trendRow ? trends[i] : funded[i]).as(name).isEqualTo(ParameterGroup.LABOUR_POOL);
        }
    }

    @Test
    void theFundedPlanAlwaysRunsAndCodesNameTheBaselines() {
        SystemModel bare = TestSystem.create()
                .place("E1")
                .org("T1", Sector.ACUTE, "E1")
                .role("RN", 30_000, 45_000)
                .workforce("T1", "RN", 100, 10, 0.1, 0.5)
                .build();
        assertThat(Baseline.FUNDED_PLAN.problems(bare)).isEmpty();
        assertThat(Baseline.ofCode("current-trends")).isEqualTo(Baseline.CURRENT_TRENDS);
        assertThat(Baseline.ofCode(" Funded-Plan ")).isEqualTo(Baseline.FUNDED_PLAN);
        assertThatThrownBy(() -> Baseline.ofCode("trend"))
                .hasMessage("no baseline 'trend'; choose funded-plan or current-trends");
    }

    /** No trend rows at all: current trends is refused, saying which rows are missing; nothing falls back. */
    @Test
    void aDatasetWithoutTrendRowsCannotRunCurrentTrends() {
        SystemModel model = TestSystem.create()
                .place("E1")
                .org("T1", Sector.ACUTE, "E1")
                .role("RN", 30_000, 45_000)
                .workforce("T1", "RN", 100, 10, 0.1, 0.5)
                .assumption(Parameters.LABOUR_POOL_ANNUAL, "RN", Interval.fixed(24))
                .build();
        assertThat(Baseline.CURRENT_TRENDS.problems(model))
                .containsExactly(
                        "assumptions.csv has no trend_establishment_growth row: the current-trends baseline grows"
                                + " the establishment at the rate the published history shows (trust FTE June 2018 to"
                                + " 2024/25), by sector, role or ALL; add the rows (docs/method.md, Baselines) or run"
                                + " the funded-plan baseline",
                        "assumptions.csv caps the recruits of RN with labour_pool_annual but has no"
                                + " trend_labour_pool_annual row for it: the current-trends baseline would leave them"
                                + " uncapped; add the historical intake (docs/method.md, Baselines) or run the"
                                + " funded-plan baseline");
        assertThatThrownBy(() -> run(model, Baseline.CURRENT_TRENDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "the current trends baseline cannot run: assumptions.csv has no trend_establishment_growth row");
    }

    /** Trend growth given for acute only: the care home's line is named as uncovered. */
    @Test
    void aSectorWithoutATrendIsNamed() {
        SystemModel model = TestSystem.create()
                .place("E1")
                .org("T1", Sector.ACUTE, "E1")
                .org("C1", Sector.ADULT_SOCIAL_CARE, "E1")
                .role("RN", 30_000, 45_000)
                .role("CW", 20_000, 25_000)
                .role("SCW", 22_000, 27_000)
                .workforce("T1", "RN", 100, 10, 0.1, 0.5)
                .workforce("C1", "CW", 50, 0, 0.3, 0.5)
                .workforce("C1", "SCW", 10, 0, 0.3, 0.5)
                .assumption(Parameters.TREND_ESTABLISHMENT_GROWTH, "acute", Interval.fixed(1.03))
                .build();
        assertThat(Baseline.CURRENT_TRENDS.problems(model))
                .containsExactly("assumptions.csv has no trend_establishment_growth row for sector adult_social_care"
                        + " (roles CW, SCW), nor for their organisations, those roles or ALL: the current-trends baseline"
                        + " needs a historical growth for every line's establishment");
    }
}
