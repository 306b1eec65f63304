package org.skillmix.app.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows withheld by organisation are whole CSV records, even when a quoted field holds a line break. */
class OrganisationRowsTest {

    private static final String CSV = "org_code,note,fte\n"
            + "R0A,plain,1.5\n"
            + "RW6,\"first line\nR0A,second line\",7.25\n"
            + ",system total,8.75\n";

    @Test
    void aRecordWithALineBreakIsWithheldWholeNotHalf() {
        // Split on lines, the second physical line of RW6's record reads as a row of R0A and would be shown.
        byte[] shown = OrganisationRows.visible(CSV.getBytes(StandardCharsets.UTF_8), "R0A"::equals);
        assertThat(new String(shown, StandardCharsets.UTF_8))
                .isEqualTo("org_code,note,fte\nR0A,plain,1.5\n,system total,8.75\n");
    }

    @Test
    void aKeptRecordIsItsOwnBytesLineBreakIncluded() {
        byte[] shown = OrganisationRows.visible(CSV.getBytes(StandardCharsets.UTF_8), org -> true);
        assertThat(new String(shown, StandardCharsets.UTF_8)).isEqualTo(CSV);
    }

    @Test
    void rowsAreRecordsWithTheirFields() {
        OrganisationRows.Table t =
                OrganisationRows.parse((CSV + "\n\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(t.header()).containsExactly("org_code", "note", "fte");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(1)).containsExactly("RW6", "first line\r\nR0A,second line", "7.25");
        assertThat(t.lines())
                .containsExactly("R0A,plain,1.5", "RW6,\"first line\nR0A,second line\",7.25", ",system total,8.75");
        assertThat(OrganisationRows.parse(new byte[0]).rows()).isEqualTo(List.of());
    }
}
