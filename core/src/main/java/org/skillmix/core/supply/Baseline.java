package org.skillmix.core.supply;

import static org.skillmix.core.system.Assumption.Parameters.ESTABLISHMENT_GROWTH;
import static org.skillmix.core.system.Assumption.Parameters.LABOUR_POOL_ANNUAL;
import static org.skillmix.core.system.Assumption.Parameters.TREND_ESTABLISHMENT_GROWTH;
import static org.skillmix.core.system.Assumption.Parameters.TREND_LABOUR_POOL_ANNUAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;

/**
 * What supply is projected against when nothing is changed: the two named baselines of a projection.
 *
 * <ul>
 * <li>FUNDED_PLAN: the establishment as given (fte_in_post + vacancy_fte), growing by
 *     {@code establishment_growth}, recruits capped by {@code labour_pool_annual}.</li>
 * <li>CURRENT_TRENDS: the same workforce with the establishment growing at the rate the published history
 *     shows ({@code trend_establishment_growth}, by sector or role) and recruits capped at the historical
 *     intake ({@code trend_labour_pool_annual}): where the system is heading if recent years continue.</li>
 * </ul>
 *
 * Everything else (demand, leaver and fill rates, pipeline, flows) is the same in both. A dataset without
 * the trend rows cannot run current trends: {@link #problems} says what is missing, and nothing falls back
 * to the funded plan's rows silently.
 */
public enum Baseline {
    FUNDED_PLAN(
            "funded-plan",
            "Funded plan",
            "establishment as given, growing by establishment_growth; recruits capped by labour_pool_annual",
            ESTABLISHMENT_GROWTH,
            LABOUR_POOL_ANNUAL),
    CURRENT_TRENDS(
            "current-trends",
            "Current trends",
            "establishment growing as in the published history (trend_establishment_growth); recruits capped by"
                    + " the historical intake (trend_labour_pool_annual)",
            TREND_ESTABLISHMENT_GROWTH,
            TREND_LABOUR_POOL_ANNUAL);

    private final String code;
    private final String label;
    private final String description;
    private final String growthParameter;
    private final String poolParameter;

    Baseline(String code, String label, String description, String growthParameter, String poolParameter) {
        this.code = code;
        this.label = label;
        this.description = description;
        this.growthParameter = growthParameter;
        this.poolParameter = poolParameter;
    }

    /** The code the command line, the web form and run.json use: funded-plan or current-trends. */
    public String code() {
        return code;
    }

    /** The name a reader sees: "Funded plan". */
    public String label() {
        return label;
    }

    /** One sentence: what the baseline holds. */
    public String description() {
        return description;
    }

    /** The assumption that grows the establishment in this baseline. */
    public String growthParameter() {
        return growthParameter;
    }

    /** The assumption that caps a role's recruits in this baseline. */
    public String poolParameter() {
        return poolParameter;
    }

    /** The baseline with this code; an error naming the codes there are otherwise. */
    public static Baseline ofCode(String code) {
        for (Baseline b : values()) if (b.code.equals(code.trim().toLowerCase(Locale.ROOT))) return b;
        throw new IllegalArgumentException("no baseline '" + code + "'; choose "
                + String.join(
                        " or ", Arrays.stream(values()).map(Baseline::code).toList()));
    }

    /**
     * What the dataset lacks to run this baseline, one sentence each; empty when it can run. The funded plan
     * always can (no growth row means flat posts, no pool row means no cap, as documented). Current trends
     * needs a trend_establishment_growth row reaching every workforce line (by its organisation, its role, its
     * sector or ALL),
     * and a trend_labour_pool_annual row for every role the funded plan caps: a role left uncapped only in
     * current trends would be a silent change of assumption, not a trend.
     */
    public List<String> problems(SystemModel model) {
        if (this == FUNDED_PLAN) return List.of();
        List<String> problems = new ArrayList<>();
        List<Assumption> rows = model.assumptions();
        if (rows.stream().noneMatch(a -> a.parameter().equals(growthParameter))) {
            problems.add("assumptions.csv has no " + growthParameter + " row: the current-trends baseline grows"
                    + " the establishment at the rate the published history shows (trust FTE June 2018 to"
                    + " 2024/25), by sector, role or ALL; add the rows (docs/method.md, Baselines) or run the"
                    + " funded-plan baseline");
        } else {
            Map<String, TreeSet<String>> uncovered = new TreeMap<>();
            for (WorkforceLine w : model.workforce()) {
                Organisation org = model.organisation(w.orgCode()).orElse(null);
                String sector = org == null ? "?" : org.sector().code();
                if (!has(rows, growthParameter, w.orgCode())
                        && !has(rows, growthParameter, w.roleCode())
                        && !has(rows, growthParameter, sector)
                        && !has(rows, growthParameter, "ALL"))
                    uncovered.computeIfAbsent(sector, s -> new TreeSet<>()).add(w.roleCode());
            }
            uncovered.forEach((sector, roles) -> problems.add("assumptions.csv has no " + growthParameter
                    + " row for sector " + sector + " (roles " + String.join(", ", roles)
                    + "), nor for their organisations, those roles or ALL: the current-trends baseline needs a"
                    + " historical growth for every line's establishment"));
        }
        List<String> uncapped = new ArrayList<>();
        for (Role role : model.roles()) {
            boolean capped = has(rows, LABOUR_POOL_ANNUAL, role.code()) || has(rows, LABOUR_POOL_ANNUAL, "ALL");
            boolean trendCapped = has(rows, poolParameter, role.code()) || has(rows, poolParameter, "ALL");
            if (capped && !trendCapped) uncapped.add(role.code());
        }
        if (!uncapped.isEmpty()) {
            problems.add("assumptions.csv caps the recruits of " + String.join(", ", uncapped) + " with "
                    + LABOUR_POOL_ANNUAL + " but has no " + poolParameter + " row for "
                    + (uncapped.size() == 1 ? "it" : "them")
                    + ": the current-trends baseline would leave them uncapped; add the historical intake"
                    + " (docs/method.md, Baselines) or run the funded-plan baseline");
        }
        return problems;
    }

    /** Throws with every problem when the dataset cannot run this baseline. */
    public void requireRunnable(SystemModel model) {
        List<String> problems = problems(model);
        if (!problems.isEmpty()) throw refusal(problems);
    }

    /** The error a run of this baseline fails with, naming every problem. */
    IllegalArgumentException refusal(List<String> problems) {
        return new IllegalArgumentException(
                "the " + label.toLowerCase(Locale.ROOT) + " baseline cannot run: " + String.join("; ", problems));
    }

    private static boolean has(List<Assumption> rows, String parameter, String scope) {
        return rows.stream()
                .anyMatch(a -> a.parameter().equals(parameter) && a.scope().equals(scope));
    }
}
