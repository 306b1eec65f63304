package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.explain.BaseGap;
import org.skillmix.core.projection.SpreadDrivers;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.uncertainty.FirstOrderIndices;
import org.skillmix.core.uncertainty.ParameterGroup;

class SpreadAndBaseGapCsvTest {

    @Test
    void sensitivityCsvHasOneRowPerGroupThenTheUnexplainedShare() throws IOException {
        FirstOrderIndices.Result indices = new FirstOrderIndices.Result(
                List.of(
                        new FirstOrderIndices.Share(ParameterGroup.POPULATION, 1, 0.61234, 0.0123),
                        new FirstOrderIndices.Share(ParameterGroup.FLOWS, 4, 0.2, 0.01)),
                0.18766);
        SpreadDrivers drivers = new SpreadDrivers(
                List.of(new SpreadDrivers.Target("ALL", 10, YearMonth.of(2035, 3), -12.04, 345.67, indices)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpreadDriversCsvWriter().write(drivers, Baseline.CURRENT_TRENDS, out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(SpreadDriversCsvWriter.HEADER + "\n"
                        + "current-trends,10,2035-03,ALL,-12.0,345.7,population,Population projection error,1,0.6123,0.0123\n"
                        + "current-trends,10,2035-03,ALL,-12.0,345.7,flows,Moves between sectors and roles,4,0.2000,0.0100\n"
                        + "current-trends,10,2035-03,ALL,-12.0,345.7,unexplained,\"Unexplained: interactions, non-linear"
                        + " effects, unsampled causes\",,0.1877,\n");
    }

    /** acute: D 11, D0 10, E 8, S 6, F 6.4, C 6.4: parts 1.5, 0.5, 1, 2, 0.3, -0.7, 0 add up to the gap 4.6. */
    @Test
    void baseGapCsvHasEverySectorThenTheSystem() throws IOException {
        BaseGap.Row acute = new BaseGap.Row("acute", 11, 10, 8, 6, 6.4, 6.4, 1.5, 0.5, 1, 2, 0.3, -0.7, 0, null);
        // the system row with a norm range: the norm part 1.5 runs from -0.5 to 3.5 over the norm's range
        BaseGap.Row all = new BaseGap.Row(
                "ALL", 11, 10, 8, 6, 6.4, 6.4, 1.5, 0.5, 1, 2, 0.3, -0.7, 0, new BaseGap.Range(-0.5, 3.5));
        BaseGap gap = new BaseGap(YearMonth.of(2025, 4), List.of(acute), all);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BaseGapCsvWriter().write(gap, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines)
                .containsExactly(
                        BaseGapCsvWriter.HEADER,
                        "2025-04,acute,11.00,10.00,8.00,6.00,6.40,6.40,4.60,1.50,0.50,1.00,2.00,0.30,-0.70,0.00,,",
                        "2025-04,ALL,11.00,10.00,8.00,6.00,6.40,6.40,4.60,1.50,0.50,1.00,2.00,0.30,-0.70,0.00,-0.50,3.50");
        String[] cells = lines[1].split(",");
        double parts = 0;
        for (int c = 9; c < 16; c++) parts += Double.parseDouble(cells[c]);
        assertThat(parts).isEqualTo(Double.parseDouble(cells[8]), org.assertj.core.data.Offset.offset(1e-9));
    }
}
