package org.skillmix.data.importer;

/** manifest.csv: the dataset's format, ICB codes and name, base month and reference IMD score. */
final class ManifestTable {

    private ManifestTable() {}

    static OutputTable build(ImportContext ctx, double referenceImd) {
        OutputTable manifest = new OutputTable("manifest.csv", "key", "value");
        manifest.add("format_version", "1");
        manifest.add("icb_ods_code", ctx.icb());
        manifest.add("icb_ons_code", ctx.icbInfo().onsCode());
        manifest.add("name", ctx.icbInfo().name());
        manifest.add("base_month", ctx.baseMonth().toString());
        manifest.add("reference_imd_score", OutputTable.num(referenceImd, 4));
        manifest.add(
                "description",
                "Built by skillmix import from published national files (see the import report): "
                        + ctx.places().size() + " local authorities, NHS trusts from "
                        + "sickness-absence FTE, primary care and adult social care aggregates per LA");
        return manifest;
    }
}
