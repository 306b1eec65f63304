package org.skillmix.data.synthetic;

import java.util.List;
import java.util.SplittableRandom;
import org.skillmix.core.system.SystemModel;

/**
 * Builds a synthetic but realistically shaped {@link SystemModel} in memory, for tests, benchmarks and
 * demonstrations at sizes no real dataset has. The same size and seed always give an equal model.
 *
 * <p>Shapes: organisations are spread over the sectors and each sits in one place; acute and mental health
 * trusts and ambulance services serve 2-4 places (their catchment), the others only their own; each role belongs
 * to one sector (a quarter to two) and every organisation employs every role of its sector, with 5-500 FTE; each role delivers 2-8 capabilities with a maximum share each;
 * each service needs 2-6 capabilities that the roles of its sector can deliver; every place has 19 age
 * bands ({@code 0-4} ... {@code 90+}) x 2 sexes x 4 years (2023, 2025, 2030, 2035) with 150,000-500,000
 * persons; seasonality profiles have a day-weighted mean of exactly 1; capability hours are scaled so that each sector's
 * baseline demand is 90-115% of its funded establishment, as in a real system that is short but not
 * absurdly so. Every code used is defined, and the model passes the dataset validation rules of
 * {@code docs/dataset.md}.
 */
public final class SyntheticSystem {

    /** The 19 age bands of the synthetic population and utilisation. */
    public static final List<String> AGE_BANDS = List.of(
            "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59",
            "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+");

    /** The population years of every place. */
    public static final List<Integer> YEARS = List.of(2023, 2025, 2030, 2035);

    /**
     * How big a system to build.
     *
     * @param roles          job roles (at least 1)
     * @param organisations  organisations (at least 1)
     * @param places         places, i.e. local authorities (at least 1)
     * @param capabilities   capabilities (at least 2)
     * @param services       services (at least 1)
     */
    public record Size(int roles, int organisations, int places, int capabilities, int services) {

        /** A large ICS: 60 roles, 40 organisations, 10 places, 30 capabilities, 20 services. */
        public static final Size STRESS = new Size(60, 40, 10, 30, 20);

        /** A small system, quick to project: 8 roles, 6 organisations, 2 places, 6 capabilities, 4 services. */
        public static final Size SMALL = new Size(8, 6, 2, 6, 4);

        public Size {
            if (roles < 1 || organisations < 1 || places < 1 || capabilities < 2 || services < 1) {
                throw new IllegalArgumentException(
                        "need roles, organisations, places, services >= 1 and capabilities >= 2, got " + roles + ", "
                                + organisations + ", " + places + ", " + capabilities + ", " + services);
            }
        }
    }

    private SyntheticSystem() {}

    /** A synthetic system of the given size; equal seeds give equal models. */
    public static SystemModel generate(Size size, long seed) {
        return new SyntheticBuilder(size, new SplittableRandom(seed)).build(seed);
    }
}
