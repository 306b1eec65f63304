package org.skillmix.data.boardpack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.measure.GapMeasure;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.data.report.AssumptionTables;
import org.skillmix.data.report.Figures;
import org.skillmix.data.report.MetricsReport;
import org.skillmix.data.report.Names;
import org.skillmix.data.report.Templates;

/**
 * The board pack as one XHTML page (template {@code board-pack.html}): page one "What we should do" in plain
 * words, then the supporting charts and tables, the CQC evidence, the assumptions with their sources and the
 * glossary that defines each gap measure once ({@link GapMeasure}). The same markup is the HTML file and, through
 * {@link BoardPackPdf}, the PDF.
 */
public final class BoardPackPage {
    private final BoardPack pack;
    private final Figures f = new Figures();
    private final Ranges ranges;
    private final Names names;
    private final PackYears packYears;

    private final Predicate<SeriesKey> hidden;

    public BoardPackPage(BoardPack pack) {
        this(pack, key -> false);
    }

    /**
     * @param hidden whether a reader may not see a total (small-number suppression for an organisation lead): the
     *               shortfall by capability and by place is keyed as unmet_fte of that capability or place
     */
    public BoardPackPage(BoardPack pack, Predicate<SeriesKey> hidden) {
        this.pack = pack;
        this.names = new Names(pack.system());
        this.ranges = Ranges.of(pack);
        this.packYears = PackYears.of(pack);
        this.hidden = hidden;
    }

    /** How a suppressed figure is marked, as ONS statistics mark confidential cells (and the web pages do). */
    static final String SUPPRESSED = "[c]";

    public record KeyFigure(String label, String value, String range, String note) {}

    public record YearRow(String year, String netGap, String shortfall, String averageShortfall, String recommended) {}

    public record Binding(String name, String shortfall, String range) {}

    /** An intervention as the pack's tables show it: its name (the kind in plain words when it has none), its code. */
    public record Funded(String name, String code, String kind, String scale, String start, String source) {}

    public String render(List<CqcEvidence.Statement> cqc) {
        Map<String, Object> v = new LinkedHashMap<>();
        var info = pack.system().info();
        ScenarioComparison.Result cmp = pack.comparison();
        List<Integer> years = cmp.years();
        int lastYear = years.get(years.size() - 1);
        ScenarioComparison.YearRow base = pack.lastYear(Scenario.BASELINE);
        v.put("title", "Workforce board pack: " + info.name());
        v.put("system", info.name());
        v.put(
                "subtitle",
                String.format(
                        Locale.UK,
                        "%d years from %s, %s baseline, %s, seed %d",
                        pack.settings().years(),
                        ProjectionYear.monthLabel(info.baseMonth()),
                        pack.settings().baseline().label().toLowerCase(Locale.ROOT),
                        pack.hasDraws()
                                ? pack.settings().draws() + " draws"
                                : "one run at the most likely values (no draws)",
                        pack.settings().seed()));
        v.put(
                "description",
                "What the workforce of " + info.name() + " needs: the gap, the recommended portfolio, CQC evidence");
        v.put(
                "figuresCaption",
                "The figures for " + packYears.of(lastYear)
                        + (pack.hasDraws()
                                ? ": the mean over the draws, and P10 to P90, the range of the middle 80% of draws"
                                : ": one run with every assumption at its most likely value, so no range (the run had"
                                        + " no draws)"));
        v.put("drawn", pack.hasDraws());
        v.put("lead", lead(base, lastYear));
        v.put("figures", keyFigures(base, lastYear));
        v.put("funded", funded());
        ChoiceChecks checks = new ChoiceChecks(pack);
        v.put("checks", checks.rows());
        v.put("checksCaption", checks.caption());
        v.put("hasRecommendation", pack.hasRecommendation());
        v.put("noRecommendation", noRecommendation());
        v.put("budget", BudgetLine.of(pack, packYears.of(lastYear)));
        v.put("risks", Risks.of(pack, lastYear));
        v.put("bindingCapabilities", binding("capability", lastYear));
        v.put("bindingPlaces", binding("place", lastYear));
        v.put("bindingYear", packYears.of(lastYear));
        v.put("yearKind", packYears.kind());
        v.put("endMonth", packYears.monthName());
        v.put("inequalities", PackInequalities.html(pack, hidden));
        v.put("metrics", MetricsReport.headlineTables(pack.system().systemMetrics()));
        v.put("years", yearRows());
        v.put("fanChart", fanChart());
        v.put("barChart", barChart());
        v.put("glossary", Glossary.terms(pack.system()));
        v.put("reconcile", Glossary.reconcile(pack, lastYear));
        AssumptionTables assumptions = new AssumptionTables(pack.system(), names, f);
        v.put("assumptionServices", assumptions.services());
        v.put(
                "assumptionWorkforce",
                assumptions.workforceByRole(role -> hidden.test(new SeriesKey(
                        Measure.STAFF_IN_POST_FTE, SeriesKey.ALL, role, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL))));
        v.put("assumptionOther", assumptions.assumptions());
        v.put("interventionSources", interventionSources());
        v.put("bedDaysBasis", BedDays.basis(pack));
        v.put("cqc", cqc);
        v.put("run", runFacts());
        return Templates.render("board-pack", v);
    }

