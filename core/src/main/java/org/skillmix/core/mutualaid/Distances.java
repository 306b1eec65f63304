package org.skillmix.core.mutualaid;

import java.util.HashMap;
import java.util.Map;

/**
 * Kilometres between places, as given in the input (straight line between centroids or road distance:
 * the plan takes what it is given). Symmetric; a place is 0 km from itself. A pair not given is
 * unreachable, so nobody is sent there rather than sent on a guess.
 */
public record Distances(Map<String, Double> kmByPair) {

    public Distances {
        kmByPair = Map.copyOf(kmByPair);
    }

    public static Distances none() {
        return new Distances(Map.of());
    }

    /** Starts a table; add pairs with {@link Builder#km}. */
    public static Builder builder() {
        return new Builder();
    }

    public double km(String from, String to) {
        if (from.equals(to)) return 0;
        Double km = kmByPair.get(key(from, to));
        return km == null ? Double.POSITIVE_INFINITY : km;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + '|' + b : b + '|' + a;
    }

    public static final class Builder {
        private final Map<String, Double> km = new HashMap<>();

        public Builder km(String from, String to, double kilometres) {
            if (!(kilometres >= 0)) throw new IllegalArgumentException("distance must be >= 0: " + from + "-" + to);
            km.put(key(from, to), kilometres);
            return this;
        }

        public Distances build() {
            return new Distances(km);
        }
    }
}
