package org.skillmix.data.importer;

import java.time.YearMonth;
import java.util.Set;

/**
 * The ICB's trusts' monthly activity: A&E attendances (all types, Type 1) and occupied G&A bed-days of the 12
 * months before the base month; KH03 beds are read for the report. A trust that merged into one of them during the
 * months read counts as its successor (trust_predecessors.csv), as in the sickness-absence months: North Middlesex
 * (RAP) reports its beds to October 2024 and the Royal Free (RAL) its own and North Middlesex's from November, so
 * without RAP's months the winter looked 50% busier than the summer at the Royal Free and North Central London's
 * "seasonality" was the merger.
 */
record TrustActivity(AeActivity ae, GeneralAcuteBeds beds) {

    static TrustActivity read(ImportContext ctx, Set<String> trusts, TrustLineage lineage) throws ImportException {
        ctx.step("services, A&E activity and beds");
        YearMonth base = ctx.baseMonth();
        AeActivity ae = AeActivity.read(ctx.folder(), trusts, lineage, ctx.report());
        GeneralAcuteBeds beds = GeneralAcuteBeds.read(
                ctx.folder(), trusts, lineage, base.minusMonths(12), base.minusMonths(1), ctx.report());
        Kh03Beds.read(ctx.folder(), trusts, lineage, ctx.report());
        return new TrustActivity(ae, beds);
    }
}