    private List<String> lead(ScenarioComparison.YearRow base, int lastYear) {
        List<String> lead = new ArrayList<>();
        List<Figure> shortfalls = new ArrayList<>();
        for (int y : pack.comparison().years())
            shortfalls.add(pack.comparison().summary(Scenario.BASELINE, y).targetGap());
        int peak = 0;
        for (int i = 1; i < shortfalls.size(); i++)
            if (shortfalls.get(i).mean() > shortfalls.get(peak).mean()) peak = i;
        int peakYear = pack.comparison().years().get(peak);
        lead.add(String.format(
                Locale.UK,
                "Without action, %s is short of %s FTE on average over %s (%s): the %s, against %s FTE in %s. %s",
                pack.system().info().name(),
                f.whole(base.targetGap().mean()),
                packYears.of(lastYear),
                ranges.fte(base.targetGap(), " FTE"),
                GapMeasure.AVERAGE_SHORTFALL.label(),
                f.whole(shortfalls.get(0).mean()),
                packYears.inText(0),
                peak == shortfalls.size() - 1
                        ? "It grows to the last year projected."
                        : "It is largest in " + packYears.of(peakYear) + " at "
                                + f.whole(shortfalls.get(peak).mean()) + " FTE."));
        List<Binding> caps = binding("capability", lastYear), places = binding("place", lastYear);
        if (!caps.isEmpty() && !places.isEmpty())
            lead.add("It binds most in " + joinNames(caps) + " and, by place, in " + joinNames(places) + ".");
        if (pack.hasRecommendation()) {
            ScenarioComparison.YearRow rec = pack.lastYear(BoardPack.RECOMMENDED);
            lead.add(String.format(
                    Locale.UK,
                    "We should fund the %d interventions below. In %s they close %s FTE of the shortfall%s for a"
                            + " programme cost of %s a year and a change in the pay bill of %s a year%s.",
                    pack.recommended().size(),
                    packYears.of(lastYear),
                    f.whole(rec.targetGapClosed().mean()),
                    ranges.bracketed(rec.targetGapClosed(), ""),
                    f.millions(rec.programmeCostGbp()),
                    f.millions(rec.payCostChange().mean()),
                    ranges.bracketedMoney(rec.payCostChange())));
            long starters = pack.recommended().stream()
                    .filter(Intervention::starterOption)
                    .count();
            if (starters > 0)
                lead.add(String.format(
                        Locale.UK,
                        "%d of them are the starter options Skillmix writes for every imported ICB, sized on its staff"
                                + " and residents from national defaults, not options the partners have costed:"
                                + " replace them with the partners' own before this goes to a board.",
                        starters));
            if (!pack.checks().isEmpty()) lead.add(new ChoiceChecks(pack).summary());
        }
        return lead;
    }

    private static String joinNames(List<Binding> list) {
        List<String> parts = new ArrayList<>();
        for (Binding b : list.subList(0, Math.min(3, list.size())))
            parts.add(b.name() + " (" + b.shortfall() + " FTE)");
        return String.join(", ", parts);
    }

