package org.skillmix.core.supply;

import java.util.Arrays;

/**
 * One month's changes to the supply parameters, per workforce line, as interventions make them. A
 * neutral adjustment (after {@link #clear}) leaves every figure as the plain model computes it. The
 * kernel fills one per month from a draw's {@link SupplyAdjuster} and the stock-flow step consults it;
 * the interventions' effect code (org.skillmix.core.intervention) is the only writer.
 */
public final class SupplyAdjustments {
    final int lines;
    /** Multiplies the annual leaver rate. */
    public final double[] leaverFactor;
    /** Multiplies the annual fill rate. */
    public final double[] fillFactor;
    /** Replaces the annual fill rate when not NaN (posts of a new role, say). */
    public final double[] fillRate;
    /** Multiplies the sickness rate. */
    public final double[] sicknessFactor;
    /** FTE added to the establishment (funded posts). */
    public final double[] extraEstablishment;
    /** FTE joining this month from outside the local labour pool (international recruits), as recruits. */
    public final double[] extraRecruits;
    /** FTE qualifying this month from extra training places, as qualifiers. */
    public final double[] extraQualifiers;
    /** Effective FTE worked elsewhere (negative) or received (positive) through rotations. */
    public final double[] rotatedFte;
    /** Share of agency FTE moved to the bank. */
    public final double[] agencyToBank;
    /** Cost factor (of the role's annual cost) of the FTE moved to the bank; NaN: the line's bank factor. */
    public final double[] movedBankCostFactor;
    /** Multiplies the substantive cost per FTE (a pay uplift). */
    public final double[] payFactor;
    /** GBP per FTE per year added to the substantive cost (a retention premium). */
    public final double[] costAddPerFte;
    /** Added to each role's monthly labour pool (joint recruitment widening the pool, say); index: role. */
    public final double[] poolAdd;
    /** Per upskilling (kernel order), the share of each line's FTE trained in the widened capability. */
    public final double[][] trainedShare;

    public SupplyAdjustments(int lines, int roles, int upskills) {
        this.lines = lines;
        leaverFactor = new double[lines];
        fillFactor = new double[lines];
        fillRate = new double[lines];
        sicknessFactor = new double[lines];
        extraEstablishment = new double[lines];
        extraRecruits = new double[lines];
        extraQualifiers = new double[lines];
        rotatedFte = new double[lines];
        agencyToBank = new double[lines];
        movedBankCostFactor = new double[lines];
        payFactor = new double[lines];
        costAddPerFte = new double[lines];
        poolAdd = new double[roles];
        trainedShare = new double[upskills][lines];
        clear();
    }

    /** Back to neutral: no intervention changes anything. */
    public void clear() {
        Arrays.fill(leaverFactor, 1.0);
        Arrays.fill(fillFactor, 1.0);
        Arrays.fill(fillRate, Double.NaN);
        Arrays.fill(sicknessFactor, 1.0);
        Arrays.fill(extraEstablishment, 0.0);
        Arrays.fill(extraRecruits, 0.0);
        Arrays.fill(extraQualifiers, 0.0);
        Arrays.fill(rotatedFte, 0.0);
        Arrays.fill(agencyToBank, 0.0);
        Arrays.fill(movedBankCostFactor, Double.NaN);
        Arrays.fill(payFactor, 1.0);
        Arrays.fill(costAddPerFte, 0.0);
        Arrays.fill(poolAdd, 0.0);
        for (double[] t : trainedShare) Arrays.fill(t, 0.0);
    }

    public int lines() {
        return lines;
    }
}
