package org.skillmix.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SicknessSeason;
import org.skillmix.core.system.StaffExperience;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

class BaseGapTest {
    private static final double EXACT = 1e-12;

    /**
     * One place, 12,000 people, one capability (nursing, H = 100 h per FTE-month).
     *
     * <p>Acute: 1 activity a year each, 1 h: 1,000 h a month = D0 = 10 FTE; unmet-need uplift 1.1 (mode), so
     * D = 11. Trust A's nurses: 6 in post, 2 vacancies (E = 8), sickness 5 %, bank 0.5 and agency 0.2:
     * F = 6 x 0.95 + 0.7 = 6.4, all of it on nursing (C = 6.4, below demand). Gap 11 - 6.4 = 4.6 =
     * norm above establishment (10 - 8 = 2) + uplift (11 - 10 = 1) + vacancies 2 + sickness 0.3 + bank and
     * agency -0.7 + time outside 0.
     *
     * <p>Community: 0.5 activity a year each, 1 h: D = D0 = 5 FTE. Organisation B's 20 support workers (no
     * vacancies, sickness, bank or agency) may give half their time to nursing: 10 FTE, of which 5 meet demand
     * and 5 more are spread onto the headroom, so C = 10 and the other 10 FTE are outside it. Gap 5 - 10 = -5
     * = norm (5 - 20 = -15) + time outside (20 - 10 = 10).
     */
    private static SystemModel twoSectors() {
        return twoSectorsBuilder().build();
    }

    private static TestSystem twoSectorsBuilder() {
        return TestSystem.create()
                .place("E1")
                .capability("nursing", 100)
                .role("RN", 30_000, 45_000)
                .role("HCSW", 22_000, 30_000)
                .canDo("RN", "nursing", 1.0)
                .canDo("HCSW", "nursing", 0.5)
                .service("acute", Sector.ACUTE, Interval.fixed(1.0), Interval.fixed(1.1), 0)
                .service("cn", Sector.COMMUNITY)
                .population("E1", 2025, "F", "all", 12_000)
                .utilisation("acute", "all", "ALL", 1)
                .utilisation("cn", "all", "ALL", 0.5)
                .hours("acute", "nursing", 1)
                .hours("cn", "nursing", 1)
                .org("A", Sector.ACUTE, "E1")
                .org("B", Sector.COMMUNITY, "E1")
                .workforce("A", "RN", 6, 2, 0.5, 0.2, 0.05, Interval.fixed(0.1), Interval.fixed(0.5))
                .workforce("B", "HCSW", 20, 0, 0.1, 0.5);
    }

    /**
     * The acute norm given a range (0.8, 1, 1.2): its norm part runs from 0.8 x 10 - 8 = 0 to 1.2 x 10 - 8 = 4 FTE
     * around the 2 of the mode; community has no range; the total's from 8 + 5 - 28 = -15 to 12 + 5 - 28 = -11.
     */
    @Test
    void aNormsRangeGivesTheNormPartARangeAndLeavesThePartsAsTheyWere() {
        SystemModel model = twoSectorsBuilder()
                .assumption(Assumption.Parameters.WORKLOAD_NORM_FACTOR, "acute", new Interval(0.8, 1, 1.2))
                .build();
        BaseGap gap = BaseGap.of(model);
        BaseGap plain = BaseGap.of(twoSectors());
        for (int i = 0; i < 2; i++) {
            assertThat(fte(gap.sectors().get(i)))
                    .containsExactly(fte(plain.sectors().get(i)), within(EXACT));
        }
        BaseGap.Range acute = gap.sectors().get(0).normRange();
        assertThat(acute.low()).isCloseTo(0, within(EXACT));
        assertThat(acute.high()).isCloseTo(4, within(EXACT));
        assertThat(gap.sectors().get(1).normRange()).isNull();
        assertThat(gap.total().normRange().low()).isCloseTo(-15, within(EXACT));
        assertThat(gap.total().normRange().high()).isCloseTo(-11, within(EXACT));
        assertThat(plain.total().normRange()).isNull();
    }

    @Test
    void eachPartMatchesTheHandWorkedFigures() {
        BaseGap gap = BaseGap.of(twoSectors());
        assertThat(gap.sectors()).extracting(BaseGap.Row::sector).containsExactly("acute", "community");
        BaseGap.Row acute = gap.sectors().get(0);
        assertThat(acute.demandFte()).isCloseTo(11, within(EXACT));
        assertThat(acute.baseDemandFte()).isCloseTo(10, within(EXACT));
        assertThat(acute.establishmentFte()).isCloseTo(8, within(EXACT));
        assertThat(acute.supplyFte()).isCloseTo(6.4, within(EXACT));
        assertThat(acute.gapFte()).isCloseTo(4.6, within(EXACT));
        assertThat(fte(acute)).containsExactly(new double[] {2, 0, 1, 2, 0.3, -0.7, 0}, within(EXACT));
        assertThat(acute.parts()).extracting(BaseGap.Part::name).containsExactlyElementsOf(BaseGap.PARTS);
        BaseGap.Row community = gap.sectors().get(1);
        assertThat(community.gapFte()).isCloseTo(-5, within(EXACT));
        assertThat(fte(community)).containsExactly(new double[] {-15, 0, 0, 0, 0, 0, 10}, within(EXACT));
        BaseGap.Row total = gap.total();
        assertThat(total.sector()).isEqualTo("ALL");
        assertThat(total.gapFte()).isCloseTo(-0.4, within(EXACT));
        assertThat(fte(total)).containsExactly(new double[] {-13, 0, 1, 2, 0.3, -0.7, 10}, within(EXACT));
    }

