package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ambulance service's seasonality from the incidents (AmbSYS A7) of the services serving the ICB, each weighted
 * by its share in the ICB; the Type 1 A&E proxy only without them.
 */
class AmbulanceSeasonalityTest {

    private static final String HEADER = "Year,Month,Region,Org Code,Org Name,A1,A2,A7,A10,A30\n";

    /** Type 1 attendances of 100 a day, but 200 a day in July: what the proxy would give. */
    private static TrustActivity typeOneJulyDouble() {
        AeActivity ae = new AeActivity();
        for (YearMonth m = YearMonth.of(2024, 4); !m.isAfter(YearMonth.of(2025, 3)); m = m.plusMonths(1))
            ae.type1.put(m, (m.getMonthValue() == 7 ? 200.0 : 100.0) * m.lengthOfMonth());
        return new TrustActivity(ae, new GeneralAcuteBeds());
    }

    private static double multiplier(OutputTable table, int month) {
        for (var row : table.rows())
            if (row.get(0).equals("AMBULANCE") && row.get(2).equals(Integer.toString(month)))
                return Double.parseDouble(row.get(3));
        throw new AssertionError("no AMBULANCE row for month " + month);
    }

    @Test
    void incidentsOfTheServingServicesWeightedByTheirSharesInTheIcb(@TempDir Path temp) throws Exception {
        // RA4 (half its area's people in the ICB): 31 incidents a day, 62 a day in January 2026. RA5 (a quarter): 40 a
        // day. RA5 has no figure (".") for April 2025, so the year is May 2025 - April 2026, the last 12 months
        // both have. RA1 is an acute trust, not a service of the file.
        Path from = Files.createDirectories(temp.resolve("from"));
        StringBuilder rows = new StringBuilder(HEADER);
        for (YearMonth m = YearMonth.of(2025, 4); !m.isAfter(YearMonth.of(2026, 4)); m = m.plusMonths(1)) {
            int days = m.lengthOfMonth();
            int ra4 = (m.equals(YearMonth.of(2026, 1)) ? 62 : 31) * days;
            String ra5 = m.equals(YearMonth.of(2025, 4)) ? "." : Integer.toString(40 * days);
            rows.append(m.getYear() + "," + m.getMonthValue() + ",Y62,RA4,SERVICE A,1,1," + ra4 + ",1,1\n");
            rows.append(m.getYear() + "," + m.getMonthValue() + ",Y62,RA5,SERVICE B,1,1," + ra5 + ",1,1\n");
        }
        Files.writeString(from.resolve("ambsys-extract.csv"), rows.toString());
        AmbulanceIndicators ambsys = AmbulanceIndicators.read(SourceFolder.open(from));
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("RA1", 1.0);
        shares.put("RA4", 0.5);
        shares.put("RA5", 0.25);

        ImportContext ctx = ImportFixture.context(temp.resolve("fixture"), null);
        OutputTable seasonality =
                SeasonalityTable.build(ctx, ServiceCatalogue.read(ctx.mappings()), typeOneJulyDouble(), ambsys, shares);

        // A day: 0.5 x 31 + 0.25 x 40 = 25.5, in January 0.5 x 62 + 0.25 x 40 = 41; the year's mean day
        // (334 x 25.5 + 31 x 41) / 365 = 9,788 / 365.
        double mean = 9_788 / 365.0;
        assertThat(multiplier(seasonality, 1)).isCloseTo(41 / mean, within(5e-5));
        assertThat(multiplier(seasonality, 7)).isCloseTo(25.5 / mean, within(5e-5));
        assertThat(multiplier(seasonality, 4)).isCloseTo(25.5 / mean, within(5e-5));
        assertThat(table(seasonality)).contains("A7 (all incidents) of RA4 x its share in the ICB 0.5 + RA5");
    }

    @Test
    void withoutIncidentsTheTypeOneProxy(@TempDir Path temp) throws Exception {
        // An AmbSYS extract without A7 (the metrics need only A1, A2, A10, A30).
        Path from = Files.createDirectories(temp.resolve("from"));
        Files.writeString(
                from.resolve("ambsys-extract.csv"),
                "Year,Month,Region,Org Code,Org Name,A1,A2,A10,A30\n2025,4,Y62,RA4,SERVICE A,1,1,1,1\n");
        ImportContext ctx = ImportFixture.context(temp.resolve("fixture"), null);
        OutputTable seasonality = SeasonalityTable.build(
                ctx,
                ServiceCatalogue.read(ctx.mappings()),
                typeOneJulyDouble(),
                AmbulanceIndicators.read(SourceFolder.open(from)),
                Map.of("RA4", 0.5));

        // 200 a day on July's 31 days, 100 on the other 334: mean (31 x 200 + 334 x 100) / 365.
        double mean = (31 * 200 + 334 * 100) / 365.0;
        assertThat(multiplier(seasonality, 7)).isCloseTo(200 / mean, within(5e-5));
        assertThat(multiplier(seasonality, 1)).isCloseTo(100 / mean, within(5e-5));
        assertThat(table(seasonality)).contains("Proxy (no AmbSYS incidents");
    }

    private static String table(OutputTable t) {
        return t.rows().toString();
    }
}
