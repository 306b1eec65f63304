package org.skillmix.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.skillmix.core.projection.SpreadDrivers;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.uncertainty.FirstOrderIndices;

/**
 * sensitivity.csv: which assumptions drive the spread of the gap by sector and for the system at the end of
 * years 5 and 10 (docs/outputs.md). One row per total and assumption group, largest share first, then the
 * share left unexplained (interactions, non-linear effects, causes not sampled as parameters).
 */
public final class SpreadDriversCsvWriter {
    public static final String FILE_NAME = "sensitivity.csv";
    public static final String HEADER = "baseline,year,month,sector,gap_fte_mean,gap_fte_sd,driver,driver_name,"
            + "parameters,variance_share,standard_error";

    public void write(SpreadDrivers drivers, Baseline baseline, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(drivers, baseline, out);
        }
    }

    /** Writes to out and flushes it; out stays open. */
    public void write(SpreadDrivers drivers, Baseline baseline, OutputStream out) throws IOException {
        CsvOutput csv = CsvOutput.to(out, HEADER.split(","));
        for (SpreadDrivers.Target t : drivers.targets()) {
            for (FirstOrderIndices.Share s : t.indices().shares()) {
                lead(csv, baseline, t)
                        .text(s.group().code())
                        .text(s.group().label())
                        .integer(s.parameters())
                        .fixed(s.index(), 4)
                        .fixed(s.standardError(), 4)
                        .endRow();
            }
            lead(csv, baseline, t)
                    .text("unexplained")
                    .text(UNEXPLAINED)
                    .blank()
                    .fixed(t.indices().unexplained(), 4)
                    .blank()
                    .endRow();
        }
        csv.flush();
    }

    /** The name of the share no group explains. */
    public static final String UNEXPLAINED = "Unexplained: interactions, non-linear effects, unsampled causes";

    /** The total the row is about: baseline, year, month, sector, and its gap's mean and SD (FTE). */
    private static CsvOutput lead(CsvOutput csv, Baseline baseline, SpreadDrivers.Target t) {
        return csv.text(baseline.code())
                .integer(t.year())
                .text(t.month().toString())
                .text(t.sector())
                .fixed(t.meanFte(), 1)
                .fixed(t.sdFte(), 1);
    }
}
