package org.skillmix.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.explain.BaseGap;

/**
 * base_gap.csv: the base month's gap by sector and for the system (sector ALL, last) and the parts it is made
 * of, every parameter at its mode (docs/outputs.md, docs/method.md). The seven part columns add up to gap_fte; the
 * last two give the norm part over the range of the norms (workload_norm_factor).
 *
 * <p>No baseline column, unlike the projection's other tables: the base month comes before either baseline's
 * establishment growth and recruitment cap act, so the file is the same under both.
 */
public final class BaseGapCsvWriter {
    public static final String FILE_NAME = "base_gap.csv";
    public static final String HEADER = "month,sector,demand_fte,base_demand_fte,establishment_fte,in_post_fte,"
            + "effective_fte,supply_fte,gap_fte,norm_above_establishment_fte,season_of_month_fte,"
            + "unmet_need_uplift_fte,vacancies_fte,sickness_fte,bank_and_agency_fte,time_outside_capabilities_fte,"
            + "norm_above_establishment_low_fte,norm_above_establishment_high_fte";

    public void write(BaseGap gap, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(gap, out);
        }
    }

    /** Writes to out and flushes it; out stays open. */
    public void write(BaseGap gap, OutputStream out) throws IOException {
        CsvOutput csv = CsvOutput.to(out, HEADER.split(","));
        List<BaseGap.Row> rows = new ArrayList<>(gap.sectors());
        rows.add(gap.total());
        for (BaseGap.Row r : rows) {
            csv.text(gap.month().toString()).text(r.sector());
            for (double v : new double[] {
                r.demandFte(),
                r.baseDemandFte(),
                r.establishmentFte(),
                r.inPostFte(),
                r.effectiveFte(),
                r.supplyFte(),
                r.gapFte()
            }) csv.fixed(v, 2);
            for (BaseGap.Part part : r.parts()) csv.fixed(part.fte(), 2);
            // the norm part over the norms' ranges; blank where no service of the sector has a norm with one
            if (r.normRange() == null) csv.blank().blank();
            else csv.fixed(r.normRange().low(), 2).fixed(r.normRange().high(), 2);
            csv.endRow();
        }
        csv.flush();
    }
}
