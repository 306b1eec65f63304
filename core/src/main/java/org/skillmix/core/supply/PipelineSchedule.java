package org.skillmix.core.supply;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillmix.core.demand.FinancialYear;
import org.skillmix.core.system.PipelineIntake;
import org.skillmix.core.uncertainty.ParameterGroup;
import org.skillmix.core.uncertainty.UncertainParameters;

/**
 * When the training pipeline's students qualify, and into which workforce lines: pipeline rows sharing a
 * role and place form a group whose qualifiers are shared among the lines of that role in that place (the
 * whole system for "ALL").
 *
 * <p>coefficient[row][t] is the intake of the row arriving in month t per unit of completion x local
 * retention: intake of financial year Y starts evenly over its 12 months and qualifies course_months later.
 * A year after the last listed repeats it; a gap repeats the year before it; years before the first listed
 * repeat the first (students already in training at the base month are a steady pipeline, not none).
 */
final class PipelineSchedule {
    /** Per row: its group, and the registered indices of its completion and retention parameters. */
    final int[] rowGroup, rowCompletion, rowRetention;
    /** Per group: the workforce lines its qualifiers are shared among. */
    final int[][] groupTargets;
    /** coefficient[row][t]. */
    final double[][] rowCoefficient;

    PipelineSchedule(
            List<PipelineIntake> pipeline,
            int[] lineRole,
            String[] linePlace,
            Map<String, Integer> roleIndex,
            YearMonth base,
            int months,
            UncertainParameters parameters) {
        int n = lineRole.length;
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
            rowCompletion[r] = parameters.add(name + " completion_rate", ParameterGroup.PIPELINE, row.completionRate());
            rowRetention[r] = parameters.add(name + " local_retention", ParameterGroup.PIPELINE, row.localRetention());
        }
        groupTargets = targets.toArray(int[][]::new);
        rowCoefficient = coefficients(pipeline, base, months);
    }

    int rows() {
        return rowGroup.length;
    }

    int groups() {
        return groupTargets.length;
    }

    private double[][] coefficients(List<PipelineIntake> pipeline, YearMonth base, int months) {
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
}
