package org.skillmix.data.importer;

/** organisations.csv: the trusts and the aggregates per LA, with their sector and home place. */
final class OrganisationsTable {

    private OrganisationsTable() {}

    static OutputTable build(Staffing staffing) {
        OutputTable out = new OutputTable("organisations.csv", "org_code", "name", "sector", "place_code", "source");
        staffing.organisations().forEach(o -> out.add(o.code(), o.name(), o.sector(), o.place(), o.source()));
        return out;
    }
}
