package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.supply.SupplyModel;

class FlowsTableTest {

    /** h = 1 − (1 − 0.091)^(1/12): the monthly leaver hazard of a 9.1% leaver rate. */
    private static final double H = 1 - Math.pow(1 - 0.091, 1.0 / 12);

    private static final List<SteadyStateFill.Line> LINES = List.of(
            new SteadyStateFill.Line("P1", "acute", "RN_ADULT", 12_000, 0.08, 0.091, 1.0),
            new SteadyStateFill.Line("P2", "acute", "RN_ADULT", 8_000, 0.08, 0.091, 1.0),
            new SteadyStateFill.Line("P1", "primary_care", "PRACTICE_NURSE", 600, 0.07, 0.091, 1.0),
            new SteadyStateFill.Line("P2", "primary_care", "PRACTICE_NURSE", 400, 0.07, 0.091, 1.0),
            new SteadyStateFill.Line("P1", "adult_social_care", "CARE_WORKER", 5_000, 0.10, 0.30, 1.0));

    @Test
    void aShareOfTheNeedIsTheHandWorkedRate() {
        // 1,000 practice nurses, no growth: need 1,000 h = 7.9193 a month; half of it from 20,000 acute nurses is a
        // monthly hazard of 0.00019798, 1 - (1 - 0.00019798)^12 = 0.0023733 a year
        double need = 1_000 * H;
        assertThat(need).isCloseTo(7.9193, within(5e-5));
        assertThat(FlowsTable.annualRate(0.5, need, 20_000, 1)).isCloseTo(0.0023733, within(5e-7));
        // the engine multiplies the written rate by the pay factor, so the rate is divided by it
        assertThat(FlowsTable.annualRate(0.5, need, 20_000, 1.25)).isCloseTo(0.0023733 / 1.25, within(5e-7));
        // nothing to move from, or nothing needed: no move
        assertThat(FlowsTable.annualRate(0.5, need, 0, 1)).isZero();
        assertThat(FlowsTable.annualRate(0.5, 0, 20_000, 1)).isZero();
        // a need bigger than the origin moves all of it, no more
        assertThat(FlowsTable.annualRate(1, 50, 10, 1)).isEqualTo(1);
    }

    @Test
    void theCatalogueRowIsCalibratedToTheLinesAndTheEngineMovesTheShare(@TempDir Path temp) throws Exception {
        ImportContext ctx = ImportFixture.context(temp, null);
        OutputTable flows = FlowsTable.read(ctx).build(LINES);
        List<String> nurses = row(flows, "RN_ADULT", "PRACTICE_NURSE");
        double need = 1_000 * H;
        double[] shares = {0.3, 0.5, 0.7}; // the shipped catalogue's low, mode and high
        for (int k = 0; k < 3; k++) {
            double rate = Double.parseDouble(nurses.get(4 + k));
            assertThat(rate).isCloseTo(FlowsTable.annualRate(shares[k], need, 20_000, 1), within(5e-7));
            // what the engine then moves a month: the origin's FTE x the monthly hazard of the rate (pay elasticity 0)
            assertThat(20_000 * SupplyModel.monthlyHazard(rate)).isCloseTo(shares[k] * need, within(0.01));
        }
        assertThat(nurses.get(8)).contains("supplies 0.5 (0.3-0.7) of the replacement need of 1000 FTE");
        // a row of the origin's FTE is written as the catalogue has it
        assertThat(row(flows, "CARE_WORKER", "HCSW").subList(4, 7)).containsExactly("0.02", "0.03", "0.045");
        assertThat(ctx.report().text()).contains("calibrated to supply 0.5 of PRACTICE_NURSE's replacement need");
    }

    @Test
    void withoutPracticeNursesTheMoveIsZeroAndSaid(@TempDir Path temp) throws Exception {
        ImportContext ctx = ImportFixture.context(temp, null);
        OutputTable flows = FlowsTable.read(ctx).build(LINES.subList(0, 2));
        assertThat(row(flows, "RN_ADULT", "PRACTICE_NURSE").subList(4, 7)).containsOnly("0");
        assertThat(ctx.report().lines(ImportReport.Section.SKIPPED))
                .anyMatch(l -> l.what().contains("PRACTICE_NURSE") && l.detail().contains("no PRACTICE_NURSE"));
    }

    @Test
    void anUnknownBasisNamesFileRowAndColumn(@TempDir Path temp) throws Exception {
        ImportContext ctx = ImportFixture.withFlows(
                temp, "acute,RN_ADULT,primary_care,PRACTICE_NURSE,0.3,0.5,0.7,0,judgement,share_of_need");
        assertThatThrownBy(() -> FlowsTable.read(ctx))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("flows.csv")
                .hasMessageContaining("2")
                .hasMessageContaining("rate_basis")
                .hasMessageContaining("share_of_replacement");
    }

    @Test
    void aShareAboveOneIsRefused(@TempDir Path temp) throws Exception {
        ImportContext ctx = ImportFixture.withFlows(
                temp, "acute,RN_ADULT,primary_care,PRACTICE_NURSE,0.3,0.5,1.5,0,judgement,share_of_replacement");
        assertThatThrownBy(() -> FlowsTable.read(ctx))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("annual_rate_high")
                .hasMessageContaining("between 0 and 1");
    }

    private static List<String> row(OutputTable t, String from, String to) {
        List<String> h = t.header();
        return t.rows().stream()
                .filter(r -> r.get(h.indexOf("from_role")).equals(from)
                        && r.get(h.indexOf("to_role")).equals(to))
                .findFirst()
                .orElseThrow();
    }
}
