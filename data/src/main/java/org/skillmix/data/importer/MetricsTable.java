package org.skillmix.data.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** metrics.csv: system metrics from the published files (docs/metrics.md), for the dataset's organisations. */
final class MetricsTable {

    private MetricsTable() {}

    static OutputTable build(ImportContext ctx, IcbTrusts trusts, Staffing staffing) throws ImportException {
        ctx.step("system metrics (beds, criteria to reside, A&E, ambulance, sickness, social care indicators)");
        Map<String, Double> shares = new LinkedHashMap<>();
        trusts.baselines().values().forEach(b -> shares.put(b.code(), b.share()));
        Set<String> orgCodes = staffing.organisations().stream()
                .map(Organisation::code)
                .collect(Collectors.toCollection(TreeSet::new));
        OutputTable metrics = new OutputTable("metrics.csv", "metric", "org_code", "month", "value", "source");
        new PublishedMetrics(ctx.folder().root(), ctx.icb(), ctx.icbCodes(), ctx.report())
                .build(
                        shares,
                        trusts.sickness(),
                        staffing.ascMetrics(),
                        orgCodes,
                        AmbulanceIndicators.read(ctx.folder()),
                        !ctx.folder()
                                .find(CriteriaToReside.ICB_FILE, "icb22_code", "do_not_meet_criteria_to_reside")
                                .isEmpty())
                .forEach(p ->
                        metrics.add(p.metric().name(), p.orgCode(), p.month().toString(), p.value(), p.source()));
        return metrics;
    }
}
