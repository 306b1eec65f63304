package org.skillmix.core.projection;

import java.util.List;
import org.skillmix.core.supply.AssumptionParameters;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Service;
import org.skillmix.core.uncertainty.ParameterGroup;
import org.skillmix.core.uncertainty.UncertainParameters;

/**
 * The registered parameters a draw's demand reads (docs/method.md "What is sampled"): per service its
 * non-demographic growth g, its unmet-need uplift u and its workload-norm factor w (-1: no row, w = 1), and
 * the population error (-1: none). A service's demand is D0 x u x w: the hours in capability_hours.csv are a
 * norm's most likely value (w's mode is 1), and w says how far the true hours per unit of activity may be off. Its
 * deprivation-elasticity factor k (-1: no row, k = 1) moves its demand between places (DeprivationShift).
 *
 * @param growth          per service, the index of g
 * @param unmet           per service, the index of u
 * @param workload        per service, the index of w, or -1
 * @param deprivation     per service, the index of k, or -1
 * @param populationError the index of population_error_per_year (scope ALL), or -1
 */
record DemandParameters(int[] growth, int[] unmet, int[] workload, int[] deprivation, int populationError) {

    /**
     * Registers every service's growth and unmet need, in service order; it runs before the supply model registers
     * its own parameters (the registration order is part of the reproducibility contract).
     */
    static int[][] registerServices(List<Service> services, UncertainParameters parameters) {
        int[] growth = new int[services.size()], unmet = new int[services.size()];
        for (int s = 0; s < services.size(); s++) {
            Service service = services.get(s);
            growth[s] = parameters.add("growth " + service.code(), ParameterGroup.SERVICE_GROWTH, service.growth());
            unmet[s] = parameters.add("unmet_need " + service.code(), ParameterGroup.UNMET_NEED, service.unmetNeed());
        }
        return new int[][] {growth, unmet};
    }

    /**
     * The demand parameters once the assumption rows are registered: each service's workload-norm row (its own
     * scope, else ALL) and the population error, each put in its assumption group.
     */
    static DemandParameters of(
            List<Service> services,
            int[][] registered,
            AssumptionParameters assumptions,
            UncertainParameters parameters) {
        int[] workload = new int[services.size()], deprivation = new int[services.size()];
        for (int s = 0; s < services.size(); s++) {
            workload[s] = assumptions.resolve(
                    Assumption.Parameters.WORKLOAD_NORM_FACTOR, services.get(s).code(), "ALL");
            if (workload[s] >= 0) parameters.group(workload[s], ParameterGroup.WORKLOAD_NORMS);
            deprivation[s] = assumptions.resolve(
                    Assumption.Parameters.DEPRIVATION_ELASTICITY_FACTOR,
                    services.get(s).code(),
                    "ALL");
            if (deprivation[s] >= 0) parameters.group(deprivation[s], ParameterGroup.DEPRIVATION);
        }
        int populationError = assumptions.resolve(Assumption.Parameters.POPULATION_ERROR_PER_YEAR, "ALL");
        if (populationError >= 0) parameters.group(populationError, ParameterGroup.POPULATION);
        return new DemandParameters(registered[0], registered[1], workload, deprivation, populationError);
    }

    int services() {
        return growth.length;
    }

    /**
     * Reads a draw's values: each service's growth into growth and its uplift u x w into uplift (w = 1 multiplies
     * exactly, so a dataset without workload rows gives the figures it gave before) and its deprivation-elasticity
     * factor into elasticity (1 without a row); returns the population error.
     */
    double read(double[] values, double[] growth, double[] uplift, double[] elasticity) {
        for (int s = 0; s < this.growth.length; s++) {
            growth[s] = values[this.growth[s]];
            uplift[s] = values[unmet[s]] * (workload[s] < 0 ? 1 : values[workload[s]]);
            elasticity[s] = deprivation[s] < 0 ? 1 : values[deprivation[s]];
        }
        return populationError < 0 ? 0 : values[populationError];
    }
}
