package org.skillmix.data.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.skillmix.core.bank.BankPlan;

/**
 * The collaborative bank's page (bank.html, template {@code bank.html}): spend with the cap against without it,
 * and the fill rate by organisation and week as a heatmap. Self-contained (ECharts inlined).
 */
public final class BankReport {

    /**
     * The charts' data: week labels, organisation codes, the heatmap's cells ([week index, organisation index, %
     * of the posted hours the bank filled]) and the spend with the cap and without it (GBP).
     */
    record Data(List<String> weeks, List<String> orgs, List<List<Number>> cells, List<BigDecimal> spend) {}

    /**
     * Renders an empty plan's page on a background thread, so that the command's real render finds Thymeleaf,
     * Jackson and the template loaded while it reads the files (docs/performance.md, "Fixed costs of a run").
     */
    public static void warmUpInBackground() {
        WarmUp.inBackground("bank-page-warm-up", BankReport::warmUpPage);
    }

    /** The warm-up's page: an empty plan's. */
    static String warmUpPage() {
        return new BankReport().html("", new BankPlan(List.of(), List.of()), "");
    }

    public String html(String title, BankPlan plan, String text) {
        Map<String, Object> v = new HashMap<>();
        v.put("title", title);
        v.put("text", text);
        v.put("data", ChartFigures.json(data(plan)));
        v.put("echarts", Html.scriptSafeCode(Templates.resource("echarts.min.js")));
        v.put("bankJs", Html.scriptSafeCode(Templates.resource("bank.js")));
        return Templates.render("bank", v);
    }

    static Data data(BankPlan plan) {
        TreeSet<Integer> weeks = new TreeSet<>();
        Map<String, Map<Integer, double[]>> byOrg = new TreeMap<>();
        for (BankPlan.Cover c : plan.covers()) {
            weeks.add(c.shift().week());
            double[] v = byOrg.computeIfAbsent(c.shift().orgCode(), o -> new TreeMap<>())
                    .computeIfAbsent(c.shift().week(), w -> new double[2]);
            v[0] += c.shift().hours();
            v[1] += c.bankHours();
        }
        List<Integer> weekList = List.copyOf(weeks);
        List<String> orgs = List.copyOf(byOrg.keySet());
        List<List<Number>> cells = new ArrayList<>();
        for (int o = 0; o < orgs.size(); o++) {
            for (Map.Entry<Integer, double[]> e : byOrg.get(orgs.get(o)).entrySet()) {
                double[] hours = e.getValue();
                cells.add(Arrays.asList(
                        weekList.indexOf(e.getKey()), o, ChartFigures.rounded(100 * hours[1] / hours[0], 1)));
            }
        }
        return new Data(
                weekList.stream().map(w -> "W" + w).toList(),
                orgs,
                cells,
                Arrays.asList(
                        ChartFigures.rounded(plan.spendCapped(), 0), ChartFigures.rounded(plan.spendUncapped(), 0)));
    }
}
