package org.skillmix.core.discharge;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one place (a local authority) brings to discharge: its share of the ICB's new NCTR patients, the staff
 * who run each pathway there, and the acute beds its residents use.
 *
 * @param code         place code (ONS GSS)
 * @param name         the place's name
 * @param arrivalShare share of the ICB's new NCTR patients who live in the place (the place shares add to 1)
 * @param homecare     the place's homecare care workers
 * @param careHome     the place's care home beds and care home staff
 * @param community    the place's community nursing and therapy staff
 * @param gaBeds       adult G&A beds serving the place (the trusts' beds shared out by their catchments)
 * @param gaOccupied   of which occupied, by any patient, NCTR included
 */
public record PlaceStaffing(
        String code,
        String name,
        double arrivalShare,
        HomecareStaffing homecare,
        CareHomeStaffing careHome,
        CommunityStaffing community,
        double gaBeds,
        double gaOccupied) {

    public PlaceStaffing {
        Checks.share(arrivalShare, "arrivalShare of " + code);
        Checks.nonNegative(gaBeds, "gaBeds of " + code);
        Checks.nonNegative(gaOccupied, "gaOccupied of " + code);
    }

    /** Discharges a day each pathway's staff could run, before the ICB calibration scales them. */
    public Map<Pathway, Double> staffedCapacity() {
        Map<Pathway, Double> out = new EnumMap<>(Pathway.class);
        out.put(Pathway.HOME_CARE, homecare.capacityPerDay());
        out.put(Pathway.CARE_HOME, careHome.capacityPerDay());
        out.put(Pathway.COMMUNITY, community.capacityPerDay());
        return out;
    }

    public PlaceStaffing withExtraCareWorkers(double fte) {
        return new PlaceStaffing(
                code, name, arrivalShare, homecare.withExtraFte(fte), careHome, community, gaBeds, gaOccupied);
    }
}