    private List<KeyFigure> keyFigures(ScenarioComparison.YearRow base, int lastYear) {
        List<KeyFigure> out = new ArrayList<>();
        out.add(new KeyFigure(
                GapMeasure.AVERAGE_SHORTFALL.title() + ", baseline",
                f.whole(base.targetGap().mean()) + " FTE",
                ranges.fte(base.targetGap(), " FTE"),
                ""));
        if (!pack.hasRecommendation()) return out;
        ScenarioComparison.YearRow rec = pack.lastYear(BoardPack.RECOMMENDED);
        out.add(new KeyFigure(
                GapMeasure.AVERAGE_SHORTFALL.title() + ", with the portfolio",
                f.whole(rec.targetGap().mean()) + " FTE",
                ranges.fte(rec.targetGap(), " FTE"),
                ""));
        out.add(new KeyFigure(
                "FTE closed",
                f.whole(rec.targetGapClosed().mean()) + " FTE",
                ranges.fte(rec.targetGapClosed(), " FTE"),
                "the baseline's shortfall less the portfolio's" + (pack.hasDraws() ? ", draw by draw" : "")));
        out.add(new KeyFigure(
                "Programme cost",
                f.millions(rec.programmeCostGbp()) + " a year",
                "no range: fixed by the interventions' stated costs",
                "GBP a year, the interventions' own costs"));
        out.add(new KeyFigure(
                "Change in the pay bill",
                f.millions(rec.payCostChange().mean()) + " a year",
                ranges.money(rec.payCostChange()),
                "GBP a year: staff retained and added, uplifts and premiums, less bank and agency saved"));
        rec.discharge().ifPresent(d -> {
            var beds = d.benefit().bedDaysSavedPerYear();
            out.add(new KeyFigure(
                    "Acute bed days saved by faster discharge",
                    f.whole(beds.mean()) + " bed days a year",
                    "P10 " + f.whole(beds.p10()) + " to P90 " + f.whole(beds.p90()),
                    "from " + f.fte(d.extraCareWorkerFte()) + " extra care worker FTE. " + BedDays.why(d)));
        });
        // A run without draws has no chance to state: its 0% or 100% would only say which side of the target it fell.
        if (!pack.hasDraws()) return out;
        out.add(new KeyFigure(
                "Chance the average shortfall is below "
                        + f.whole(pack.settings().targetFte()) + " FTE in " + packYears.of(lastYear),
                f.share(rec.probabilityBelowTarget()),
                "",
                ranges.targetHint(rec)));
        return out;
    }

    private List<Funded> funded() {
        List<Funded> out = new ArrayList<>();
        for (Intervention iv : pack.recommended()) {
            out.add(new Funded(
                    iv.shownName(),
                    iv.code(),
                    iv.kind().code().replace('_', ' '),
                    ScaleWords.of(iv),
                    ProjectionYear.monthLabel(iv.start()),
                    iv.source() == null ? "" : iv.source()));
        }
        return out;
    }

    private String noRecommendation() {
        if (pack.candidates().isEmpty())
            return "The dataset has no interventions (interventions.csv), so there is nothing to choose from and no"
                    + " portfolio to recommend. Add the options the partners would fund (docs/interventions.md) and make"
                    + " the pack again.";
        return "Within the budget no intervention closes enough of the shortfall to be funded.";
    }

    private List<Binding> binding(String dimension, int year) {
        List<Binding> out = new ArrayList<>();
        List<ScenarioComparison.GapRow> rows = pack.comparison().gaps().stream()
                .filter(r -> r.scenario().equals(Scenario.BASELINE)
                        && r.year() == year
                        && r.dimension().equals(dimension))
                .sorted(Comparator.comparingDouble(r -> -r.gap().mean()))
                .limit(5)
                .toList();
        for (ScenarioComparison.GapRow r : rows) {
            if (r.gap().mean() < 0.5) continue;
            boolean place = dimension.equals("place");
            String name = place ? names.place(r.code()) : names.capability(r.code());
            SeriesKey key = new SeriesKey(
                    Measure.UNMET_FTE,
                    place ? SeriesKey.ALL : r.code(),
                    SeriesKey.ALL,
                    SeriesKey.ALL,
                    SeriesKey.ALL,
                    place ? r.code() : SeriesKey.ALL);
            if (hidden.test(key)) {
                out.add(new Binding(name + " (" + r.code() + ")", SUPPRESSED, "not shown: small numbers"));
                continue;
            }
            out.add(new Binding(name + " (" + r.code() + ")", f.whole(r.gap().mean()), ranges.fte(r.gap(), "")));
        }
        return out;
    }

