package org.skillmix.core.supply;

import static org.skillmix.core.supply.SupplyModel.ABOVE_ESTABLISHMENT;
import static org.skillmix.core.supply.SupplyModel.DEFAULT_AGENCY_COST_FACTOR;
import static org.skillmix.core.supply.SupplyModel.DEFAULT_BANK_COST_FACTOR;
import static org.skillmix.core.supply.SupplyModel.EFFECTIVE;
import static org.skillmix.core.supply.SupplyModel.LEAVERS;
import static org.skillmix.core.supply.SupplyModel.PAY_COST;
import static org.skillmix.core.supply.SupplyModel.QUALIFIERS;
import static org.skillmix.core.supply.SupplyModel.RECRUITS;
import static org.skillmix.core.supply.SupplyModel.STOCK;
import static org.skillmix.core.supply.SupplyModel.TRANSFERS_IN;
import static org.skillmix.core.supply.SupplyModel.TRANSFERS_OUT;
import static org.skillmix.core.supply.SupplyModel.VACANCY;
import static org.skillmix.core.supply.SupplyModel.monthlyHazard;

import java.util.Arrays;

/**
 * One draw's working state of the stock-flow model ({@link SupplyModel}); one per thread. {@link #reset}
 * starts a draw with its parameter values, then {@link #step} moves it month by month.
 */
public final class SupplyState {
    private final int months;
    private final int n;
    private final double[] s0, e0, bank, agency, sickness, cost;
    private final int[] leaverParam, fillParam, bankFactorParam, agencyFactorParam;
    private final int[][] linesOfRole;
    private final int[] flowParam;
    private final double[] flowPayFactor;
    private final int[][] flowFrom, flowTo;
    private final PipelineSchedule pipeline;
    private final EstablishmentAndPools baseline;
    private final int[] growthSlotParam, lineGrowthSlot, poolParam;
    private final double[] stock;
    private final double[] establishment;
    private final double[] vacancy;
    private final double[] leaverHazard;
    private final double[] fillHazard;
    private final double[] fillShift;
    private final double[] outScale;
    private final double[] bankCost;
    private final double[] agencyCost;
    // the draw's annual rates and factors, kept for months an intervention changes them
    private final double[] leaverRate;
    private final double[] fillRate;
    private final double[] bankFactor;
    private final double[] flowOut;
    private final double[] outScaleNow;
    // the last adjusted rate turned into a hazard, per line: after a ramp the rate stops changing, so
    // the month's hazard is the last one (the same value, without the logarithm and exponential)
    private final double[] lastLeaverRate;
    private final double[] lastLeaverHazard;
    private final double[] lastFillRate;
    private final double[] lastFillHazard;
    private final double[][] growthTable;
    // each slot's growth a year in the current draw (EstablishmentAndPools.slotGrowth)
    private final double[] slotGrowth;
    private final double[] flowHazard;
    private final double[] poolMonthly;
    private final double[] groupQualifiers;
    private final double[] rowYield;
    private final double[] out;
    // staff experience (StaffExperienceEffect): the pressure on each line, which the projection sets each month,
    // and the draw's four elasticities
    private final StaffExperienceEffect experience;
    private final boolean experienceOn;
    private final double[] pressure;
    private double leaverPressure, sicknessPressure, leaverBurnout, sicknessStress;

    SupplyState(SupplyModel model, EstablishmentAndPools baseline) {
        months = model.months;
        n = model.n;
        s0 = model.s0;
        e0 = model.e0;
        bank = model.bank;
        agency = model.agency;
        sickness = model.sickness;
        cost = model.cost;
        leaverParam = model.leaverParam;
        fillParam = model.fillParam;
        bankFactorParam = model.bankFactorParam;
        agencyFactorParam = model.agencyFactorParam;
        linesOfRole = model.linesOfRole;
        flowParam = model.flowParam;
        flowPayFactor = model.flowPayFactor;
        flowFrom = model.flowFrom;
        flowTo = model.flowTo;
        pipeline = model.pipeline;
        this.baseline = baseline;
        growthSlotParam = baseline.growthSlotParam;
        lineGrowthSlot = baseline.lineGrowthSlot;
        poolParam = baseline.poolParam;
        stock = new double[n];
        establishment = new double[n];
        vacancy = new double[n];
        leaverHazard = new double[n];
        fillHazard = new double[n];
        fillShift = new double[n];
        outScale = new double[n];
        bankCost = new double[n];
        agencyCost = new double[n];
        leaverRate = new double[n];
        fillRate = new double[n];
        bankFactor = new double[n];
        flowOut = new double[n];
        outScaleNow = new double[n];
        lastLeaverRate = new double[n];
        lastLeaverHazard = new double[n];
        lastFillRate = new double[n];
        lastFillHazard = new double[n];
        growthTable = new double[growthSlotParam.length][months];
        slotGrowth = new double[growthSlotParam.length];
        flowHazard = new double[flowParam.length];
        poolMonthly = new double[poolParam.length];
        groupQualifiers = new double[pipeline.groups()];
        rowYield = new double[pipeline.rows()];
        out = new double[SupplyModel.LINE_MEASURES.size() * n];
        experience = model.experience;
        experienceOn = experience.active;
        pressure = new double[n];
    }

