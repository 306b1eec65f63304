package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.supply.Baseline;

class InequalitiesCsvWriterTest {

    private static String write(Inequalities in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new InequalitiesCsvWriter().write(List.of(in), Baseline.CURRENT_TRENDS, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesPlacesThenQuintilesPerTenThousandWithTheFlag() throws Exception {
        Inequalities in = new Inequalities(
                YearMonth.of(2030, 3),
                List.of(new Inequalities.Row(
                        "place", "E08000001", "Bolton, Greater", 32.5, 1, 300_000, 3_000, 2_400, 600, true)),
                List.of(new Inequalities.Row(
                        "imd_quintile", "Q1", "most deprived fifth", 32.5, 1, 300_000, 3_000, 2_400, 600, false)));
        assertThat(write(in).lines().toList())
                .containsExactly(
                        InequalitiesCsvWriter.HEADER,
                        "current-trends,2030-03,place,E08000001,\"Bolton, Greater\",32.50,1,300000,3000.00,2400.00,600.00,100.00,80.00,"
                                + "20.00,0.8000,yes",
                        "current-trends,2030-03,imd_quintile,Q1,most deprived fifth,32.50,1,300000,3000.00,2400.00,600.00,100.00,"
                                + "80.00,20.00,0.8000,");
    }

    @Test
    void refusesAFigureThatIsNotFinite() {
        Inequalities in = new Inequalities(
                YearMonth.of(2030, 3),
                List.of(new Inequalities.Row("place", "P1", "P1", 1, 1, 10, Double.NaN, 1, 1, false)),
                List.of());
        assertThatThrownBy(() -> write(in)).hasMessageContaining("column demand_fte, row 2: NaN");
    }
}
