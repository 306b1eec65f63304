package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.data.dataset.Problem;

/**
 * Damaged, partial and re-encoded copies of real published files: each gives a clear problem naming the file
 * and row (and column), and no dataset is written; or, for a file that is only re-encoded or has NA cells
 * where the publisher may leave them, the same numbers.
 */
class BadSourceTest {

    static final String SICKNESS = "nhs-sickness-absence/nhs_sickness_absence_2024-07.csv";
    static final String HCHS =
            "nhs-hchs-staff-by-organisation/hchs-staff-by-staff-group-nationality-and-organisation-september-2017-and-june-2018.xlsx";
    static final String PCN = "gp-pcn-workforce/pcn_workforce_individual_level_2022-09_England.csv";
    static final String ASC = "asc-workforce-la-derived/DERIVED_adult_social_care_workforce_by_lad19_2019-20.csv";

    private static Problem failedImport(Path from, Path out) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> new IcbImport(from, "QOP", null, null).writeTo(out));
        assertThat(thrown).isInstanceOf(ImportException.class);
        assertThat(out).doesNotExist();
        return ((ImportException) thrown).problems().get(0);
    }

    @Test
    void truncatedSicknessFileNamesFileAndRow(@TempDir Path temp) throws Exception {
        Path from = SharedData.linkedCopy(temp.resolve("data"), SICKNESS);
        List<String> lines = Files.readAllLines(from.resolve(SICKNESS));
        // Cut the file in the middle of row 101 (a download that stopped).
        String cut =
                String.join("\n", lines.subList(0, 100)) + "\n" + lines.get(100).substring(0, 40);
        Files.writeString(from.resolve(SICKNESS), cut);
        Problem problem = failedImport(from, temp.resolve("out"));
        assertThat(problem.file()).isEqualTo(SICKNESS);
        assertThat(problem.row()).isEqualTo(101);
        assertThat(problem.toString()).contains("truncated");
    }

    @Test
    void corruptWorkbookNamesTheFile(@TempDir Path temp) throws Exception {
        Path from = SharedData.linkedCopy(temp.resolve("data"), HCHS);
        byte[] bytes = Files.readAllBytes(from.resolve(HCHS));
        Files.write(from.resolve(HCHS), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Problem problem = failedImport(from, temp.resolve("out"));
        assertThat(problem.file()).isEqualTo(HCHS);
        assertThat(problem.reason()).contains("not a readable XLSX workbook");
    }

    @Test
    void missingColumnNamesFileRowAndColumn(@TempDir Path temp) throws Exception {
        Path from = SharedData.linkedCopy(temp.resolve("data"), SICKNESS);
        String text = Files.readString(from.resolve(SICKNESS)).replaceFirst("FTE_DAYS_LOST,", "FTE_DAYS_GONE,");
        Files.writeString(from.resolve(SICKNESS), text);
        Problem problem = failedImport(from, temp.resolve("out"));
        assertThat(problem.toString())
                .startsWith(SICKNESS + ":1:FTE_DAYS_LOST: required column \"FTE_DAYS_LOST\" is missing");
    }

    @Test
    void naInARequiredNumberNamesFileRowAndColumn(@TempDir Path temp) throws Exception {
        Path from = SharedData.linkedCopy(temp.resolve("data"), SICKNESS);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(from.resolve(SICKNESS)));
        int row = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).contains(",R0A,")) {
                String l = lines.get(i);
                int end = l.lastIndexOf(',');
                int start = l.lastIndexOf(',', end - 1);
                lines.set(i, l.substring(0, start + 1) + "NA" + l.substring(end));
                row = i + 1;
            }
        }
        Files.write(from.resolve(SICKNESS), lines);
        Problem problem = failedImport(from, temp.resolve("out"));
        assertThat(problem.toString())
                .isEqualTo(SICKNESS + ":" + row + ":FTE_DAYS_AVAILABLE: a number is needed here, not \"NA\"");
    }

    @Test
    void naIndicatorCellsTakeTheEnglandMeanAndSaySo(@TempDir Path temp) throws Exception {
        Path from = SharedData.linkedCopy(temp.resolve("data"), ASC);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(from.resolve(ASC)));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("E08000003,")) {
                String[] cells = lines.get(i).split(",", -1);
                cells[6] = "NA"; // Vacancy rate
                lines.set(i, String.join(",", cells));
            }
        }
        Files.write(from.resolve(ASC), lines);
        IcbImport.Result result = new IcbImport(from, "QOP", null, null).writeTo(temp.resolve("out"));
        assertThat(result.report().text()).contains("adult social care vacancy of E08000003 Manchester");
        assertThat(Files.exists(temp.resolve("out/workforce.csv"))).isTrue();
    }

    @Test
    void windows1252CrlfCopyImportsTheSameNumbers(@TempDir Path temp) throws Exception {
        Path from = SharedData.linkedCopy(temp.resolve("data"), SICKNESS, PCN);
        // The sickness file saved by Excel on Windows: Windows-1252 with CRLF line ends and a name with an en dash.
        String sickness = Files.readString(from.resolve(SICKNESS))
                .replace("Bolton NHS Foundation Trust", "Bolton \u2013 NHS FT")
                .replace("\n", "\r\n");
        Files.write(from.resolve(SICKNESS), sickness.getBytes(SourceCsv.WINDOWS_1252));
        // And the PCN file (published in Windows-1252 with CRLF) converted the other way, to UTF-8 with LF.
        byte[] pcn = Files.readAllBytes(from.resolve(PCN));
        Files.writeString(
                from.resolve(PCN),
                new String(pcn, SourceCsv.WINDOWS_1252).replace("\r\n", "\n"),
                StandardCharsets.UTF_8);
        IcbImport.Result changed = new IcbImport(from, "QOP", null, null).build();
        IcbImport.Result original = SharedData.qop();
        for (String table : List.of("workforce.csv", "organisations.csv", "population.csv", "capability_hours.csv")) {
            assertThat(strip(changed.tables().get(table)))
                    .as(table)
                    .isEqualTo(strip(original.tables().get(table)));
        }
        Map<String, IcbImport.TrustBaseline> trusts = changed.trusts();
        assertThat(trusts.get("RMC").sicknessFte())
                .isEqualTo(original.trusts().get("RMC").sicknessFte());
    }

    /** The table without its source column (which names the file's wording). */
    private static List<List<String>> strip(IcbImport.OutputTableView table) {
        int source = table.header().indexOf("source");
        return table.rows().stream()
                .map(r -> {
                    List<String> copy = new java.util.ArrayList<>(r);
                    if (source >= 0) copy.remove(source);
                    return copy;
                })
                .toList();
    }

    @Test
    void unknownIcbAndMissingFolderAreClear(@TempDir Path temp) {
        assertThatThrownBy(() -> new IcbImport(temp.resolve("nowhere"), "QOP", null, null).build())
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("is not a folder of published files");
        Path shared = SharedData.folder(); // skips the rest where there is no shared data
        assertThatThrownBy(() -> new IcbImport(shared, "QZZ9", null, null).build())
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("has no ICB with ODS code QZZ9");
    }

    @Test
    void editedMappingTableReplacesTheShippedOneAndItsErrorsAreLocated(@TempDir Path temp) throws Exception {
        Path mappings = Files.createDirectories(temp.resolve("mappings"));
        Files.writeString(
                mappings.resolve("pcn_roles.csv"), "staff_role,role_code,source\nPharmacists,PHARMACIST,edited\n");
        IcbImport.Result result = new IcbImport(SharedData.folder(), "QOP", mappings, null).build();
        assertThat(result.report().text())
                .contains("mapping table pcn_roles.csv")
                .contains("PCN role Physician Associates");
        Files.writeString(
                mappings.resolve("staff_group_roles.csv"),
                "sector,staff_group,role_code,share,source\nacute,HCHS doctors,DOCTOR,lots,x\n");
        assertThatThrownBy(() -> new IcbImport(SharedData.folder(), "QOP", mappings, null).build())
                .isInstanceOf(ImportException.class)
                .hasMessage("mappings/staff_group_roles.csv:2:share: \"lots\" is not a number");
    }
}