    /** Starts a draw with these parameter values (indexed as registered). */
    public void reset(double[] p) {
        System.arraycopy(s0, 0, stock, 0, n);
        Arrays.fill(pressure, 0);
        baseline.slotGrowth(p, slotGrowth);
        baseline.fillShifts(slotGrowth, s0, e0, fillShift);
        leaverPressure = value(p, experience.leaverPressureParam);
        sicknessPressure = value(p, experience.sicknessPressureParam);
        leaverBurnout = value(p, experience.leaverBurnoutParam);
        sicknessStress = value(p, experience.sicknessStressParam);
        for (int i = 0; i < n; i++) {
            leaverHazard[i] = monthlyHazard(p[leaverParam[i]]);
            fillHazard[i] = shiftedFill(monthlyHazard(p[fillParam[i]]), fillShift[i]);
            double bf = bankFactorParam[i] < 0 ? DEFAULT_BANK_COST_FACTOR : p[bankFactorParam[i]];
            double af = agencyFactorParam[i] < 0 ? DEFAULT_AGENCY_COST_FACTOR : p[agencyFactorParam[i]];
            bankCost[i] = bank[i] * cost[i] * bf;
            agencyCost[i] = agency[i] * cost[i] * af;
            outScale[i] = leaverHazard[i];
            leaverRate[i] = p[leaverParam[i]];
            fillRate[i] = p[fillParam[i]];
            lastLeaverRate[i] = Double.NaN;
            lastFillRate[i] = Double.NaN;
            bankFactor[i] = bf;
            flowOut[i] = 0;
        }
        for (int f = 0; f < flowHazard.length; f++) {
            flowHazard[f] =
                    flowTo[f].length == 0 ? 0 : monthlyHazard(Math.min(1.0, p[flowParam[f]] * flowPayFactor[f]));
            for (int i : flowFrom[f]) {
                outScale[i] += flowHazard[f];
                flowOut[i] += flowHazard[f];
            }
        }
        for (int i = 0; i < n; i++) outScale[i] = outScale[i] > 1 ? 1 / outScale[i] : 1.0;
        for (int r = 0; r < poolMonthly.length; r++) poolMonthly[r] = poolParam[r] < 0 ? -1 : p[poolParam[r]] / 12.0;
        for (int row = 0; row < rowYield.length; row++)
            rowYield[row] = p[pipeline.rowCompletion[row]] * p[pipeline.rowRetention[row]];
        for (int slot = 0; slot < growthSlotParam.length; slot++) {
            double g = slotGrowth[slot];
            for (int t = 0; t < months; t++) growthTable[slot][t] = Math.pow(g, t / 12.0);
        }
    }

    /** Computes month t's flows and figures into {@link #out()}, then moves the stock to month t + 1. */
    public void step(int t) {
        final double[] o = out;
        for (int i = 0; i < n; i++) {
            int slot = lineGrowthSlot[i];
            double e = slot < 0 ? e0[i] : e0[i] * growthTable[slot][t];
            establishment[i] = e;
            double s = stock[i];
            vacancy[i] = Math.max(0, e - s);
            double lh = leaverHazard[i], scale = outScale[i], sick = sickness[i];
            if (experienceOn) {
                lh = Math.min(1, lh * leaverMultiplier(i));
                double total = lh + flowOut[i];
                scale = total > 1 ? 1 / total : 1.0;
                outScaleNow[i] = scale;
                sick = Math.min(1, sick * sicknessMultiplier(i, t));
            }
            o[STOCK * n + i] = s;
            o[EFFECTIVE * n + i] = s * (1 - sick) + bank[i] + agency[i];
            o[VACANCY * n + i] = vacancy[i];
            o[ABOVE_ESTABLISHMENT * n + i] = Math.max(0, s - e);
            o[LEAVERS * n + i] = s * lh * scale;
            o[QUALIFIERS * n + i] = 0;
            o[TRANSFERS_IN * n + i] = 0;
            o[TRANSFERS_OUT * n + i] = 0;
            o[PAY_COST * n + i] = (s * cost[i] + bankCost[i] + agencyCost[i]) / 12.0;
        }
        for (int r = 0; r < linesOfRole.length; r++) {
            int[] ls = linesOfRole[r];
            double total = 0;
            for (int i : ls) {
                double rec = vacancy[i] * fillHazard[i];
                o[RECRUITS * n + i] = rec;
                total += rec;
            }
            double pool = poolMonthly[r];
            if (pool >= 0 && total > pool) {
                double scale = pool / total;
                for (int i : ls) o[RECRUITS * n + i] *= scale;
            }
        }
        addQualifiers(t);
        moveFlows(experienceOn ? outScaleNow : outScale);
        updateStock();
    }

