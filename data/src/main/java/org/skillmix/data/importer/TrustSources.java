package org.skillmix.data.importer;

/**
 * The published files about NHS trusts, read once for the trusts' tables and their history: the sickness-absence
 * months (with trusts that closed during them folded into their successors), the HCHS workforce file of the month
 * the import takes its staff groups from, trust names and addresses, and the mergers since 2018.
 */
record TrustSources(SicknessAbsenceFiles sickness, HchsWorkforceWorkbook hchs, TrustNames names, TrustLineage lineage) {

    static TrustSources read(ImportContext ctx) throws ImportException {
        ctx.step("NHS trusts (sickness absence, HCHS staff groups)");
        ImportReport report = ctx.report();
        SourceFolder folder = ctx.folder();
        TrustLineage lineage = TrustLineage.read(ctx.mappings());
        SicknessAbsenceFiles sickness = SicknessAbsenceFiles.read(folder, report);
        sickness.fold(lineage, ctx.icbCodes(), report);
        TrustNames names = TrustNames.read(folder, report);
        String month = ctx.hchsMonth();
        HchsWorkforceWorkbook hchs = HchsWorkforceWorkbook.read(folder, month, report);
        if (hchs.isEmpty())
            throw ImportException.file(
                    folder.root().toString(),
                    "no HCHS staff by staff group and organisation workbook (hchs-staff-by-staff-group...xlsx) with"
                            + " rows of " + month + " found: it gives the trusts' staff groups");
        return new TrustSources(sickness, hchs, names, lineage);
    }
}
