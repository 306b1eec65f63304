package org.skillmix.data.export;

import java.io.Writer;
import org.skillmix.core.design.WorkforceDesign;

/** design.csv (docs/interventions.md): each role's FTE today and in the least-cost design, and its cost per FTE. */
public final class DesignCsv {
    public static final String FILE = "design.csv";
    static final String HEADER = "role_code,today_fte,design_fte,change_fte,annual_cost_gbp_per_fte";

    private DesignCsv() {}

    public static void write(WorkforceDesign.Design design, Writer out) {
        CsvOutput csv = CsvOutput.withHeader(out, HEADER);
        for (WorkforceDesign.RoleResult r : design.roles()) {
            csv.text(r.code())
                    .number(r.todayFte(), 3)
                    .number(r.designFte(), 3)
                    .number(r.change(), 3)
                    .number(r.annualCost(), 0)
                    .endRow();
        }
        csv.flush();
    }
}
