package org.skillmix.data.national;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.skillmix.data.national.NationalRun.IcbResult;
import org.skillmix.data.national.NationalRun.NationalRow;

/**
 * national.csv (docs/national.md): one row per ICB, year, sector, capability and measure, FTE to 4 decimals.
 * Refuses a figure that is not finite before writing anything.
 */
public final class NationalCsv {
    public static final String FILE_NAME = "national.csv";
    public static final String HEADER =
            "icb,icb_name,region,population,year,year_end,sector,capability,capability_name,"
                    + "measure,unit,mean,p10,p90";

    public void write(List<IcbResult> results, OutputStream out) throws IOException {
        for (IcbResult r : results) {
            for (NationalRow row : r.rows()) {
                for (Double v : new Double[] {row.mean(), row.p10(), row.p90()}) {
                    if (v != null && !Double.isFinite(v))
                        throw new IllegalArgumentException(
                                r.icb().code() + " " + row.measure().code() + " "
                                        + row.sector() + " " + row.capability() + " year "
                                        + row.year().number() + " is " + v
                                        + "; national.csv not written");
                }
            }
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(HEADER);
        w.write('\n');
        for (IcbResult r : results) {
            if (!r.ok()) continue;
            String icb = field(r.icb().code())
                    + ','
                    + field(r.icb().name())
                    + ','
                    + field(r.icb().region())
                    + ','
                    + fixed(r.population(), 0)
                    + ',';
            for (NationalRow row : r.rows()) {
                w.write(icb);
                w.write(row.year().number() + "," + row.year().lastMonth() + ",");
                w.write(field(row.sector()) + ',' + field(row.capability()) + ',' + field(row.capabilityName()) + ',');
                w.write(row.measure().code() + ",FTE," + fixed(row.mean(), 4) + ',');
                if (row.p10() != null) w.write(fixed(row.p10(), 4));
                w.write(',');
                if (row.p90() != null) w.write(fixed(row.p90(), 4));
                w.write('\n');
            }
        }
        w.flush();
    }

    static String fixed(double value, int decimals) {
        return new java.math.BigDecimal(value)
                .setScale(decimals, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** RFC 4180 quoting, and a leading =, +, - or @ neutralised so a spreadsheet never runs a name as a formula. */
    static String field(String value) {
        if (value == null) return "";
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
