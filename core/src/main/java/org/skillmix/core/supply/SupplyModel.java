package org.skillmix.core.supply;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.skillmix.core.demand.FinancialYear;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Flow;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.PipelineIntake;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.UncertainParameters;

/**
 * The stock-flow model of supply, per workforce line (organisation x role), monthly (DESIGN section 5).
 * Month t's figures describe month t: S[t] is the stock at its start (S[0] = fte_in_post) and the flows
 * happen during it, so S[t+1] = S[t] - leavers + recruits + qualifiers + transfers_in - transfers_out.
 *
 * <ul>
 * <li>Annual rates become monthly hazards 1 - (1 - rate)^(1/12), so twelve months compound back to the
 *     annual rate.</li>
 * <li>leavers = S * leaver hazard; if leavers and transfers out would take more than S they are scaled
 *     down together.</li>
 * <li>Establishment E[t] = (fte_in_post + vacancy) * growth^(t/12), growth = establishment_growth
 *     resolved role, then sector, then ALL (1 if none); vacancy V = max(0, E - S).</li>
 * <li>recruits = V * fill hazard, then scaled down proportionally across the role's organisations so the
 *     system's total for the role in a month is at most labour_pool_annual / 12 (role, then ALL).</li>
 * <li>qualifiers: pipeline intake of financial year Y starts evenly over its 12 months and qualifies
 *     course_months later, times completion times local retention; shared among the organisations with
 *     the role in the row's place (the whole system for ALL) by vacancy, or by establishment when none
 *     has a vacancy. A year after the last listed repeats it; a gap repeats the year before it; years
 *     before the first listed repeat the first (the students already in training at the base month are
 *     taken to be a steady pipeline, not none).</li>
 * <li>transfers: each flow moves S * monthly hazard of every organisation of its from-sector with the
 *     from-role to the to-sector's organisations with the to-role, shared by vacancy (then establishment);
 *     the annual rate is adjusted by the pay gap as in {@link Flow}. A flow with nowhere to go moves no-one.</li>
 * <li>effective FTE = S * (1 - sickness) + bank + agency, bank and agency held at baseline;
 *     monthly cost = (S * cost + bank * cost * bank_cost_factor + agency * cost * agency_cost_factor) / 12,
 *     factors resolved role then ALL, defaults 1.0 and 1.6.</li>
 * </ul>
 */
public final class SupplyModel {
    /** The line measures a month produces, in the order of {@link State#out()} blocks. */
    public static final List<Measure> LINE_MEASURES = List.of(
            Measure.STAFF_IN_POST_FTE,
            Measure.EFFECTIVE_FTE,
            Measure.VACANCY_FTE,
            Measure.LEAVERS_FTE,
            Measure.RECRUITS_FTE,
            Measure.QUALIFIERS_FTE,
            Measure.TRANSFERS_IN_FTE,
            Measure.TRANSFERS_OUT_FTE,
            Measure.PAY_COST_GBP);

    public static final int STOCK = 0,
            EFFECTIVE = 1,
            VACANCY = 2,
            LEAVERS = 3,
            RECRUITS = 4,
            QUALIFIERS = 5,
            TRANSFERS_IN = 6,
            TRANSFERS_OUT = 7,
            PAY_COST = 8;
    public static final double DEFAULT_BANK_COST_FACTOR = 1.0;
    public static final double DEFAULT_AGENCY_COST_FACTOR = 1.6;

    private final int months;
    private final int n;
    private final List<WorkforceLine> lines;
    private final List<Organisation> organisations;
    private final List<Role> roles;
    private final int[] lineOrg, lineRole, lineSector;
    private final String[] linePlace;
    private final double[] s0, e0, bank, agency, sickness, cost;
    private final int[] leaverParam, fillParam, growthParam, bankFactorParam, agencyFactorParam;
    private final int[] poolParam;
    /** Distinct establishment-growth parameters, and each line's slot among them (-1: no growth). */
    private final int[] growthSlotParam;

