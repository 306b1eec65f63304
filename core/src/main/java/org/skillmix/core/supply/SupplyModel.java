package org.skillmix.core.supply;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Flow;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.ParameterGroup;
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
 *     resolved organisation, then role, then sector, then ALL (1 if none); vacancy V = max(0, E - S), and
 *     staff above establishment max(0, S - E): the pipeline and moves may bring staff where no post is vacant.</li>
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
 * <li>leaver hazard and sickness moved by sustained pressure, staff-survey indicators and the season when the
 *     dataset gives them ({@link StaffExperienceEffect}); exactly the rates above when it does not.</li>
 * <li>effective FTE = S * (1 - sickness) + bank + agency, bank and agency held at baseline;
 *     monthly cost = (S * cost + bank * cost * bank_cost_factor + agency * cost * agency_cost_factor) / 12,
 *     factors resolved role then ALL, defaults 1.0 and 1.6.</li>
 * </ul>
 */
public final class SupplyModel {
    /** The line measures a month produces, in the order of {@link SupplyState#out()} blocks. */
    public static final List<Measure> LINE_MEASURES = List.of(
            Measure.STAFF_IN_POST_FTE,
            Measure.EFFECTIVE_FTE,
            Measure.VACANCY_FTE,
            Measure.LEAVERS_FTE,
            Measure.RECRUITS_FTE,
            Measure.QUALIFIERS_FTE,
            Measure.TRANSFERS_IN_FTE,
            Measure.TRANSFERS_OUT_FTE,
            Measure.PAY_COST_GBP,
            Measure.ABOVE_ESTABLISHMENT_FTE);

    public static final int STOCK = 0,
            EFFECTIVE = 1,
            VACANCY = 2,
            LEAVERS = 3,
            RECRUITS = 4,
            QUALIFIERS = 5,
            TRANSFERS_IN = 6,
            TRANSFERS_OUT = 7,
            PAY_COST = 8,
            ABOVE_ESTABLISHMENT = 9;
    public static final double DEFAULT_BANK_COST_FACTOR = 1.0;
    public static final double DEFAULT_AGENCY_COST_FACTOR = 1.6;