    /**
     * Month t with interventions' changes: the same recurrence as {@link #step(int)} with the month's
     * adjusted rates, establishment, extra recruits and qualifiers, bank/agency mix and costs. A null
     * adjustment is the plain step (so a run without interventions is unchanged to the last bit).
     */
    public void step(int t, SupplyAdjustments a) {
        if (a == null) {
            step(t);
            return;
        }
        final double[] o = out;
        for (int i = 0; i < n; i++) {
            int slot = lineGrowthSlot[i];
            double e = (slot < 0 ? e0[i] : e0[i] * growthTable[slot][t]) + a.extraEstablishment[i];
            establishment[i] = e;
            double s = stock[i];
            vacancy[i] = Math.max(0, e - s);
            double lh = a.leaverFactor[i] == 1.0
                    ? leaverHazard[i]
                    : adjustedLeaverHazard(i, leaverRate[i] * a.leaverFactor[i]);
            double sick = sickness[i] * a.sicknessFactor[i];
            if (experienceOn) {
                lh = Math.min(1, lh * leaverMultiplier(i));
                sick = Math.min(1, sick * sicknessMultiplier(i, t));
            }
            double total = lh + flowOut[i];
            outScaleNow[i] = total > 1 ? 1 / total : 1.0;
            double moved = agency[i] * a.agencyToBank[i];
            double movedFactor = Double.isNaN(a.movedBankCostFactor[i]) ? bankFactor[i] : a.movedBankCostFactor[i];
            double bankCostNow = bankCost[i] + moved * cost[i] * movedFactor;
            double agencyCostNow = agencyCost[i] * (1 - a.agencyToBank[i]);
            double unitCost = cost[i] * a.payFactor[i] + a.costAddPerFte[i];
            o[STOCK * n + i] = s;
            o[EFFECTIVE * n + i] = s * (1 - sick) + (bank[i] + moved) + (agency[i] - moved) + a.rotatedFte[i];
            o[VACANCY * n + i] = vacancy[i];
            o[ABOVE_ESTABLISHMENT * n + i] = Math.max(0, s - e);
            o[LEAVERS * n + i] = s * lh * outScaleNow[i];
            o[QUALIFIERS * n + i] = a.extraQualifiers[i];
            o[TRANSFERS_IN * n + i] = 0;
            o[TRANSFERS_OUT * n + i] = 0;
            o[PAY_COST * n + i] = (s * unitCost + bankCostNow + agencyCostNow) / 12.0;
        }
        for (int r = 0; r < linesOfRole.length; r++) {
            int[] ls = linesOfRole[r];
            double total = 0;
            for (int i : ls) {
                double fh;
                if (!Double.isNaN(a.fillRate[i])) fh = adjustedFillHazard(i, a.fillRate[i] * a.fillFactor[i]);
                else fh = a.fillFactor[i] == 1.0 ? fillHazard[i] : adjustedFillHazard(i, fillRate[i] * a.fillFactor[i]);
                double rec = vacancy[i] * fh;
                o[RECRUITS * n + i] = rec;
                total += rec;
            }
            double pool = poolMonthly[r] < 0 ? -1 : poolMonthly[r] + a.poolAdd[r];
            if (pool >= 0 && total > pool) {
                double scale = pool / total;
                for (int i : ls) o[RECRUITS * n + i] *= scale;
            }
            for (int i : ls) o[RECRUITS * n + i] += a.extraRecruits[i];
        }
        addQualifiers(t);
        moveFlows(outScaleNow);
        updateStock();
    }

    /** 1 + eLP x P(i,t) + eLB x (B(o) - B_England), never below 0 ({@link StaffExperienceEffect}). */
    private double leaverMultiplier(int i) {
        return Math.max(0, 1 + leaverPressure * pressure[i] + leaverBurnout * experience.burnoutAbove[i]);
    }

