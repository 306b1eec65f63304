package org.skillmix.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.explain.BaseGap;

/**
 * base_gap.csv: the base month's gap by sector and for the system (sector ALL, last) and the parts it is made
 * of, every parameter at its mode (docs/outputs.md, docs/method.md). The six part columns add up to gap_fte.
 */
public final class BaseGapCsvWriter {
    public static final String FILE_NAME = "base_gap.csv";
    public static final String HEADER = "month,sector,demand_fte,base_demand_fte,establishment_fte,in_post_fte,"
            + "effective_fte,supply_fte,gap_fte,norm_above_establishment_fte,unmet_need_uplift_fte,vacancies_fte,"
            + "sickness_fte,bank_and_agency_fte,time_outside_capabilities_fte";

    public void write(BaseGap gap, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(gap, out);
        }
    }

    /** Writes to out and flushes it; out stays open. */
    public void write(BaseGap gap, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(HEADER + "\n");
        List<BaseGap.Row> rows = new ArrayList<>(gap.sectors());
        rows.add(gap.total());
        for (BaseGap.Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(gap.month().toString(), r.sector()));
            for (double v : new double[] {
                r.demandFte(),
                r.baseDemandFte(),
                r.establishmentFte(),
                r.inPostFte(),
                r.effectiveFte(),
                r.supplyFte(),
                r.gapFte()
            }) cells.add(fte(v));
            for (double v : r.parts()) cells.add(fte(v));
            w.write(String.join(",", cells));
            w.write('\n');
        }
        w.flush();
    }

    private static String fte(double v) {
        return FixedDecimal.text(v, 2);
    }
}