    /**
     * The base month's season is its own part, not a norm: acute of {@link #twoSectors()} with April (the base month)
     * at 1.2 and every other month at 0.98, rescaled to a day-weighted mean of 1 (a = 1.2 / that mean). D0 = 10 a
     * against the year's mean day Dy = 10: norm above establishment still 10 - 8 = 2, season 10 (a - 1), uplift
     * 0.1 x 10 a, and the parts add up to the projected month-0 gap.
     */
    @Test
    void theBaseMonthsSeasonIsAPartOfItsOwn() {
        double[] profile = {0.98, 0.98, 0.98, 1.2, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98};
        double a = 1.2 / org.skillmix.core.system.Seasonality.dayWeightedMean(profile);
        SystemModel model = twoSectors().toBuilder()
                .seasonality(java.util.stream.IntStream.range(0, 12)
                        .mapToObj(m -> new org.skillmix.core.system.Seasonality("acute", "E1", m + 1, profile[m]))
                        .toList())
                .build();
        BaseGap gap = BaseGap.of(model);
        BaseGap.Row acute = gap.sectors().get(0);
        assertThat(acute.baseDemandFte()).isCloseTo(10 * a, within(EXACT));
        assertThat(fte(acute)).containsExactly(new double[] {2, 10 * (a - 1), a, 2, 0.3, -0.7, 0}, within(EXACT));
        assertThat(a).isGreaterThan(1.2); // the other months' 0.98 pull the mean below 1
        partsAddUpToTheProjectedGap(model, gap);
    }

    /** The parts add up to the gap, and the gap is the deterministic projection's month-0 gap of the sector. */
    @Test
    void thePartsAddUpToTheProjectedBaseMonthGap() {
        SystemModel model = twoSectors();
        BaseGap gap = BaseGap.of(model);
        partsAddUpToTheProjectedGap(model, gap);
    }

    /**
     * The month's sickness, not the annual rate: trust A of {@link #twoSectors()} with a sickness season of 0.9 in
     * April (the base month) and work stress 45 % against England's 40 % at 0.03 per point (x 1.15). A's nurses lose
     * 6 x 0.05 x 1.15 x 0.9 = 0.3105 FTE to sickness, not 6 x 0.05 = 0.3: F = 6 - 0.3105 + 0.7 = 6.3895, gap
     * 11 - 6.3895 = 4.6105, and the parts still add up to it and to the projected month-0 gap.
     */
    @Test
    void sicknessIsTheBaseMonthsAsTheEngineAppliesIt() {
        List<SicknessSeason> season = new ArrayList<>();
        double[] f = {1.2, 1.1, 1.0, 0.9, 1.1, 0.9, 0.9, 0.9, 0.9, 1.0, 1.0, 1.1};
        for (int m = 0; m < 12; m++) season.add(new SicknessSeason(m + 1, f[m], "test"));
        SystemModel model = twoSectors().toBuilder()
                .assumptions(List.of(new Assumption(
                        Assumption.Parameters.SICKNESS_STRESS_ELASTICITY, "ALL", Interval.fixed(0.03), "", "test")))
                .staffExperience(List.of(
                        new StaffExperience("A", 2024, StaffExperience.Indicators.WORK_STRESS, 45, ""),
                        new StaffExperience("ENGLAND", 2024, StaffExperience.Indicators.WORK_STRESS, 40, "")))
                .sicknessSeasonality(season)
                .build();
        BaseGap gap = BaseGap.of(model);
        BaseGap.Row acute = gap.sectors().get(0);
        assertThat(acute.sickness()).isCloseTo(6 * 0.05 * 1.15 * 0.9, within(EXACT));
        assertThat(acute.effectiveFte()).isCloseTo(6 - 0.3105 + 0.7, within(EXACT));
        assertThat(acute.gapFte()).isCloseTo(4.6105, within(EXACT));
        partsAddUpToTheProjectedGap(model, gap);
        double total = 0;
        for (BaseGap.Part part : gap.total().parts()) total += part.fte();
        assertThat(total).isCloseTo(gap.total().gapFte(), within(EXACT));
    }

    /** Each sector's parts add up to its gap, and the gap is the deterministic projection's month-0 gap. */
    private static void partsAddUpToTheProjectedGap(SystemModel model, BaseGap gap) {
        Projection p = new Projector(model).run(new ProjectionSettings(1, 0, 1, 1), ProgressListener.NONE);
        for (BaseGap.Row row : gap.sectors()) {
            double sum = 0;
            for (BaseGap.Part part : row.parts()) sum += part.fte();
            assertThat(sum).as(row.sector()).isCloseTo(row.gapFte(), within(EXACT));
            double projected = p.series(new SeriesKey(Measure.GAP_FTE, "ALL", "ALL", row.sector(), "ALL", "ALL"))
                    .orElseThrow()
                    .mean()[0];
            assertThat(row.gapFte()).as(row.sector()).isCloseTo(projected, within(EXACT));
        }
    }

    private static double[] fte(BaseGap.Row row) {
        return row.parts().stream().mapToDouble(BaseGap.Part::fte).toArray();
    }
}
