package org.skillmix.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.supply.Baseline;

/**
 * inequalities.csv: demand, supply and gap per 10,000 residents by place and by deprivation quintile, in the
 * projection's first month and its last (docs/outputs.md "Inequalities"); places whose staffing per need is in the
 * lowest fifth of the ICS flagged. The last month's supply depends on the baseline, so every row names it (issue 11:
 * every output says which).
 */
public final class InequalitiesCsvWriter {
    public static final String FILE_NAME = "inequalities.csv";
    public static final String HEADER =
            "baseline,month,level,code,name,imd_score,imd_quintile,population,demand_fte,supply_fte,"
                    + "gap_fte,demand_per_10k,supply_per_10k,gap_per_10k,staffing_per_need,lowest_fifth_staffing";

    /** Writes the months' tables to out and flushes it; out stays open. */
    public void write(List<Inequalities> months, Baseline baseline, OutputStream out) throws IOException {
        CsvOutput csv = CsvOutput.to(out, HEADER.split(","));
        for (Inequalities in : months) {
            List<Inequalities.Row> rows = new ArrayList<>(in.places());
            rows.addAll(in.quintiles());
            for (Inequalities.Row r : rows) {
                csv.text(baseline.code())
                        .text(in.month().toString())
                        .text(r.level())
                        .text(r.code())
                        .text(r.name());
                if (r.imdScore() > 0) csv.number(r.imdScore(), 2);
                else csv.blank();
                if (r.quintile() > 0) csv.integer(r.quintile());
                else csv.blank();
                csv.number(r.population(), 0)
                        .number(r.demandFte(), 2)
                        .number(r.supplyFte(), 2)
                        .number(r.gapFte(), 2)
                        .number(r.demandPer10k(), 2)
                        .number(r.supplyPer10k(), 2)
                        .number(r.gapPer10k(), 2)
                        .number(r.staffingPerNeed(), 4);
                if (r.level().equals("place")) csv.yesNo(r.lowestFifth());
                else csv.blank();
                csv.endRow();
            }
        }
        csv.flush();
    }
}