    private final int[] lineGrowthSlot;
    private final int[][] linesOfRole;
    private final int[] flowParam;
    private final double[] flowPayFactor;
    private final int[][] flowFrom, flowTo;
    private final int[][] groupTargets;
    private final int[] rowGroup, rowCompletion, rowRetention;
    private final double[][] rowCoefficient;

    public SupplyModel(SystemModel model, int months, UncertainParameters parameters) {
        this(model, months, parameters, model.workforce().size());
    }

    /**
     * A model whose workforce lines from index firstLines on (lines a scenario adds, see
     * org.skillmix.core.intervention.ScenarioSystem) register their parameters last, after the assumptions:
     * so the dataset's own parameters take the same random numbers with or without them (common random
     * numbers across scenarios).
     */
    public SupplyModel(SystemModel model, int months, UncertainParameters parameters, int firstLines) {
        this.months = months;
        this.lines = model.workforce();
        this.organisations = model.organisations();
        this.roles = model.roles();
        this.n = lines.size();
        Map<String, Integer> orgIndex = new HashMap<>(), roleIndex = new HashMap<>();
        for (int o = 0; o < organisations.size(); o++)
            orgIndex.put(organisations.get(o).code(), o);
        for (int r = 0; r < roles.size(); r++) roleIndex.put(roles.get(r).code(), r);

        // Registration order is part of the reproducibility contract: lines, flows, pipeline, assumptions.
        lineOrg = new int[n];
        lineRole = new int[n];
        lineSector = new int[n];
        linePlace = new String[n];
        s0 = new double[n];
        e0 = new double[n];
        bank = new double[n];
        agency = new double[n];
        sickness = new double[n];
        cost = new double[n];
        leaverParam = new int[n];
        fillParam = new int[n];
        for (int i = 0; i < n; i++) {
            WorkforceLine w = lines.get(i);
            Organisation org = organisations.get(orgIndex(orgIndex, w.orgCode()));
            lineOrg[i] = orgIndex.get(w.orgCode());
            lineRole[i] = index(roleIndex, w.roleCode(), "role");
            lineSector[i] = org.sector().ordinal();
            linePlace[i] = org.placeCode();
            s0[i] = w.fteInPost();
            e0[i] = w.establishmentFte();
            bank[i] = w.bankFte();
            agency[i] = w.agencyFte();
            sickness[i] = w.sicknessRate();
            cost[i] = roles.get(lineRole[i]).annualCost();
            if (i >= firstLines) continue;
            leaverParam[i] = parameters.add("leaver_rate " + w.orgCode() + " " + w.roleCode(), w.leaverRate());
            fillParam[i] = parameters.add("fill_rate " + w.orgCode() + " " + w.roleCode(), w.fillRate());
        }

        List<Flow> flows = model.flows();
        flowParam = new int[flows.size()];
        flowPayFactor = new double[flows.size()];
        flowFrom = new int[flows.size()][];
        flowTo = new int[flows.size()][];
        for (int f = 0; f < flows.size(); f++) {
            Flow flow = flows.get(f);
            flowParam[f] = parameters.add(
                    "flow " + flow.fromSector().code() + "/" + flow.fromRole() + " -> "
                            + flow.toSector().code() + "/" + flow.toRole(),
                    flow.annualRate());
            double payFrom = model.role(flow.fromRole()).map(Role::annualPay).orElse(0.0);
            double payTo = model.role(flow.toRole()).map(Role::annualPay).orElse(0.0);
            flowPayFactor[f] = payFrom > 0 ? Math.max(0, 1 + flow.payElasticity() * (payTo - payFrom) / payFrom) : 1.0;
            flowFrom[f] = linesWhere(flow.fromSector().ordinal(), roleIndex.getOrDefault(flow.fromRole(), -1));
            flowTo[f] = linesWhere(flow.toSector().ordinal(), roleIndex.getOrDefault(flow.toRole(), -1));
        }

        List<PipelineIntake> pipeline = model.pipeline();
        Map<String, Integer> groups = new LinkedHashMap<>();
        List<int[]> targets = new ArrayList<>();
        rowGroup = new int[pipeline.size()];
        rowCompletion = new int[pipeline.size()];
        rowRetention = new int[pipeline.size()];
        for (int r = 0; r < pipeline.size(); r++) {
            PipelineIntake row = pipeline.get(r);
            String key = row.roleCode() + "|" + row.placeCode();
            Integer g = groups.get(key);
            if (g == null) {
                g = groups.size();
                groups.put(key, g);
                int role = roleIndex.getOrDefault(row.roleCode(), -1);
                List<Integer> t = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (lineRole[i] == role
                            && ("ALL".equals(row.placeCode()) || row.placeCode().equals(linePlace[i]))) t.add(i);
                }
                targets.add(t.stream().mapToInt(Integer::intValue).toArray());
            }
            rowGroup[r] = g;
            String name = "pipeline " + row.roleCode() + " " + row.placeCode() + " " + row.year();
            rowCompletion[r] = parameters.add(name + " completion_rate", row.completionRate());
            rowRetention[r] = parameters.add(name + " local_retention", row.localRetention());
        }
        groupTargets = targets.toArray(int[][]::new);
        rowCoefficient = pipelineCoefficients(pipeline, model.info().baseMonth());

