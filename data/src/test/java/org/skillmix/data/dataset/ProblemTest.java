package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void printsAsFileRowColumnReason() {
        assertThat(Problem.error("workforce.csv", 7, "fte_in_post", "must be 0 or more, not -5"))
                .hasToString("workforce.csv:7:fte_in_post: must be 0 or more, not -5");
        assertThat(Problem.error("roles.csv", 0, "", "is empty")).hasToString("roles.csv: is empty");
        assertThat(Problem.error("workforce.csv", 9, "", "has more than 5 rows"))
                .hasToString("workforce.csv:9: has more than 5 rows");
        assertThat(Problem.warning("roles.csv", 1, "grade", "is not a column of roles and is ignored"))
                .hasToString("roles.csv:1:grade: warning: is not a column of roles and is ignored");
    }

    /** docs/dataset.md is the planner's reference: it must name every column the reader knows. */
    @Test
    void formatDocumentNamesEveryColumn() throws Exception {
        Path doc = Path.of("..", "docs", "dataset.md");
        String text = Files.readString(doc);
        for (DatasetTable table : DatasetTable.values()) {
            assertThat(text).as(table.fileName()).contains(table.fileName());
            for (Column column : table.columns()) {
                String name = column.name();
                String base = name.replaceAll("_(low|mode|high)$", "");
                assertThat(text.contains(name) || text.contains(base + "_low/_mode/_high"))
                        .as("docs/dataset.md mentions %s.%s", table.sheetName(), name)
                        .isTrue();
            }
        }
    }
}
