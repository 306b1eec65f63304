package org.skillmix.data.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** cqc-evidence.csv read back as the statements it was written from (the web's page reads the stored file). */
class CqcEvidenceCsvTest {

    @Test
    void theFileReadsBackAsItsStatementsInTheirOrder() throws Exception {
        List<CqcEvidence.Statement> statements = List.of(
                new CqcEvidence.Statement(
                        "Safe and effective staffing",
                        "Safe",
                        List.of("Staff in post: 1,234 FTE, \"as counted\"", "a second line\nover two lines"),
                        List.of("Shift-level fill rates.")),
                new CqcEvidence.Statement(
                        "Workforce equality, diversity and inclusion",
                        "Well-led",
                        List.of("No staff characteristics."),
                        List.of()));
        StringWriter csv = new StringWriter();
        CqcEvidence.writeCsv(statements, csv);
        assertThat(CqcEvidence.readCsv(new StringReader(csv.toString()))).isEqualTo(statements);
    }

    @Test
    void aFileOfAnotherLayoutIsRefusedNamingTheRow() {
        assertThatThrownBy(() -> CqcEvidence.readCsv(new StringReader("a,b\n1,2\n")))
                .hasMessageContaining("row 1");
        assertThatThrownBy(() -> CqcEvidence.readCsv(
                        new StringReader("quality_statement,key_question,kind,item\nX,Safe,maybe,thing\n")))
                .hasMessageContaining("row 2")
                .hasMessageContaining("column kind");
    }
}