        List<Assumption> assumptions = model.assumptions();
        int[] assumptionParam = new int[assumptions.size()];
        for (int a = 0; a < assumptions.size(); a++) {
            Assumption as = assumptions.get(a);
            assumptionParam[a] = parameters.add(as.parameter() + " " + as.scope(), as.value());
        }
        for (int i = firstLines; i < n; i++) {
            WorkforceLine w = lines.get(i);
            leaverParam[i] = parameters.add("leaver_rate " + w.orgCode() + " " + w.roleCode(), w.leaverRate());
            fillParam[i] = parameters.add("fill_rate " + w.orgCode() + " " + w.roleCode(), w.fillRate());
        }
        growthParam = new int[n];
        bankFactorParam = new int[n];
        agencyFactorParam = new int[n];
        for (int i = 0; i < n; i++) {
            String role = roles.get(lineRole[i]).code();
            String sector = organisations.get(lineOrg[i]).sector().code();
            growthParam[i] = resolve(
                    assumptions, assumptionParam, Assumption.Parameters.ESTABLISHMENT_GROWTH, role, sector, "ALL");
            bankFactorParam[i] =
                    resolve(assumptions, assumptionParam, Assumption.Parameters.BANK_COST_FACTOR, role, "ALL");
            agencyFactorParam[i] =
                    resolve(assumptions, assumptionParam, Assumption.Parameters.AGENCY_COST_FACTOR, role, "ALL");
        }
        int[] distinct =
                Arrays.stream(growthParam).filter(g -> g >= 0).distinct().toArray();
        growthSlotParam = distinct;
        lineGrowthSlot = new int[n];
        for (int i = 0; i < n; i++) {
            lineGrowthSlot[i] = -1;
            for (int slot = 0; slot < distinct.length; slot++)
                if (distinct[slot] == growthParam[i]) lineGrowthSlot[i] = slot;
        }
        poolParam = new int[roles.size()];
        linesOfRole = new int[roles.size()][];
        for (int r = 0; r < roles.size(); r++) {
            poolParam[r] = resolve(
                    assumptions,
                    assumptionParam,
                    Assumption.Parameters.LABOUR_POOL_ANNUAL,
                    roles.get(r).code(),
                    "ALL");
            final int rr = r;
            linesOfRole[r] = java.util.stream.IntStream.range(0, n)
                    .filter(i -> lineRole[i] == rr)
                    .toArray();
        }
    }

    private static int orgIndex(Map<String, Integer> orgIndex, String code) {
        return index(orgIndex, code, "organisation");
    }

    private static int index(Map<String, Integer> map, String code, String what) {
        Integer i = map.get(code);
        if (i == null) throw new IllegalArgumentException("workforce refers to unknown " + what + " " + code);
        return i;
    }

    private int[] linesWhere(int sector, int role) {
        return java.util.stream.IntStream.range(0, n)
                .filter(i -> lineSector[i] == sector && lineRole[i] == role)
                .toArray();
    }

    private static int resolve(List<Assumption> assumptions, int[] params, String parameter, String... scopes) {
        for (String scope : scopes) {
            for (int a = 0; a < assumptions.size(); a++) {
                if (assumptions.get(a).parameter().equals(parameter)
                        && assumptions.get(a).scope().equals(scope)) return params[a];
            }
        }
        return -1;
    }

    /** coefficient[row][t]: students of the row's intake arriving in month t per unit completion x retention. */
    private double[][] pipelineCoefficients(List<PipelineIntake> pipeline, YearMonth base) {
        Map<Integer, TreeMap<Integer, List<Integer>>> yearsByGroup = new HashMap<>();
        for (int r = 0; r < pipeline.size(); r++) {
            yearsByGroup
                    .computeIfAbsent(rowGroup[r], g -> new TreeMap<>())
                    .computeIfAbsent(pipeline.get(r).year(), y -> new ArrayList<>())
                    .add(r);
        }
        double[][] coef = new double[pipeline.size()][months];
        for (int r = 0; r < pipeline.size(); r++) {
            PipelineIntake row = pipeline.get(r);
            TreeMap<Integer, List<Integer>> years = yearsByGroup.get(rowGroup[r]);
            for (int t = 0; t < months; t++) {
                int start = t - row.courseMonths();
                int fy = FinancialYear.of(base.plusMonths(start)).startYear();
                Integer governing = years.floorKey(fy);
                if (governing == null) governing = years.firstKey();
                if (governing == row.year()) coef[r][t] = row.intake() / 12.0;
            }
        }
        return coef;
    }

    public int lines() {
        return n;
    }

    public int months() {
        return months;
    }

    public WorkforceLine line(int i) {
        return lines.get(i);
    }

    public Organisation organisationOf(int i) {
        return organisations.get(lineOrg[i]);
    }

    public int organisationIndex(int i) {
        return lineOrg[i];
    }

    public int roleIndex(int i) {
        return lineRole[i];
    }

    public int sectorOf(int i) {
        return lineSector[i];
    }

    public String placeOf(int i) {
        return linePlace[i];
    }

    public double sickness(int i) {
        return sickness[i];
    }

    public List<Role> roles() {
        return roles;
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    /** The substantive cost per FTE per year of line i (its role's annual cost). */
    public double annualCost(int i) {
        return cost[i];
    }

    /** Baseline FTE in post of line i. */
    public double baselineStock(int i) {
        return s0[i];
    }

    public Optional<Integer> lineOf(String org, String role) {
        for (int i = 0; i < n; i++)
            if (lines.get(i).orgCode().equals(org) && lines.get(i).roleCode().equals(role)) return Optional.of(i);
        return Optional.empty();
    }

    /** A draw's working state; one per thread. {@link #reset} for a draw, then {@link #step} month by month. */
    public State newState() {
        return new State();
    }

    public final class State {
        private final double[] stock = new double[n];
        private final double[] establishment = new double[n];
        private final double[] vacancy = new double[n];
        private final double[] leaverHazard = new double[n];
        private final double[] fillHazard = new double[n];
        private final double[] outScale = new double[n];
        private final double[] bankCost = new double[n];
        private final double[] agencyCost = new double[n];
        // the draw's annual rates and factors, kept for months an intervention changes them
        private final double[] leaverRate = new double[n];
        private final double[] fillRate = new double[n];
        private final double[] bankFactor = new double[n];
        private final double[] flowOut = new double[n];
        private final double[] outScaleNow = new double[n];
        // the last adjusted rate turned into a hazard, per line: after a ramp the rate stops changing, so
        // the month's hazard is the last one (the same value, without the logarithm and exponential)
        private final double[] lastLeaverRate = new double[n];
        private final double[] lastLeaverHazard = new double[n];
        private final double[] lastFillRate = new double[n];
        private final double[] lastFillHazard = new double[n];
        private final double[][] growthTable = new double[growthSlotParam.length][months];
        private final double[] flowHazard = new double[flowParam.length];
        private final double[] poolMonthly = new double[roles.size()];
        private final double[] groupQualifiers = new double[groupTargets.length];
        private final double[] rowYield = new double[rowGroup.length];
        private final double[] out = new double[LINE_MEASURES.size() * n];

        private State() {}

        /** Starts a draw with these parameter values (indexed as registered). */
        public void reset(double[] p) {
            System.arraycopy(s0, 0, stock, 0, n);
            for (int i = 0; i < n; i++) {
                leaverHazard[i] = monthlyHazard(p[leaverParam[i]]);
                fillHazard[i] = monthlyHazard(p[fillParam[i]]);
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
            for (int r = 0; r < poolMonthly.length; r++)
                poolMonthly[r] = poolParam[r] < 0 ? -1 : p[poolParam[r]] / 12.0;
            for (int row = 0; row < rowYield.length; row++)
                rowYield[row] = p[rowCompletion[row]] * p[rowRetention[row]];
            for (int slot = 0; slot < growthSlotParam.length; slot++) {
                double g = p[growthSlotParam[slot]];
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
                o[STOCK * n + i] = s;
                o[EFFECTIVE * n + i] = s * (1 - sickness[i]) + bank[i] + agency[i];
                o[VACANCY * n + i] = vacancy[i];
                o[LEAVERS * n + i] = s * leaverHazard[i] * outScale[i];
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
            moveFlows(outScale);
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
                double total = lh + flowOut[i];
                outScaleNow[i] = total > 1 ? 1 / total : 1.0;
                double moved = agency[i] * a.agencyToBank[i];
                double movedFactor = Double.isNaN(a.movedBankCostFactor[i]) ? bankFactor[i] : a.movedBankCostFactor[i];
                double bankCostNow = bankCost[i] + moved * cost[i] * movedFactor;
                double agencyCostNow = agencyCost[i] * (1 - a.agencyToBank[i]);
                double unitCost = cost[i] * a.payFactor[i] + a.costAddPerFte[i];
                o[STOCK * n + i] = s;
                o[EFFECTIVE * n + i] = s * (1 - sickness[i] * a.sicknessFactor[i])
                        + (bank[i] + moved)
                        + (agency[i] - moved)
                        + a.rotatedFte[i];
                o[VACANCY * n + i] = vacancy[i];
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
                    else
                        fh = a.fillFactor[i] == 1.0
                                ? fillHazard[i]
                                : adjustedFillHazard(i, fillRate[i] * a.fillFactor[i]);
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

        /** Pipeline qualifiers arriving in month t, shared among their target lines. */
        private void addQualifiers(int t) {
            if (rowYield.length == 0) return;
            Arrays.fill(groupQualifiers, 0);
            for (int row = 0; row < rowYield.length; row++)
                groupQualifiers[rowGroup[row]] += rowCoefficient[row][t] * rowYield[row];
            for (int g = 0; g < groupTargets.length; g++) {
                if (groupQualifiers[g] > 0) share(groupQualifiers[g], groupTargets[g], QUALIFIERS);
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
                lastFillHazard[i] = monthlyHazard(rate);
            }
            return lastFillHazard[i];
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

        /** Month t's figures: block m (a {@link #LINE_MEASURES} index) at [m * lines + line]. */
        public double[] out() {
            return out;
        }

        public double stock(int i) {
            return stock[i];
        }
    }

    /** The monthly hazard that compounds to an annual rate: 1 - (1 - rate)^(1/12). */
    public static double monthlyHazard(double annualRate) {
        double r = Math.min(1.0, Math.max(0.0, annualRate));
        return -Math.expm1(Math.log1p(-r) / 12.0);
    }
}
