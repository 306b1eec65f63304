package org.skillmix.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillmix.core.inequality.Inequalities;

/**
 * inequalities.csv: demand, supply and gap per 10,000 residents by place and by deprivation quintile, in the
 * projection's first month and its last (docs/outputs.md "Inequalities"); places whose staffing per need is in the
 * lowest fifth of the ICS flagged.
 */
public final class InequalitiesCsvWriter {
    public static final String FILE_NAME = "inequalities.csv";
    public static final String HEADER = "month,level,code,name,imd_score,imd_quintile,population,demand_fte,supply_fte,"
            + "gap_fte,demand_per_10k,supply_per_10k,gap_per_10k,staffing_per_need,lowest_fifth_staffing";

    /** Writes the months' tables to out and flushes it; out stays open. */
    public void write(List<Inequalities> months, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(HEADER + "\n");
        for (Inequalities in : months) {
            List<Inequalities.Row> rows = new ArrayList<>(in.places());
            rows.addAll(in.quintiles());
            for (Inequalities.Row r : rows) {
                w.write(String.join(
                        ",",
                        in.month().toString(),
                        r.level(),
                        cell(r.code()),
                        cell(r.name()),
                        r.imdScore() > 0 ? num(r.imdScore(), 2) : "",
                        r.quintile() > 0 ? Integer.toString(r.quintile()) : "",
                        num(r.population(), 0),
                        num(r.demandFte(), 2),
                        num(r.supplyFte(), 2),
                        num(r.gapFte(), 2),
                        num(r.demandPer10k(), 2),
                        num(r.supplyPer10k(), 2),
                        num(r.gapPer10k(), 2),
                        num(r.staffingPerNeed(), 4),
                        r.level().equals("place") ? (r.lowestFifth() ? "yes" : "no") : ""));
                w.write('\n');
            }
        }
        w.flush();
    }

    private static String num(double v, int decimals) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("inequalities.csv: a figure is not finite: " + v);
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Quotes a name with a comma or quote, and keeps a spreadsheet from reading one as a formula. */
    private static String cell(String text) {
        String t = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return t.contains(",") || t.contains("\"") ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }
}
