package org.skillmix.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(HEADER + "\n");
        for (SpreadDrivers.Target t : drivers.targets()) {
            String lead = String.join(
                    ",",
                    baseline.code(),
                    Integer.toString(t.year()),
                    t.month().toString(),
                    t.sector(),
                    fte(t.meanFte()),
                    fte(t.sdFte()));
            for (FirstOrderIndices.Share s : t.indices().shares()) {
                w.write(String.join(
                        ",",
                        lead,
                        s.group().code(),
                        quoted(s.group().label()),
                        Integer.toString(s.parameters()),
                        share(s.index()),
                        share(s.standardError())));
                w.write('\n');
            }
            w.write(String.join(
                    ",",
                    lead,
                    "unexplained",
                    quoted(UNEXPLAINED),
                    "",
                    share(t.indices().unexplained()),
                    ""));
            w.write('\n');
        }
        w.flush();
    }

    /** The name of the share no group explains. */
    public static final String UNEXPLAINED = "Unexplained: interactions, non-linear effects, unsampled causes";

    private static String quoted(String text) {
        return text.indexOf(',') >= 0 ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String fte(double v) {
        return FixedDecimal.text(v, 1);
    }

    private static String share(double v) {
        return FixedDecimal.text(v, 4);
    }
}