    /** f(month of t) x (1 + eSP x P(i,t) + eSS x (W(o) - W_England)), never below 0. */
    private double sicknessMultiplier(int i, int t) {
        return experience.season[t]
                * Math.max(0, 1 + sicknessPressure * pressure[i] + sicknessStress * experience.stressAbove[i]);
    }

    /** The sickness rate line i has in month t of a plain draw: season, stress and pressure included. */
    public double sickness(int i, int t) {
        return experienceOn ? Math.min(1, sickness[i] * sicknessMultiplier(i, t)) : sickness[i];
    }

    /** What pressure and burnout multiply line i's leaver hazard by this month (1 without staff experience). */
    public double leaverFactor(int i) {
        return experienceOn ? leaverMultiplier(i) : 1;
    }

    private static double value(double[] p, int param) {
        return param < 0 ? 0 : p[param];
    }

    /**
     * The sustained pressure on each line, P(i,t) of {@link StaffExperienceEffect}: the projection writes month t's
     * values here before stepping month t, so they stay month t's until the next month (zeros until it does).
     */
    public double[] pressure() {
        return pressure;
    }

    /** Pipeline qualifiers arriving in month t, shared among their target lines. */
    private void addQualifiers(int t) {
        if (rowYield.length == 0) return;
        Arrays.fill(groupQualifiers, 0);
        for (int row = 0; row < rowYield.length; row++)
            groupQualifiers[pipeline.rowGroup[row]] += pipeline.rowCoefficient[row][t] * rowYield[row];
        for (int g = 0; g < pipeline.groupTargets.length; g++) {
            if (groupQualifiers[g] > 0) share(groupQualifiers[g], pipeline.groupTargets[g], QUALIFIERS);
        }
    }

    /** Transfers between sector-roles; scale keeps leavers plus movers within each stock. */
    private void moveFlows(double[] scale) {
        final double[] o = out;
        for (int f = 0; f < flowHazard.length; f++) {
            double h = flowHazard[f];
            if (h == 0) continue;
            double moved = 0;
            for (int i : flowFrom[f]) {
                double m = stock[i] * h * scale[i];
                o[TRANSFERS_OUT * n + i] += m;
                moved += m;
            }
            if (moved > 0) share(moved, flowTo[f], TRANSFERS_IN);
        }
    }

    /** S[t+1] = S[t] - leavers + recruits + qualifiers + transfers in - transfers out, never below 0. */
    private void updateStock() {
        final double[] o = out;
        for (int i = 0; i < n; i++) {
            double next = stock[i]
                    - o[LEAVERS * n + i]
                    + o[RECRUITS * n + i]
                    + o[QUALIFIERS * n + i]
                    + o[TRANSFERS_IN * n + i]
                    - o[TRANSFERS_OUT * n + i];
            stock[i] = Math.max(0, next);
        }
    }

    private double adjustedLeaverHazard(int i, double rate) {
        if (rate != lastLeaverRate[i]) {
            lastLeaverRate[i] = rate;
            lastLeaverHazard[i] = monthlyHazard(rate);
        }
        return lastLeaverHazard[i];
    }

    private double adjustedFillHazard(int i, double rate) {
        if (rate != lastFillRate[i]) {
            lastFillRate[i] = rate;
            lastFillHazard[i] = shiftedFill(monthlyHazard(rate), fillShift[i]);
        }
        return lastFillHazard[i];
    }

    /** A monthly fill with the draw's growth shift ({@link EstablishmentAndPools#fillShifts}), kept within 0..1. */
    private static double shiftedFill(double hazard, double shift) {
        return shift == 0 ? hazard : Math.min(1, Math.max(0, hazard + shift));
    }

    /** Adds amount to measure block m of targets, by vacancy share, else establishment, else equally. */
    private void share(double amount, int[] targets, int m) {
        if (targets.length == 0) return;
        double[] weights = vacancy;
        double total = 0;
        for (int i : targets) total += vacancy[i];
        if (!(total > 0)) {
            weights = establishment;
            for (int i : targets) total += establishment[i];
        }
        int base = m * n;
        if (!(total > 0)) {
            for (int i : targets) out[base + i] += amount / targets.length;
            return;
        }
        for (int i : targets) out[base + i] += amount * weights[i] / total;
    }

    /** Month t's figures: block m (a {@link SupplyModel#LINE_MEASURES} index) at [m * lines + line]. */
    public double[] out() {
        return out;
    }

    public double stock(int i) {
        return stock[i];
    }
}
