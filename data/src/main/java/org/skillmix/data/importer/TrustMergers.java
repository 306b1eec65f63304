package org.skillmix.data.importer;

import java.util.Map;

/**
 * The trusts merged since June 2018, for readers of published files outside the importer (the discharge study):
 * each predecessor's code to the trust of today that holds its staff and patients (the shipped
 * trust_predecessors.csv).
 */
public final class TrustMergers {
    private TrustMergers() {}

    /** Predecessor code to the trust of today, from the shipped mapping table. */
    public static Map<String, String> shipped() throws ImportException {
        return TrustLineage.read(new Mappings(null)).successor();
    }
}
