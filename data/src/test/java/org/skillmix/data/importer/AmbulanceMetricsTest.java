package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.metrics.MetricPoint;

/** AmbSYS to the ICS's 999 answer time and category 2 response: hand-worked apportionment of two services. */
class AmbulanceMetricsTest {

    private static final String HEADER = "Year,Month,Region,Org Code,Org Name,A0,A1,A2,A3,A10,A30,A31\n";

    private static AmbulanceIndicators ambsys(Path dir, String rows) throws IOException, ImportException {
        Files.writeString(dir.resolve("AmbSYS-extract.csv"), HEADER + rows);
        return AmbulanceIndicators.read(SourceFolder.open(dir));
    }

    private static Map<String, Double> values(List<MetricPoint> points) {
        Map<String, Double> out = new HashMap<>();
        points.forEach(p -> out.put(p.metric() + " " + p.orgCode() + " " + p.month(), p.value()));
        return out;
    }

    @Test
    void theIcsFigureIsEachServicesTotalsTimesItsShareOverItsCountsTimesItsShare(@TempDir Path dir) throws Exception {
        // Service RA4 (half its area's people are in the ICB): 100 calls answered in 300 s in all, 10 category 2
        // incidents in 12,000 s (20 minutes each). RA5 (a quarter): 300 calls in 3,000 s, 30 incidents in 72,000 s
        // (40 minutes each). England's row is not a service.
        AmbulanceIndicators file = ambsys(dir, """
                2025,4,Eng,Eng,England,999,400,3300,8,40,84000,2100
                2025,4,Y62,RA4,SERVICE A,150,100,300,3,10,12000,1200
                2025,4,Y62,RA5,SERVICE B,400,300,3000,10,30,72000,2400
                """);
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("RA1", 1.0); // an acute trust: not in AmbSYS, not a service
        shares.put("RA4", 0.5);
        shares.put("RA5", 0.25);
        ImportReport report = new ImportReport("QAA");
        Map<String, Double> v = values(AmbulanceMetrics.points(file, shares, "QAA", report));
        assertThat(v.get("CALL_999_ANSWER_MEAN RA4 2025-04")).isCloseTo(3.0, within(1e-12));
        assertThat(v.get("CALL_999_ANSWER_MEAN RA5 2025-04")).isCloseTo(10.0, within(1e-12));
        // (0.5 x 300 + 0.25 x 3,000) / (0.5 x 100 + 0.25 x 300) = 900 / 125 = 7.2 s
        assertThat(v.get("CALL_999_ANSWER_MEAN QAA 2025-04")).isCloseTo(7.2, within(1e-12));
        assertThat(v.get("CATEGORY_2_MEAN RA4 2025-04")).isCloseTo(20.0, within(1e-12));
        assertThat(v.get("CATEGORY_2_MEAN RA5 2025-04")).isCloseTo(40.0, within(1e-12));
        // (0.5 x 12,000 + 0.25 x 72,000) / (0.5 x 10 + 0.25 x 30) / 60 = 24,000 / 12.5 / 60 = 32 minutes
        assertThat(v.get("CATEGORY_2_MEAN QAA 2025-04")).isCloseTo(32.0, within(1e-12));
        assertThat(v).hasSize(6);
        assertThat(report.text()).contains("RA4 (share in QAA 0.5)").contains("RA5 (share in QAA 0.25)");
    }

    @Test
    void aMonthWithoutOneServicesFigureHasNoIcsFigureAndSaysWhy(@TempDir Path dir) throws Exception {
        AmbulanceIndicators file = ambsys(dir, """
                2025,5,Y62,RA4,SERVICE A,150,100,300,3,10,12000,1200
                2025,5,Y62,RA5,SERVICE B,400,.,.,.,30,72000,2400
                """);
        ImportReport report = new ImportReport("QAA");
        Map<String, Double> v = values(AmbulanceMetrics.points(file, Map.of("RA4", 0.5, "RA5", 0.25), "QAA", report));
        assertThat(v)
                .containsKey("CALL_999_ANSWER_MEAN RA4 2025-05")
                .doesNotContainKey("CALL_999_ANSWER_MEAN RA5 2025-05");
        assertThat(v).doesNotContainKey("CALL_999_ANSWER_MEAN QAA 2025-05");
        assertThat(v.get("CATEGORY_2_MEAN QAA 2025-05")).isCloseTo(32.0, within(1e-12));
        assertThat(report.lines(ImportReport.Section.SKIPPED))
                .extracting(ImportReport.Line::detail)
                .containsExactly("AmbSYS has no figure for RA5 that month (\".\" or no row)");
    }

    @Test
    void withoutTheFileOrAServiceTheReportSaysSo(@TempDir Path dir) throws Exception {
        ImportReport report = new ImportReport("QAA");
        assertThat(AmbulanceMetrics.points(null, Map.of("RA1", 1.0), "QAA", report))
                .isEmpty();
        assertThat(report.text()).contains("no AmbSYS file");
        AmbulanceIndicators file = ambsys(dir, "2025,4,Y62,RA4,SERVICE A,150,100,300,3,10,12000,1200\n");
        assertThat(AmbulanceMetrics.points(file, Map.of("RA1", 1.0), "QAA", report))
                .isEmpty();
        assertThat(report.text()).contains("none of the ICB's trusts is an ambulance service");
    }

    @Test
    void badRowsAreNamedByFileRowAndColumn(@TempDir Path dir) {
        assertThatThrownBy(() -> ambsys(dir, "2025,13,Y62,RA4,A,1,1,1,1,1,1,1\n"))
                .hasMessageContaining("AmbSYS-extract.csv:2:Month");
        assertThatThrownBy(() -> ambsys(dir, "2025,4,Y62,RA4,A,1,-5,1,1,1,1,1\n"))
                .hasMessageContaining("AmbSYS-extract.csv:2:A1");
        assertThatThrownBy(() -> ambsys(dir, "2025,4,Y62,RA4,A,1,1,1,1,1,1,1\n2025,4,Y62,RA4,A,1,1,1,1,1,1,1\n"))
                .hasMessageContaining("AmbSYS-extract.csv:3:Org Code")
                .hasMessageContaining("twice");
    }
}
