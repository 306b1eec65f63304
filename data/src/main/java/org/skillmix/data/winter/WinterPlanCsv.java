package org.skillmix.data.winter;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.skillmix.core.winter.WinterPlan;
import org.skillmix.core.winter.WinterRow;

/**
 * winter-plan.csv (docs/winter.md): one row per week x organisation x service x capability x place, FTE to
 * three decimals.
 */
public final class WinterPlanCsv {
    public static final String HEADER =
            "week,week_start,org_code,service_code,capability_code,place_code,baseline_demand_fte,"
                    + "demand_fte,supply_fte,shortfall_fte,critical";

    private WinterPlanCsv() {}

    public static void write(WinterPlan plan, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (WinterRow r : plan.rows()) {
            out.write(String.format(
                    Locale.ROOT,
                    "%d,%s,%s,%s,%s,%s,%.3f,%.3f,%.3f,%.3f,%s%n",
                    r.week(),
                    plan.weekStart(r.week()),
                    r.orgCode(),
                    r.serviceCode(),
                    r.capabilityCode(),
                    r.placeCode(),
                    r.baselineDemandFte(),
                    r.demandFte(),
                    r.supplyFte(),
                    r.shortfallFte(),
                    r.critical() ? "yes" : "no"));
        }
    }
}
