package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.metrics.MetricPoint;

/**
 * Every organisation of the dataset with its workforce lines and sickness rate, in the order of the tables: the
 * trusts (less any community carve-out), the community aggregates, primary care, adult social care.
 */
record Staffing(
        List<Organisation> organisations,
        Map<String, WorkforceLines> lines,
        Map<String, Rate> sickness,
        Map<String, AdultSocialCare.LaRates> ascRates,
        AscWorkforceIndicators ascIndicators,
        List<MetricPoint> ascMetrics) {

    static Staffing build(ImportContext ctx, IcbTrusts trusts, CommunityServices community, CareHomeList careHomes)
            throws ImportException {
        double minFte = ctx.defaults().number("min_workforce_fte", "ALL", "workforce lines left out below this FTE");
        List<StaffingPart> parts = new ArrayList<>();
        parts.add(community.trusts(ctx, trusts, minFte));
        parts.add(community.aggregates(ctx, trusts, minFte));
        parts.add(PrimaryCare.build(ctx, trusts.englandSickness(), minFte));
        AdultSocialCare.Built asc = AdultSocialCare.build(ctx, careHomes, minFte);
        parts.add(asc.part());
        List<Organisation> orgs = new ArrayList<>();
        Map<String, WorkforceLines> lines = new HashMap<>();
        Map<String, Rate> sickness = new HashMap<>();
        for (StaffingPart part : parts) {
            orgs.addAll(part.organisations());
            part.organisations().forEach(o -> lines.put(o.code(), part.lines()));
            sickness.putAll(part.sickness());
        }
        return new Staffing(List.copyOf(orgs), lines, sickness, asc.rates(), asc.indicators(), asc.metrics());
    }

    /** The workforce lines of an organisation, in the order first added. */
    Map<String, WorkforceLines.Line> linesOf(String org) {
        WorkforceLines l = lines.get(org);
        return l == null ? Map.of() : l.of(org);
    }

    Map<String, String> sectorOf() {
        Map<String, String> sectors = new HashMap<>();
        organisations.forEach(o -> sectors.put(o.code(), o.sector()));
        return sectors;
    }
}
