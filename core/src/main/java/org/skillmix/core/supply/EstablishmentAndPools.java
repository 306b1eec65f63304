package org.skillmix.core.supply;

import java.util.Arrays;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.uncertainty.ParameterGroup;
import org.skillmix.core.uncertainty.UncertainParameters;

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
    /** Each slot's central growth a month, G = g^(1/12) at the row's mode: the growth the fill rates hold vacancies at. */
    final double[] growthSlotModeMonthly;
    /**
     * Per line: whether its fill's mode is 0, as the importer writes it where the pipeline and moves in alone
     * outgrow the establishment (SteadyStateFill floors the fill there). How far below 0 the unfloored fill lay is
     * not in the dataset, so a draw's growth cannot be said to call for recruits from the market: no shift.
     */
    final boolean[] fillZero;
    /** Per role: the registered labour pool parameter, or -1 (no cap). */
    final int[] poolParam;
    /** The growth common to the system's trusts ({@link Assumption.Parameters#TREND_GROWTH_COMMON}), or -1. */
    final int commonParam;
    /** Per slot: whether an organisation's own row gives it (a trust's trend growth, which the common part moves). */
    final boolean[] organisationSlot;
    /** Each slot's growth a year at the row's mode. */
    final double[] growthSlotMode;
    /** Per slot: w, its share of the base establishment of all organisation slots (0 for the others). */
    final double[] organisationWeight;
    /**
     * Per slot: the growth of its sector's part of the system ({@link Assumption.Parameters#TREND_GROWTH_SECTOR}) for
     * an organisation slot of the current-trends baseline, or -1.
     */
    final int[] sectorParam;

    EstablishmentAndPools(
            AssumptionParameters rows,
            UncertainParameters parameters,
            int[] fillParam,
            String growthName,
            String poolName,
            String[] lineOrg,
            String[] lineRole,
            String[] lineSector,
            String[] roles,
            double[] e0) {
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
        growthSlotModeMonthly = new double[growthSlotParam.length];
        growthSlotMode = new double[growthSlotParam.length];
        for (int slot = 0; slot < growthSlotParam.length; slot++) {
            growthSlotMode[slot] = parameters.interval(growthSlotParam[slot]).mode();
            growthSlotModeMonthly[slot] = Math.pow(growthSlotMode[slot], 1.0 / 12);
        }
        organisationSlot = new boolean[growthSlotParam.length];
        for (int i = 0; i < n; i++)
            if (lineGrowthSlot[i] >= 0 && growthParam[i] == rows.resolve(growthName, lineOrg[i]))
                organisationSlot[lineGrowthSlot[i]] = true;
        organisationWeight = new double[growthSlotParam.length];
        double organisationE0 = 0;
        for (int i = 0; i < n; i++) {
            if (lineGrowthSlot[i] < 0 || !organisationSlot[lineGrowthSlot[i]]) continue;
            organisationWeight[lineGrowthSlot[i]] += e0[i];
            organisationE0 += e0[i];
        }
        for (int slot = 0; slot < organisationWeight.length; slot++)
            if (organisationE0 > 0) organisationWeight[slot] /= organisationE0;
        // the common and sector parts are facts of the published history, so only the current-trends baseline draws
        // them
        boolean trends = Assumption.Parameters.TREND_ESTABLISHMENT_GROWTH.equals(growthName);
        commonParam = trends ? rows.resolve(Assumption.Parameters.TREND_GROWTH_COMMON, "ALL") : -1;
        sectorParam = new int[growthSlotParam.length];
        Arrays.fill(sectorParam, -1);
        if (trends)
            for (int i = 0; i < n; i++)
                if (lineGrowthSlot[i] >= 0 && organisationSlot[lineGrowthSlot[i]])
                    // an organisation's lines share its sector, so its slot has one sector part
                    sectorParam[lineGrowthSlot[i]] =
                            rows.resolve(Assumption.Parameters.TREND_GROWTH_SECTOR, lineSector[i]);
        fillZero = new boolean[n];
        for (int i = 0; i < n; i++)
            fillZero[i] = parameters.interval(fillParam[i]).mode() == 0;
        poolParam = new int[roles.length];
        for (int r = 0; r < roles.length; r++) poolParam[r] = rows.resolve(poolName, roles[r], "ALL");
    }

    /**
     * A draw's growth a year of each slot into growth. Without a common row, each slot's own draw. With it, the
     * trusts' own draws are centred on the system and the common part c added (in logs, x_s = ln(g_s / mode_s)):
     *
     * <pre>
     *   g'_s = mode_s x exp(x_s - sum_u w_u x_u + ln c)     w_u = E0 of slot u / E0 of all organisation slots
     * </pre>
     *
     * so the trusts' own parts move posts between the system's trusts and, to first order, not its total, which
     * grows with c alone. Drawn independently, the trusts' parts had narrowed the band of a system's total as its
     * trusts multiplied (1/sqrt(n)) while history's errors did not narrow (docs/backtest.md "Does a band narrow with
     * the number of trusts?"). Slots of sector, role or ALL rows keep their own draw. At the modes g' = mode.
     *
     * <p>A trust slot of sector k is then multiplied by its sector's part d_k where the dataset has one
     * (trend_growth_sector): g''_s = g'_s x d_k. It moves the sector's trusts together, and the system's total with
     * them by the sector's share; the importer draws it only for what the history's sector totals spread beyond the
     * common part and the trusts' own draws, and narrows the common part by what it adds to the totals.
     */
    void slotGrowth(double[] p, double[] growth) {
        for (int slot = 0; slot < growth.length; slot++) growth[slot] = p[growthSlotParam[slot]];
        if (commonParam >= 0) centreOnCommon(p, growth);
        for (int slot = 0; slot < growth.length; slot++)
            if (sectorParam[slot] >= 0) growth[slot] *= p[sectorParam[slot]];
    }

    private void centreOnCommon(double[] p, double[] growth) {
        double mean = 0;
        for (int slot = 0; slot < growth.length; slot++)
            if (organisationSlot[slot])
                mean += organisationWeight[slot] * Math.log(growth[slot] / growthSlotMode[slot]);
        double common = Math.log(p[commonParam]);
        for (int slot = 0; slot < growth.length; slot++)
            if (organisationSlot[slot])
                growth[slot] =
                        growthSlotMode[slot] * Math.exp(Math.log(growth[slot] / growthSlotMode[slot]) - mean + common);
    }

    /**
     * What a draw's establishment growth (growth, a year per slot: {@link #slotGrowth}) adds to each line's monthly
     * fill, into shift (0 for a line without growth, without a vacancy at the base or with a fill of 0:
     * {@link #fillZero}).
     *
     * <p>The fill rates hold a line's vacancy rate steady while its establishment grows at the row's mode
     * (the importer's SteadyStateFill): f = [S (G − 1 + h + o) − Q − I] / V, linear in G with slope S/V. A draw
     * whose growth G_d differs from the mode G_m therefore fills by (S0/V0)(G_d − G_m) more a month, so its
     * vacancy rate stays where the fill holds it at any drawn growth. Without this a draw's faster growth went
     * into vacancies rather than staff (recruits f·V rose only with the vacancy), which narrowed the spread of
     * staff in post below the spread of the trusts' growth the row was fitted to (docs/backtest.md).
     */
    void fillShifts(double[] growth, double[] s0, double[] e0, double[] shift) {
        for (int i = 0; i < shift.length; i++) {
            int slot = lineGrowthSlot[i];
            shift[i] = slot < 0 || fillZero[i] || !(e0[i] > s0[i])
                    ? 0
                    : s0[i] / (e0[i] - s0[i]) * (Math.pow(growth[slot], 1.0 / 12) - growthSlotModeMonthly[slot]);
        }
    }

    /**
     * Puts the parameters this baseline reads in their groups (the rows only the other baseline reads stay
     * without a group: they do not drive this run's spread).
     */
    void assignGroups(ParameterGroup[] groups) {
        for (int g : growthSlotParam) groups[g] = ParameterGroup.ESTABLISHMENT_GROWTH;
        for (int g : sectorParam) if (g >= 0) groups[g] = ParameterGroup.ESTABLISHMENT_GROWTH;
        if (commonParam >= 0) groups[commonParam] = ParameterGroup.ESTABLISHMENT_GROWTH;
        for (int p : poolParam) if (p >= 0) groups[p] = ParameterGroup.LABOUR_POOL;
    }
}
