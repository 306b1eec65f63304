package org.skillmix.core.supply;

import java.util.Arrays;
import org.skillmix.core.uncertainty.ParameterGroup;

/**
 * The assumption rows a baseline takes for establishment growth (per workforce line: its organisation, then its
 * role, then its sector, then ALL) and for the labour pool that caps recruits (per role: the role, then ALL).
 *
 * <p>E[t] = E[0] * growth^(t/12); the distinct growth parameters are numbered in slots so a draw computes
 * growth^(t/12) once per slot and month, not once per line.
 */
final class EstablishmentAndPools {
    /** Per line: the registered growth parameter, or -1 (no growth). */
    final int[] growthParam;
    /** Distinct growth parameters, and each line's slot among them (-1: no growth). */
    final int[] growthSlotParam;

    final int[] lineGrowthSlot;
    /** Per role: the registered labour pool parameter, or -1 (no cap). */
    final int[] poolParam;

    EstablishmentAndPools(
            AssumptionParameters rows,
            String growthName,
            String poolName,
            String[] lineOrg,
            String[] lineRole,
            String[] lineSector,
            String[] roles) {
        int n = lineRole.length;
        growthParam = new int[n];
        for (int i = 0; i < n; i++)
            growthParam[i] = rows.resolve(growthName, lineOrg[i], lineRole[i], lineSector[i], "ALL");
        growthSlotParam =
                Arrays.stream(growthParam).filter(g -> g >= 0).distinct().toArray();
        lineGrowthSlot = new int[n];
        for (int i = 0; i < n; i++) {
            lineGrowthSlot[i] = -1;
            for (int slot = 0; slot < growthSlotParam.length; slot++)
                if (growthSlotParam[slot] == growthParam[i]) lineGrowthSlot[i] = slot;
        }
        poolParam = new int[roles.length];
        for (int r = 0; r < roles.length; r++) poolParam[r] = rows.resolve(poolName, roles[r], "ALL");
    }

    /**
     * Puts the parameters this baseline reads in their groups (the rows only the other baseline reads stay
     * without a group: they do not drive this run's spread).
     */
    void assignGroups(ParameterGroup[] groups) {
        for (int g : growthSlotParam) groups[g] = ParameterGroup.ESTABLISHMENT_GROWTH;
        for (int p : poolParam) if (p >= 0) groups[p] = ParameterGroup.LABOUR_POOL;
    }
}
