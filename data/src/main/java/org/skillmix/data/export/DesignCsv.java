package org.skillmix.data.export;

import java.util.List;
import java.util.Locale;
import org.skillmix.core.design.WorkforceDesign;
import org.skillmix.core.system.SystemModel;

/**
 * A workforce design as two CSV files (docs/interventions.md): design.csv, each role's effective FTE today and in
 * the design, by sector, with its limits and why; and design-supervision.csv, who supervises whom in each sector.
 */
public final class DesignCsv {
    public static final String DESIGN = "design.csv";
    public static final String SUPERVISION = "design-supervision.csv";

    private DesignCsv() {}

    public static String design(SystemModel system, WorkforceDesign.Design design) {
        StringBuilder csv =
                new StringBuilder("role_code,role_name,sector,today_fte,design_fte,change_fte,upper_fte,at_upper_limit,"
                        + "annual_cost_gbp_per_fte,limit\n");
        for (WorkforceDesign.RoleResult r : design.roles()) {
            String name = system.role(r.code()).map(x -> x.name()).orElse(r.code());
            line(csv, r.code(), name, "ALL", r.todayFte(), r.designFte(), r.upperFte(), r.atLimit(), r);
            for (var sector : r.designBySector().entrySet()) {
                line(csv, r.code(), name, sector.getKey(), Double.NaN, sector.getValue(), Double.NaN, false, r);
            }
        }
        return csv.toString();
    }

    public static String supervision(WorkforceDesign.Design design) {
        StringBuilder csv = new StringBuilder("role_code,supervisor_role_code,sector,supervised_fte\n");
        for (WorkforceDesign.Supervising s : design.supervising()) {
            csv.append(String.join(",", List.of(s.role(), s.supervisor(), s.sector(), fte(s.fte()))))
                    .append('\n');
        }
        design.withoutSupervisor()
                .forEach((where, fte) -> csv.append(String.join(
                                ",",
                                where.substring(0, where.indexOf(' ')),
                                "NONE",
                                where.substring(where.lastIndexOf(' ') + 1),
                                fte(fte)))
                        .append('\n'));
        return csv.toString();
    }

    /** A role's whole row (sector ALL) carries today, change and limits; its sector rows the design FTE only. */
    private static void line(
            StringBuilder csv,
            String code,
            String name,
            String sector,
            double today,
            double fte,
            double upper,
            boolean atLimit,
            WorkforceDesign.RoleResult r) {
        boolean whole = sector.equals("ALL");
        csv.append(String.join(
                        ",",
                        code,
                        quote(name),
                        sector,
                        whole ? fte(today) : "",
                        fte(fte),
                        whole ? fte(fte - today) : "",
                        whole ? fte(upper) : "",
                        whole ? Boolean.toString(atLimit) : "",
                        whole ? String.format(Locale.ROOT, "%.0f", r.annualCost()) : "",
                        whole ? quote(r.limit()) : ""))
                .append('\n');
    }

    private static String fte(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
