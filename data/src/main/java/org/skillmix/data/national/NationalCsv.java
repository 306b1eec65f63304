package org.skillmix.data.national;

import java.io.Writer;
import java.util.List;
import org.skillmix.data.export.CsvOutput;
import org.skillmix.data.national.NationalRun.IcbResult;
import org.skillmix.data.national.NationalRun.NationalRow;

/**
 * national.csv (docs/national.md): one row per ICB, year, sector, capability and measure, FTE to 4 decimals, as
 * projection.csv writes them. Written by the one CSV writer ({@link CsvOutput}): names cannot run as formulas and
 * a figure that is not finite is refused.
 */
public final class NationalCsv {
    public static final String FILE_NAME = "national.csv";
    public static final String HEADER =
            "icb,icb_name,region,population,year,year_end,sector,capability,capability_name,"
                    + "measure,unit,mean,p10,p90";

    /** Writes the ICBs that were projected (the others have no rows); out stays open. */
    public void write(List<IcbResult> results, Writer out) {
        CsvOutput csv = CsvOutput.withHeader(out, HEADER);
        for (IcbResult r : results) {
            for (NationalRow row : r.rows()) {
                csv.text(r.icb().code())
                        .text(r.icb().name())
                        .text(r.icb().region())
                        .number(r.population(), 0)
                        .integer(row.year().number())
                        .text(row.year().lastMonth().toString())
                        .text(row.sector())
                        .text(row.capability())
                        .text(row.capabilityName())
                        .text(row.measure().code())
                        .text("FTE")
                        .fixed(row.mean(), 4);
                if (row.p10() == null) csv.blank().blank();
                else csv.fixed(row.p10(), 4).fixed(row.p90(), 4);
                csv.endRow();
            }
        }
        csv.flush();
    }
}
