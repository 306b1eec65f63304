package org.skillmix.core.discharge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ICB-wide calibration shared out to its places. The published totals pin down the pace at which a ready
 * patient leaves (C/K) and, with it, a total capacity C; they say nothing about where that capacity sits. So
 * each pathway's C and K are shared out in proportion to the capacity the places' own staff could run:
 *
 * <pre>
 *   C[i,p] = C · share[p] · S[i,p] / Σ_j S[j,p]        K[i,p] = K · share[p] · S[i,p] / Σ_j S[j,p]
 *   a[i,t] = arrivalShare[i] · a[t]
 * </pre>
 *
 * Every place keeps the ICB's pace C/K, and a place whose staff are scarce for its arrivals runs its pathway
 * nearer its limit. When every place's staffed capacity is in proportion to its arrivals the places' backlogs are
 * the ICB run's times their arrival shares (the model is homogeneous of degree one in a, C, K and B), so the
 * split adds back up to the calibrated ICB. An extra care worker FTE in place i adds its own packages a day
 * ({@link HomecareStaffing#packagesPerFtePerDay}) to C[i, HOME_CARE], as it does at ICB level.
 *
 * @param fit     the ICB calibration
 * @param shares  the pathway shares of arrivals (and of C and K)
 * @param places  the places; their arrival shares add to 1
 * @param meanBacklog the ICB's mean counted NCTR backlog over the period the beds are from (to tell NCTR patients
 *                    from those who still need their bed)
 */
public record PlaceSplit(Calibration fit, Map<Pathway, Double> shares, List<PlaceStaffing> places, double meanBacklog) {

    public PlaceSplit {
        shares = Map.copyOf(new EnumMap<>(shares));
        places = List.copyOf(places);
        Checks.nonNegative(meanBacklog, "meanBacklog");
        if (places.isEmpty()) throw new IllegalArgumentException("no places to share " + fit.code() + " out to");
        double total = places.stream().mapToDouble(PlaceStaffing::arrivalShare).sum();
        if (Math.abs(total - 1) > 1e-6)
            throw new IllegalArgumentException("place arrival shares add to " + total + ", not 1");
        for (Pathway p : shares.keySet()) {
            if (staffed(places, p) <= 0) throw new IllegalArgumentException("no place has staff for " + p.label());
        }
    }

    private static double staffed(List<PlaceStaffing> places, Pathway p) {
        return places.stream().mapToDouble(s -> s.staffedCapacity().get(p)).sum();
    }

    /** The place's share of the ICB's calibrated capacity on a pathway: S[i,p] / Σ_j S[j,p]. */
    public double capacityShare(String place, Pathway p) {
        return place(place).staffedCapacity().get(p) / staffed(places, p);
    }

    public PlaceStaffing place(String code) {
        return places.stream()
                .filter(s -> s.code().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no place " + code + "; places are "
                        + places.stream().map(PlaceStaffing::code).toList()));
    }

    /** The place as a model site, with the ICB's weekday pattern. */
    public DischargeSite site(String code) {
        PlaceStaffing place = place(code);
        Map<Pathway, PathwayParameters> pathways = new EnumMap<>(Pathway.class);
        shares.forEach((p, s) -> {
            double w = capacityShare(code, p);
            pathways.put(p, new PathwayParameters(s, fit.capacityPerDay() * s * w, fit.halfSaturation() * s * w));
        });
        // Beds held by patients who still need them: the place's occupied beds less its share of the counted backlog.
        double other = Math.max(0, place.gaOccupied() - place.arrivalShare() * meanBacklog);
        return new DischargeSite(place.code(), place.gaBeds(), other, pathways, fit.weekdayFactors());
    }

    public List<DischargeSite> sites() {
        List<DischargeSite> out = new ArrayList<>();
        for (PlaceStaffing p : places) out.add(site(p.code()));
        return out;
    }

    /** The place's daily arrivals: its share of the ICB's. */
    public double[] arrivals(String code, double[] icbArrivals) {
        double s = place(code).arrivalShare();
        double[] out = new double[icbArrivals.length];
        for (int t = 0; t < out.length; t++) out[t] = s * icbArrivals[t];
        return out;
    }

    /** The place's share of an ICB backlog, split by the pathway shares. */
    public Map<Pathway, Double> initial(String code, double icbBacklog) {
        Map<Pathway, Double> out = new EnumMap<>(Pathway.class);
        double b = place(code).arrivalShare() * icbBacklog;
        shares.forEach((p, s) -> out.put(p, b * s));
        return out;
    }
}