    private List<YearRow> yearRows() {
        List<YearRow> out = new ArrayList<>();
        List<ProjectionYear> years = ProjectionYear.of(pack.projection().months());
        Series net = system(Measure.GAP_FTE), unmet = system(Measure.UNMET_FTE);
        for (int i = 0; i < years.size() && i < pack.comparison().years().size(); i++) {
            int y = pack.comparison().years().get(i);
            int m = years.get(i).lastIndex();
            Figure base = pack.comparison().summary(Scenario.BASELINE, y).targetGap();
            String rec = pack.hasRecommendation()
                    ? f.whole(pack.comparison()
                            .summary(BoardPack.RECOMMENDED, y)
                            .targetGap()
                            .mean())
                    : Figures.NONE;
            out.add(new YearRow(packYears.row(i), ranges.cell(net, m), ranges.cell(unmet, m), ranges.cell(base), rec));
        }
        return out;
    }

    private Series system(Measure measure) {
        return pack.projection()
                .series(new SeriesKey(
                        measure, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL))
                .orElse(null);
    }

    private String fanChart() {
        Series demand = system(Measure.DEMAND_FTE), supply = system(Measure.SUPPLY_FTE);
        if (demand == null || supply == null) return "";
        List<String> labels = axisLabels();
        return SvgCharts.fan(
                "Demand and supply of the whole system by month, FTE: "
                        + (pack.hasDraws() ? "median line, P10 to P90 band" : "one run, no range"),
                labels,
                demand,
                supply);
    }

    private String barChart() {
        List<String> labels = axisLabels();
        List<Figure> base = new ArrayList<>(), rec = new ArrayList<>();
        for (int y : pack.comparison().years()) {
            base.add(pack.comparison().summary(Scenario.BASELINE, y).targetGap());
            if (pack.hasRecommendation())
                rec.add(pack.comparison().summary(BoardPack.RECOMMENDED, y).targetGap());
        }
        return SvgCharts.yearBars(
                "Average shortfall over each " + packYears.kind() + ", FTE: "
                        + (pack.hasDraws() ? "bar the mean, whisker P10 to P90" : "one run, no range"),
                labels,
                base,
                pack.hasRecommendation() ? rec : null);
    }

    private List<String> axisLabels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < pack.comparison().years().size(); i++) labels.add(packYears.axis(i));
        return labels;
    }

    private List<Funded> interventionSources() {
        List<Funded> out = new ArrayList<>();
        for (Intervention iv : pack.candidates()) {
            out.add(new Funded(
                    iv.shownName(),
                    iv.code(),
                    iv.kind().code().replace('_', ' '),
                    ScaleWords.of(iv),
                    ProjectionYear.monthLabel(iv.start()),
                    iv.source() == null || iv.source().isBlank() ? "not stated" : iv.source()));
        }
        return out;
    }

    private List<KeyFigure> runFacts() {
        var info = pack.system().info();
        var s = pack.settings();
        List<KeyFigure> out = new ArrayList<>();
        out.add(new KeyFigure("ICB", info.icbOdsCode() + " (" + info.icbOnsCode() + ")", "", ""));
        out.add(new KeyFigure("Base month", ProjectionYear.monthLabel(info.baseMonth()), "", ""));
        out.add(new KeyFigure(
                "Draws",
                s.draws() == 0
                        ? "0: one run at the most likely values, so no ranges"
                        : s.draws() + " (each intervention's own range: " + s.marginalDraws()
                                + "; the portfolio is chosen on one run at the most likely values)",
                "",
                ""));
        out.add(new KeyFigure("Seed", Long.toString(s.seed()), "", ""));
        out.add(new KeyFigure(
                "Baseline", s.baseline().label() + ": " + s.baseline().description(), "", ""));
        out.add(new KeyFigure("Skillmix version", org.skillmix.data.export.SkillmixVersion.current(), "", ""));
        return out;
    }
}
