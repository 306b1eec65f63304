package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;

class DatasetWriterTest {

    private final DatasetReader reader = new DatasetReader();
    private final DatasetWriter writer = new DatasetWriter();

    @TempDir
    Path tmp;

    @Test
    void folderRoundTripGivesAnEqualModel() throws Exception {
        SystemModel original = reader.read(TinyDataset.fixture());

        writer.writeFolder(original, tmp.resolve("out"));
        SystemModel again = reader.read(tmp.resolve("out"));
        writer.writeFolder(again, tmp.resolve("out2"));

        assertThat(again).isEqualTo(original);
        assertThat(reader.read(tmp.resolve("out2"))).isEqualTo(original);
        assertThat(Files.readString(tmp.resolve("out2/workforce.csv")))
                .isEqualTo(Files.readString(tmp.resolve("out/workforce.csv")));
    }

    @Test
    void workbookRoundTripGivesAnEqualModel() throws Exception {
        SystemModel original = reader.read(TinyDataset.fixture());
        Path xlsx = tmp.resolve("tiny.xlsx");

        writer.writeWorkbook(original, xlsx);

        assertThat(reader.read(xlsx)).isEqualTo(original);
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            List<String> expected = new ArrayList<>(List.of("README"));
            for (DatasetTable table : DatasetTable.values()) expected.add(table.sheetName());
            assertThat(sheets).isEqualTo(expected);
        }
    }

    @Test
    void zipRoundTripGivesAnEqualModel() throws Exception {
        SystemModel original = reader.read(TinyDataset.fixture());
        Path zip = tmp.resolve("tiny.zip");

        writer.writeZip(original, zip);

        assertThat(reader.read(zip)).isEqualTo(original);
    }

    @Test
    void writtenCsvKeepsSpecColumnsAndWritesCertainValuesAsModeOnly() throws Exception {
        writer.writeFolder(reader.read(TinyDataset.fixture()), tmp);

        List<String> lines = Files.readAllLines(tmp.resolve("workforce.csv"));
        assertThat(lines.get(0))
                .isEqualTo("org_code,role_code,headcount,fte_in_post,vacancy_fte,bank_fte,agency_fte,"
                        + "sickness_rate,leaver_rate_low,leaver_rate_mode,leaver_rate_high,fill_rate_low,fill_rate_mode,fill_rate_high,"
                        + "sickness_rate_basis,leaver_rate_basis");
        assertThat(lines.get(2)).isEqualTo("RT2,RN,210,190,15,0,0,0.048,,0.11,,,0.45,,national,national");
        assertThat(lines.get(3)).startsWith("RT2,HCA,,95,");
        assertThat(Files.readAllLines(tmp.resolve("catchments.csv")))
                .containsExactly("org_code,place_code,share", "RT2,E08000002,0.75", "RT2,E08000001,0.25");
    }

    @Test
    void workbookProblemsNameTheWorkbookAndSheet() throws Exception {
        SystemModel original = reader.read(TinyDataset.fixture());
        List<WorkforceLine> workforce = new ArrayList<>(original.workforce());
        WorkforceLine first = workforce.get(0);
        workforce.set(
                0,
                new WorkforceLine(
                        "RXX",
                        first.roleCode(),
                        first.headcount(),
                        first.fteInPost(),
                        first.vacancyFte(),
                        first.bankFte(),
                        first.agencyFte(),
                        first.sicknessRate(),
                        first.leaverRate(),
                        first.fillRate()));
        SystemModel broken = original.toBuilder()
                .workforce(workforce)
                .catchments(List.of())
                .scenarios(List.of())
                .metrics(List.of())
                .discharge(List.of())
                .build();
        Path xlsx = tmp.resolve("broken.xlsx");
        writer.writeWorkbook(broken, xlsx);

        DatasetException e = catchThrowableOfType(() -> reader.read(xlsx), DatasetException.class);

        assertThat(e.errors())
                .extracting(Problem::toString)
                .containsExactly(
                        "broken.xlsx[workforce]:2:org_code: organisation \"RXX\" is not in broken.xlsx[organisations]");
    }
}
