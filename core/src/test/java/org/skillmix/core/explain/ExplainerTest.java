package org.skillmix.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.skillmix.core.fixture.SyntheticSystem;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;

class ExplainerTest {
    private static final String ALL = SeriesKey.ALL;

    /** On a synthetic system (seasonality, deprivation, growth, several sectors): terms add up to the projection. */
    @Test
    void termsAddUpToTheDeterministicProjection() {
        SystemModel model = SyntheticSystem.build(10, 8, 3, 8, 6, false, 5);
        Projection p = new Projector(model).run(new ProjectionSettings(3, 0, 1, 1), ProgressListener.NONE);
        Explainer explainer = new Explainer();
        int checked = 0;
        for (String cap : new String[] {"CAP0", "CAP3", "CAP5"}) {
            for (String place : new String[] {"E08000000", "E08000002"}) {
                for (int t : new int[] {0, 9, 30}) {
                    YearMonth month = model.info().baseMonth().plusMonths(t);
                    double demand = p.series(new SeriesKey(Measure.DEMAND_FTE, cap, ALL, ALL, ALL, place))
                            .map(s -> s.mean()[t])
                            .orElse(0.0);
                    double supply = p.series(new SeriesKey(Measure.SUPPLY_FTE, cap, ALL, ALL, ALL, place))
                            .map(s -> s.mean()[t])
                            .orElse(0.0);
                    DemandExplanation d = explainer.explainDemand(model, month, cap, place);
                    SupplyExplanation s = explainer.explainSupply(model, month, cap, place);
                    assertThat(d.terms().stream().mapToDouble(DemandTerm::fte).sum())
                            .isCloseTo(d.totalFte(), within(1e-9 * Math.max(1, demand)));
                    assertThat(d.totalFte())
                            .as(cap + " " + place + " " + t)
                            .isCloseTo(demand, within(1e-9 * Math.max(1, demand)));
                    assertThat(s.terms().stream()
                                    .mapToDouble(SupplyTerm::allocatedFte)
                                    .sum())
                            .isCloseTo(s.totalFte(), within(1e-9 * Math.max(1, supply)));
                    assertThat(s.totalFte())
                            .as(cap + " " + place + " " + t)
                            .isCloseTo(supply, within(1e-9 * Math.max(1, supply)));
                    if (demand > 0) checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(3);
    }

    /**
     * Hand case: 1,000 women and 3,000 men aged 65+, homecare 2 visits (women) / 1 (ALL, so men) a year,
     * 1.2 h each, H = 10: women's term 1,000 x 2 x 1.2 / 10 / 12 = 20, men's 3,000 x 1 x 1.2 / 10 / 12 = 30.
     * Supply: two care providers with 30 and 10 care workers, sickness 0.1 on the first: effective 27
     * and 10, all to personal care (max share 1), so they give 27 and 10.
     */
    @Test
    void handCaseTerms() {
        SystemModel model = TestSystem.create()
                .place("E1")
                .capability("care", 10)
                .service("homecare", Sector.ADULT_SOCIAL_CARE)
                .population("E1", 2025, "F", "65+", 1_000)
                .population("E1", 2025, "M", "65+", 3_000)
                .utilisation("homecare", "65+", "F", 2)
                .utilisation("homecare", "65+", "ALL", 1)
                .hours("homecare", "care", 1.2)
                .org("P1", Sector.ADULT_SOCIAL_CARE, "E1")
                .org("P2", Sector.ADULT_SOCIAL_CARE, "E1")
                .role("CW", 20_000, 24_000)
                .canDo("CW", "care", 1.0)
                .workforce(
                        "P1",
                        "CW",
                        30,
                        0,
                        0,
                        0,
                        0.1,
                        org.skillmix.core.uncertainty.Interval.fixed(0),
                        org.skillmix.core.uncertainty.Interval.fixed(0))
                .workforce("P2", "CW", 10, 0, 0, 0)
                .build();
        Explainer explainer = new Explainer();
        DemandExplanation d = explainer.explainDemand(model, YearMonth.of(2025, 4), "care", "E1");
        assertThat(d.terms()).hasSize(2);
        DemandTerm women =
                d.terms().stream().filter(x -> x.sex().equals("F")).findFirst().orElseThrow();
        DemandTerm men =
                d.terms().stream().filter(x -> x.sex().equals("M")).findFirst().orElseThrow();
        assertThat(women.fte()).isCloseTo(20, within(1e-9));
        assertThat(men.fte()).isCloseTo(30, within(1e-9));
        assertThat(men.utilisation()).isEqualTo(1);
        assertThat(d.totalFte()).isCloseTo(50, within(1e-9));

        SupplyExplanation s = explainer.explainSupply(model, YearMonth.of(2025, 4), "care", "E1");
        assertThat(s.terms()).hasSize(2);
        assertThat(s.terms().get(0).effectiveFte()).isCloseTo(27, within(1e-9));
        assertThat(s.terms().get(0).allocatedFte()).isCloseTo(27, within(1e-9));
        assertThat(s.terms().get(1).allocatedFte()).isCloseTo(10, within(1e-9));
        assertThat(s.totalFte()).isCloseTo(37, within(1e-9));
    }
}
