package org.skillmix.data.importer;

import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;

/** The criteria-to-reside and discharge daily means of the 12 months before the base month, for the report only. */
final class DischargeSummary {

    private DischargeSummary() {}

    /**
     * An ICB's daily means, or a combined footprint's (its ICBs' means added). The trusts' daily mean is over the ICB's trusts of today and every code they hold (trust_predecessors.csv), so
     * a trust merged during the months (North Middlesex, RAP, into the Royal Free to December 2024) still counts.
     */
    static void report(ImportContext ctx, Set<String> trusts, TrustLineage lineage) throws ImportException {
        YearMonth base = ctx.baseMonth();
        ImportReport report = ctx.report();
        // A combined footprint's ONS code is its ICBs' joined by "+": each ICB's mean is read and they are added.
        CriteriaToReside ctr = CriteriaToReside.read(
                ctx.folder(),
                Set.of(ctx.icbInfo().onsCode().split("\\+")),
                withPredecessors(trusts, lineage),
                base.minusMonths(12).atDay(1),
                base.minusMonths(1).atEndOfMonth(),
                report);
        report.total(
                "patients not meeting criteria to reside (ICB, daily mean)",
                num(ctr.icbNctr.mean()),
                ctr.icbNctr.days() + " days; for later use (the dataset has no table for it yet)");
        report.total(
                "patients not meeting criteria to reside (ICB's trusts, daily mean)",
                num(ctr.trustNctr.mean()),
                ctr.trustNctr.days() + " days; " + ctr.trustNctr.zeroDays() + " days with no submission left out");
        report.total(
                "patients discharged (ICB, daily mean)",
                num(ctr.icbDischarges.mean()),
                ctr.icbDischarges.days() + " days");
    }

    static Set<String> withPredecessors(Set<String> trusts, TrustLineage lineage) {
        Set<String> codes = new TreeSet<>(trusts);
        trusts.forEach(t -> codes.addAll(lineage.codesOf(t)));
        return codes;
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "not available" : ImportReport.figure(x, 1);
    }
}
