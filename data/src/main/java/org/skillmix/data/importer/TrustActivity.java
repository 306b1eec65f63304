package org.skillmix.data.importer;

import java.time.YearMonth;
import java.util.Set;

/**
 * The ICB's trusts' monthly activity: A&E attendances (all types, Type 1) and occupied G&A bed-days of the 12
 * months before the base month; KH03 beds are read for the report.
 */
record TrustActivity(AeActivity ae, GeneralAcuteBeds beds) {

    static TrustActivity read(ImportContext ctx, Set<String> trusts) throws ImportException {
        ctx.step("services, A&E activity and beds");
        YearMonth base = ctx.baseMonth();
        AeActivity ae = AeActivity.read(ctx.folder(), trusts, ctx.report());
        GeneralAcuteBeds beds =
                GeneralAcuteBeds.read(ctx.folder(), trusts, base.minusMonths(12), base.minusMonths(1), ctx.report());
        Kh03Beds.read(ctx.folder(), trusts, ctx.report());
        return new TrustActivity(ae, beds);
    }
}