    final int months;
    final int n;
    private final List<WorkforceLine> lines;
    private final List<Organisation> organisations;
    private final List<Role> roles;
    final int[] lineOrg, lineRole, lineSector;
    private final String[] linePlace;
    final double[] s0, e0, bank, agency, sickness, cost;
    final int[] leaverParam, fillParam, bankFactorParam, agencyFactorParam;
    private final Map<Baseline, EstablishmentAndPools> baselines = new EnumMap<>(Baseline.class);
    private final Map<Baseline, List<String>> baselineProblems = new EnumMap<>(Baseline.class);
    final int[][] linesOfRole;
    final int[] flowParam;
    final double[] flowPayFactor;
    final int[][] flowFrom, flowTo;
    final PipelineSchedule pipeline;
    private final AssumptionParameters assumptions;
    final StaffExperienceEffect experience;

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
            Organisation org = organisations.get(index(orgIndex, w.orgCode(), "organisation"));
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
            if (i < firstLines) registerRates(i, parameters);
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
                    ParameterGroup.FLOWS,
                    flow.annualRate());
            double payFrom = model.role(flow.fromRole()).map(Role::annualPay).orElse(0.0);
            double payTo = model.role(flow.toRole()).map(Role::annualPay).orElse(0.0);
            flowPayFactor[f] = payFrom > 0 ? Math.max(0, 1 + flow.payElasticity() * (payTo - payFrom) / payFrom) : 1.0;
            flowFrom[f] = linesWhere(flow.fromSector().ordinal(), roleIndex.getOrDefault(flow.fromRole(), -1));
            flowTo[f] = linesWhere(flow.toSector().ordinal(), roleIndex.getOrDefault(flow.toRole(), -1));
        }

        pipeline = new PipelineSchedule(
                model.pipeline(), lineRole, linePlace, roleIndex, model.info().baseMonth(), months, parameters);

        assumptions = new AssumptionParameters(model.assumptions(), parameters);
        for (int i = firstLines; i < n; i++) registerRates(i, parameters);
        String[] orgOfLine = new String[n], roleOfLine = new String[n], sectorOfLine = new String[n];
        bankFactorParam = new int[n];
        agencyFactorParam = new int[n];
        for (int i = 0; i < n; i++) {
            orgOfLine[i] = organisations.get(lineOrg[i]).code();
            roleOfLine[i] = roles.get(lineRole[i]).code();
            sectorOfLine[i] = organisations.get(lineOrg[i]).sector().code();
            bankFactorParam[i] = assumptions.resolve(Assumption.Parameters.BANK_COST_FACTOR, roleOfLine[i], "ALL");
            agencyFactorParam[i] = assumptions.resolve(Assumption.Parameters.AGENCY_COST_FACTOR, roleOfLine[i], "ALL");
            for (int p : new int[] {bankFactorParam[i], agencyFactorParam[i]})
                if (p >= 0) parameters.group(p, ParameterGroup.COST_FACTORS);
        }
        experience = new StaffExperienceEffect(model, months, assumptions, parameters);
        String[] roleCodes = roles.stream().map(Role::code).toArray(String[]::new);
        for (Baseline b : Baseline.values()) {
            baselineProblems.put(b, b.problems(model));
            baselines.put(
                    b,
                    new EstablishmentAndPools(
                            assumptions,
                            parameters,
                            fillParam,
                            b.growthParameter(),
                            b.poolParameter(),
                            orgOfLine,
                            roleOfLine,
                            sectorOfLine,
                            roleCodes,
                            e0));
        }
        linesOfRole = new int[roles.size()][];
        for (int r = 0; r < roles.size(); r++) {
            final int rr = r;
            linesOfRole[r] =
                    IntStream.range(0, n).filter(i -> lineRole[i] == rr).toArray();
        }
    }

    private void registerRates(int i, UncertainParameters parameters) {
        WorkforceLine w = lines.get(i);
        String line = w.orgCode() + " " + w.roleCode();
        leaverParam[i] = parameters.add("leaver_rate " + line, ParameterGroup.LEAVER_RATE, w.leaverRate());
        fillParam[i] = parameters.add("fill_rate " + line, ParameterGroup.FILL_RATE, w.fillRate());
    }

    private static int index(Map<String, Integer> map, String code, String what) {
        Integer i = map.get(code);
        if (i == null) throw new IllegalArgumentException("workforce refers to unknown " + what + " " + code);
        return i;
    }

    private int[] linesWhere(int sector, int role) {
        return IntStream.range(0, n)
                .filter(i -> lineSector[i] == sector && lineRole[i] == role)
                .toArray();
    }

    /** How pressure and staff experience move leaving and sickness (off without their rows and tables). */
    public StaffExperienceEffect experience() {
        return experience;
    }

    /** The registered parameter of every assumption row, for rules outside supply (population error, say). */
    public AssumptionParameters assumptions() {
        return assumptions;
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

    /** The registered index of line i's annual leaver rate ({@link UncertainParameters}). */
    public int leaverParameter(int i) {
        return leaverParam[i];
    }

    /** The registered index of line i's annual vacancy fill rate. */
    public int fillParameter(int i) {
        return fillParam[i];
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

    /** A draw's working state in the funded-plan baseline; one per thread. */
    public SupplyState newState() {
        return newState(Baseline.FUNDED_PLAN);
    }

    /**
     * A draw's working state in a baseline; one per thread. {@link SupplyState#reset} for a draw, then step
     * month by month. A baseline the dataset cannot run ({@link Baseline#problems}) is refused.
     */
    public SupplyState newState(Baseline baseline) {
        requireRunnable(baseline);
        return new SupplyState(this, baselines.get(baseline));
    }

    /** Throws, naming what the dataset lacks, when it cannot run this baseline ({@link Baseline#problems}). */
    public void requireRunnable(Baseline baseline) {
        List<String> problems = baselineProblems.get(baseline);
        if (!problems.isEmpty()) throw baseline.refusal(problems);
    }

    /**
     * Every parameter's group in a baseline: the registered groups, with establishment growth and labour
     * pools as that baseline reads them (the other baseline's rows have none).
     */
    public void assignGroups(Baseline baseline, ParameterGroup[] groups) {
        for (EstablishmentAndPools b : baselines.values()) {
            for (int g : b.growthSlotParam) groups[g] = null;
            for (int p : b.poolParam) if (p >= 0) groups[p] = null;
        }
        baselines.get(baseline).assignGroups(groups);
    }

    /** The monthly hazard that compounds to an annual rate: 1 - (1 - rate)^(1/12). */
    public static double monthlyHazard(double annualRate) {
        double r = Math.min(1.0, Math.max(0.0, annualRate));
        return -Math.expm1(Math.log1p(-r) / 12.0);
    }
}
