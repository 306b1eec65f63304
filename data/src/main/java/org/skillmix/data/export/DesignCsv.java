package org.skillmix.data.export;

import java.io.StringWriter;
import org.skillmix.core.design.WorkforceDesign;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;

/**
 * A workforce design as two CSV files (docs/interventions.md): design.csv, each role's effective FTE today and in
 * the design, by sector, with its limits and why; and design-supervision.csv, who supervises whom in each sector.
 * Every row of both starts with the supply baseline whose labour pools limited the design, as the projection's files
 * do.
 */
public final class DesignCsv {
    public static final String DESIGN = "design.csv";
    public static final String SUPERVISION = "design-supervision.csv";

    static final String DESIGN_HEADER = "baseline,role_code,role_name,sector,today_fte,design_fte,change_fte,upper_fte,"
            + "at_upper_limit,annual_cost_gbp_per_fte,limit";
    static final String SUPERVISION_HEADER = "baseline,role_code,supervisor_role_code,sector,supervised_fte";

    private DesignCsv() {}

    /** @param baseline the supply baseline whose labour pools the design's limits took */
    public static String design(Baseline baseline, SystemModel system, WorkforceDesign.Design design) {
        StringWriter text = new StringWriter();
        // Names and limits are words: in quotes, as they were first written.
        CsvOutput csv = CsvOutput.withHeader(text, DESIGN_HEADER);
        for (WorkforceDesign.RoleResult r : design.roles()) {
            String name = system.role(r.code()).map(x -> x.name()).orElse(r.code());
            // A role's whole row (sector ALL) carries today, change and limits; its sector rows the design FTE only.
            csv.text(baseline.code())
                    .text(r.code())
                    .quoted(name)
                    .text("ALL")
                    .number(r.todayFte(), 1)
                    .number(r.designFte(), 1)
                    .number(r.designFte() - r.todayFte(), 1)
                    .number(r.upperFte(), 1)
                    .text(Boolean.toString(r.atLimit()))
                    .number(r.annualCost(), 0)
                    .quoted(r.limit())
                    .endRow();
            for (var sector : r.designBySector().entrySet()) {
                csv.text(baseline.code())
                        .text(r.code())
                        .quoted(name)
                        .text(sector.getKey())
                        .blank()
                        .number(sector.getValue(), 1)
                        .blank()
                        .blank()
                        .blank()
                        .blank()
                        .blank()
                        .endRow();
            }
        }
        csv.flush();
        return text.toString();
    }

    public static String supervision(Baseline baseline, WorkforceDesign.Design design) {
        StringWriter text = new StringWriter();
        CsvOutput csv = CsvOutput.withHeader(text, SUPERVISION_HEADER);
        for (WorkforceDesign.Supervising s : design.supervising()) {
            csv.text(baseline.code())
                    .text(s.role())
                    .text(s.supervisor())
                    .text(s.sector())
                    .number(s.fte(), 1)
                    .endRow();
        }
        // "ROLE in SECTOR": FTE no supervisor covers.
        design.withoutSupervisor()
                .forEach((where, fte) -> csv.text(baseline.code())
                        .text(where.substring(0, where.indexOf(' ')))
                        .text("NONE")
                        .text(where.substring(where.lastIndexOf(' ') + 1))
                        .number(fte, 1)
                        .endRow());
        csv.flush();
        return text.toString();
    }
}
