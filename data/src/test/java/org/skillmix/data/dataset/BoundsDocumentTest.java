package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bounds the reader applies are the ones docs/dataset.md states, and no number column goes without one. */
class BoundsDocumentTest {

    @Test
    void theDocumentStatesEveryBoundTheReaderApplies() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "dataset.md"));
        for (String row : BoundsDocument.rows()) {
            assertThat(doc)
                    .as("docs/dataset.md's Plausibility bounds table lacks (or differs from) the row; print them all"
                            + " with BoundsDocument.main")
                    .contains(row);
        }
    }

    @Test
    void everyBoundSaysWhyItEndsWhereItDoes() {
        assertThat(BoundsDocument.rows()).allSatisfy(row -> assertThat(row).doesNotEndWith("|  |"));
    }

    @Test
    void aNumberColumnCannotBeDeclaredWithoutABound() {
        assertThatThrownBy(() -> Column.number("beds", "beds in use", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a bound");
        for (DatasetTable table : DatasetTable.values()) {
            for (Column column : table.columns()) {
                if (column.numeric())
                    assertThat(column.bound()).as(column.name()).isNotNull();
            }
        }
    }
}
