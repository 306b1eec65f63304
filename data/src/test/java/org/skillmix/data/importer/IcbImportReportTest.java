package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of Greater Manchester's import report a planner reads, as they are written. */
class IcbImportReportTest {

    /** England's trust mergers of 2024/25 are none of GM's: each says so and names the successor's ICB (RW1: QRL). */
    @Test
    void mergersOfOtherIcbsTrustsSayTheyAreThereForEnglandsTotals() throws ImportException {
        List<ImportReport.Line> folds = SharedData.qop().report().lines(ImportReport.Section.MAPPED).stream()
                .filter(l -> l.what().contains(" folded into "))
                .toList();
        assertThat(folds).isNotEmpty();
        assertThat(folds)
                .allSatisfy(l -> assertThat(l.detail())
                        .contains("; not a trust of this ICB (the files place it in Q")
                        .endsWith("folded for England's totals, which set trend growth"));
        assertThat(folds)
                .filteredOn(l -> l.what().startsWith("trust R1C "))
                .singleElement()
                .satisfies(l -> assertThat(l.detail()).contains("(the files place it in QRL)"));
    }

    /** The COVID-era bed counts the report quotes are grouped as every figure of the report is ("5,023 beds"). */
    @Test
    void bedsOpenOvernightAreGroupedFigures() throws ImportException {
        assertThat(SharedData.qop().report().lines(ImportReport.Section.READ))
                .filteredOn(l -> l.detail().startsWith("KH03 beds open overnight"))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.detail())
                        .containsPattern("G&A beds available \\d{1,3}(,\\d{3})+, occupied \\d{1,3}(,\\d{3})+ \\(2020"));
    }
}
