package org.skillmix.data.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A tiny invented ICB for the builders' tests (src/test/resources/importer/fixture): QAA with Northtown (100 people
 * a year of age) and Eastmere (50; made in 2023 of Eastby and Westby, Eastby having absorbed Oldby in 2019), beside
 * QBB with Farshire (200); trusts RA1 acute (1,000 FTE), RA2 mental health (300), RA3 community (150) and RA4
 * ambulance (200, serving both ICBs), none grown since June 2018; QBB's own RB1 acute (800 FTE in June 2018 with
 * RB9, which it took over, to 1,000 with RB8, folded in from May 2024), RB2 mental health (200 to 260), RB3
 * community (100 to 110), RB4 ambulance (100 to 120) and RB7, a community interest company with no 2018 row. The HCHS staff-group workbook is written here (an XLSX), the rest are CSVs.
 */
final class ImportFixture {

    /** HCHS June 2018 FTE by organisation and staff group. */
    static final List<Object[]> HCHS = List.of(
            new Object[] {"RA1", "HCHS doctors", 100.0},
            new Object[] {"RA1", "Nurses & health visitors", 400.0},
            new Object[] {"RA1", "Support to doctors, nurses & midwives", 300.0},
            new Object[] {"RA1", "Central functions", 200.0},
            new Object[] {"RA2", "HCHS doctors", 30.0},
            new Object[] {"RA2", "Nurses & health visitors", 150.0},
            new Object[] {"RA2", "Central functions", 120.0},
            new Object[] {"RA3", "Nurses & health visitors", 100.0},
            new Object[] {"RA3", "Support to doctors, nurses & midwives", 50.0},
            new Object[] {"RA4", "Ambulance staff", 150.0},
            new Object[] {"RA4", "Support to ambulance staff", 50.0},
            // QBB's trusts, for the history: RB1 took RB9 (2019) and RB8 (May 2024, no 2018 row); RB7 is new.
            new Object[] {"RB1", "HCHS doctors", 100.0},
            new Object[] {"RB1", "Nurses & health visitors", 500.0},
            new Object[] {"RB9", "Nurses & health visitors", 200.0},
            new Object[] {"RB2", "Nurses & health visitors", 200.0},
            new Object[] {"RB3", "Nurses & health visitors", 100.0},
            new Object[] {"RB4", "Ambulance staff", 100.0});

    private ImportFixture() {}

    /** The fixture's published files in temp/from (returned) and its mapping tables in temp/mappings. */
    static Path copy(Path temp) throws IOException {
        Path source;
        try {
            source =
                    Path.of(ImportFixture.class.getResource("/importer/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Path from = temp.resolve("from");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = source.relativize(f);
                Path to = rel.startsWith("mappings") ? temp.resolve(rel.toString()) : from.resolve(rel.toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        Path xlsx = from.resolve("hchs/hchs-staff-by-staff-group-fixture.xlsx");
        Files.createDirectories(xlsx.getParent());
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "fixture", "1.0");
            Worksheet sheet = workbook.newWorksheet("Data");
            String[] header = {"Month", "Organisation code", "Staff group", "FTE"};
            for (int c = 0; c < header.length; c++) sheet.value(0, c, header[c]);
            for (int r = 0; r < HCHS.size(); r++) {
                sheet.value(r + 1, 0, "2018-JUN");
                sheet.value(r + 1, 1, (String) HCHS.get(r)[0]);
                sheet.value(r + 1, 2, (String) HCHS.get(r)[1]);
                sheet.value(r + 1, 3, (double) HCHS.get(r)[2]);
            }
            workbook.finish();
        }
        return from;
    }

    static Path mappings(Path temp) {
        return temp.resolve("mappings");
    }

    /**
     * The import context of QAA over the fixture (copied to temp) with the catalogue's flows.csv replaced by these
     * rows (none: no moves between roles).
     */
    static ImportContext withFlows(Path temp, String... rows) throws IOException, ImportException {
        Files.createDirectories(mappings(temp));
        Files.writeString(
                mappings(temp).resolve("flows.csv"),
                "from_sector,from_role,to_sector,to_role,annual_rate_low,annual_rate_mode,annual_rate_high,"
                        + "pay_elasticity,source,rate_basis\n" + String.join("\n", rows)
                        + (rows.length > 0 ? "\n" : ""));
        return context(temp, null);
    }

    /** The import context of QAA over the fixture (copied to temp), at the given base month (null: the default). */
    static ImportContext context(Path temp, YearMonth base) throws IOException, ImportException {
        Path from = Files.isDirectory(temp.resolve("from")) ? temp.resolve("from") : copy(temp);
        return ImportContext.open(
                SourceFolder.open(from), "QAA", base, new Mappings(mappings(temp)), new ImportReport("QAA"), s -> {});
    }
}
