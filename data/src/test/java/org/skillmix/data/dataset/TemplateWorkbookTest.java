package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWorkbookTest {

    @TempDir
    Path tmp;

    @Test
    void templateHasReadmeAndAHeaderOnEverySheet() throws Exception {
        Path xlsx = tmp.resolve("template.xlsx");
        new TemplateWorkbook().write(xlsx);

        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("README");
            String readme = String.join(
                    "\n",
                    workbook.getFirstSheet().read().stream()
                            .flatMap(r -> r.stream().filter(c -> c != null).map(c -> c.getText()))
                            .toList());
            assertThat(readme).contains("NAME_low, NAME_mode, NAME_high", "0.091", "productive_hours_per_fte_month");
            for (DatasetTable table : DatasetTable.values()) {
                List<Row> rows =
                        workbook.findSheet(table.sheetName()).orElseThrow().read();
                assertThat(rows.get(0).getCellText(0))
                        .isEqualTo(table.columns().get(0).name());
                if (table != DatasetTable.MANIFEST) assertThat(rows).hasSize(1);
            }
        }
    }

    @Test
    void readingTheEmptyTemplateGivesClearProblemsNotACrash() throws Exception {
        Path xlsx = tmp.resolve("template.xlsx");
        new TemplateWorkbook().write(xlsx);

        DatasetException e = catchThrowableOfType(() -> new DatasetReader().read(xlsx), DatasetException.class);

        assertThat(e.errors())
                .extracting(Problem::toString)
                .contains(
                        "template.xlsx[manifest]:6:value: the value of base_month is blank; give the first projected month as YYYY-MM, e.g. 2025-04",
                        "template.xlsx[places]: required table places has no rows; add at least one row (one per place)",
                        "template.xlsx[workforce]: required table workforce has no rows; add at least one row "
                                + "(one per organisation x role)");
        assertThat(e.errors())
                .noneMatch(p -> p.file().contains("[flows]") || p.file().contains("[assumptions]"));
    }
}
