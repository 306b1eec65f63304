package org.skillmix.data.winter;

import java.io.Writer;
import org.skillmix.core.winter.WinterPlan;
import org.skillmix.core.winter.WinterRow;
import org.skillmix.data.export.CsvOutput;
import org.skillmix.data.report.Names;

/**
 * winter-plan.csv (docs/winter.md): one row per week x organisation x service x capability x place, FTE to
 * three decimals. Every row starts with the supply baseline the season's supply was projected on, as the projection
 * and comparison files do (baseline_demand_fte is another thing: the demand before the surge). The names of the
 * organisation, service, capability and place close the row, where their commas cannot move a column a reader
 * finds by position.
 */
public final class WinterPlanCsv {
    public static final String HEADER =
            "baseline,week,week_start,org_code,service_code,capability_code,place_code,baseline_demand_fte,"
                    + "demand_fte,supply_fte,shortfall_fte,critical,org_name,service_name,capability_name,place_name";

    private WinterPlanCsv() {}

    public static void write(WinterPlan plan, Names names, Writer out) {
        CsvOutput csv = CsvOutput.withHeader(out, HEADER);
        String baseline = plan.baseline().code();
        for (WinterRow r : plan.rows()) {
            csv.text(baseline)
                    .integer(r.week())
                    .text(plan.weekStart(r.week()).toString())
                    .text(r.orgCode())
                    .text(r.serviceCode())
                    .text(r.capabilityCode())
                    .text(r.placeCode())
                    .number(r.baselineDemandFte(), 3)
                    .number(r.demandFte(), 3)
                    .number(r.supplyFte(), 3)
                    .number(r.shortfallFte(), 3)
                    .yesNo(r.critical())
                    .text(names.organisation(r.orgCode()))
                    .text(names.service(r.serviceCode()))
                    .text(names.capability(r.capabilityCode()))
                    .text(names.place(r.placeCode()))
                    .endRow();
        }
        csv.flush();
    }
}
