package org.skillmix.usecase.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.boardpack.BoardPack;
import org.skillmix.data.boardpack.BoardPackPage;
import org.skillmix.data.boardpack.BoardPackSettings;
import org.skillmix.data.boardpack.CqcEvidence;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.usecase.GmExample;
import org.skillmix.usecase.Progress;

/**
 * A projection year is the twelve months from the base month. The GM example starts in April, so its years are
 * financial years; a dataset starting in January printed its January-December 2025 as "2024/25 (March 2025)" and
 * its December figures under "Net gap in March". Its years are now named by their last month.
 */
class BoardPackYearsTest {

    private static String page(SystemModel model, int years) {
        BoardPack pack = BoardPackAnalysis.of(
                model,
                new BoardPackSettings(years, 0, 0, 1L, 1, Baseline.FUNDED_PLAN, null, 1, 0),
                null,
                Progress.NONE,
                line -> {});
        return new BoardPackPage(pack).render(CqcEvidence.of(pack, CqcEvidence.Records.NONE));
    }

    @Test
    void aDatasetStartingInJanuaryNamesItsYearsByTheirLastMonth(@TempDir Path temp) throws Exception {
        Path jan = temp.resolve("gm-january");
        Files.createDirectories(jan);
        try (var files = Files.list(GmExample.dataset())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList())
                Files.copy(f, jan.resolve(f.getFileName()));
        }
        Path manifest = jan.resolve("manifest.csv");
        String text = Files.readString(manifest);
        assertThat(text).contains("base_month,2025-04");
        Files.writeString(manifest, text.replace("base_month,2025-04", "base_month,2025-01"));

        String html = page(new DatasetReader().read(jan), 2);
        assertThat(html)
                .contains("<th scope=\"row\">Year to Dec 2025</th>")
                .contains("<th scope=\"row\">Year to Dec 2026</th>")
                .contains(">Net gap in December</th>")
                .contains(">Shortfall in December</th>")
                .contains("on average over the year to Dec 2026")
                .contains("Where the shortfall binds in the year to Dec 2026")
                .contains("the net gap in December 2026 is")
                .contains("Each gap measure by year (twelve months to December)")
                .doesNotContain("(March 20")
                .doesNotContain("in March")
                .doesNotContain("2024/25 (")
                .doesNotContain("2025/26 (");
    }

    @Test
    void aDatasetStartingInAprilKeepsItsFinancialYears() throws Exception {
        String html = page(GmExample.model(), 1);
        assertThat(html)
                .contains("<th scope=\"row\">2025/26 (March 2026)</th>")
                .contains(">Net gap in March</th>")
                .contains("on average over 2025/26")
                .contains("the net gap in March 2026 is")
                .contains("Each gap measure by financial year");
    }
}
