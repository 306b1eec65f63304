package org.skillmix.data.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Series;
import org.skillmix.data.export.ProjectionYear;

/** The report's tables of results: headline, gaps at year ends, workforce by role, cost by sector. */
final class ResultTables {
    private static final String ALL = SeriesTotals.ALL;

    private final SeriesTotals totals;
    private final Names names;
    private final Figures figures;
    private final List<ProjectionYear> years;
    private final List<ProjectionYear> milestones;

    ResultTables(SeriesTotals totals, Names names, Figures figures, List<ProjectionYear> years) {
        this.totals = totals;
        this.names = names;
        this.figures = figures;
        this.years = years;
        this.milestones = ProjectionYear.milestones(years);
    }

    /** Total demand, supply and gap at the end of year 1, year 5 and the last year, with P10–P90. */
    String headline() {
        List<ProjectionYear> shown = headlineYears();
        HtmlTable table = new HtmlTable(
                "System totals at the end of year 1, year 5 and the last year (FTE; mean, with the P10–P90 range where the run has draws)");
        List<String> columns = new ArrayList<>(List.of("Measure"));
        shown.forEach(y -> columns.add(y.label()));
        table.columns(columns.toArray(String[]::new));
        Map<String, Measure> rows = new LinkedHashMap<>();
        rows.put("Demand", Measure.DEMAND_FTE);
        rows.put("Supply", Measure.SUPPLY_FTE);
        rows.put("Gap (demand − supply)", Measure.GAP_FTE);
        rows.forEach((label, measure) -> {
            Series series = totals.capability(measure, ALL, ALL, ALL);
            List<String> cells = new ArrayList<>();
            for (ProjectionYear year : shown) {
                int m = year.lastIndex();
                if (series == null) {
                    cells.add(HtmlTable.number(Figures.NONE, null));
                    continue;
                }
                String html = Html.escape(figures.fte(series.mean()[m]));
                if (series.hasQuantiles()) {
                    html += "<span class=\"range\">P10–P90 " + Html.escape(figures.fte(series.p10()[m])) + "–"
                            + Html.escape(figures.fte(series.p90()[m])) + "</span>";
                }
                cells.add(HtmlTable.markup(
                        html, measure == Measure.GAP_FTE ? "num " + signClass(series.mean()[m]) : "num"));
            }
            table.row(label, cells);
        });
        return table.html();
    }

    List<ProjectionYear> headlineYears() {
        List<ProjectionYear> shown = new ArrayList<>();
        for (ProjectionYear year : years) {
            if (year.number() == 1 || year.number() == 5 || year.number() == years.size()) shown.add(year);
        }
        return shown;
    }

    String gapByCapability(List<String> capabilities) {
        HtmlTable table = yearTable(
                "Gap by capability at year ends (FTE, mean; positive = shortfall, negative = surplus)", "Capability");
        for (String capability : capabilities) {
            Series gap = totals.capability(Measure.GAP_FTE, capability, ALL, ALL);
            if (gap != null) table.row(names.capability(capability), gapCells(gap));
        }
        Series all = totals.capability(Measure.GAP_FTE, ALL, ALL, ALL);
        if (all != null) table.total("All capabilities", gapCells(all));
        return table.isEmpty() ? "" : table.html();
    }

    String gapByPlace(List<String> places) {
        HtmlTable table =
                yearTable("Gap by place at year ends (FTE, mean; positive = shortfall, negative = surplus)", "Place");
        for (String place : places) {
            Series gap = totals.capability(Measure.GAP_FTE, ALL, ALL, place);
            if (gap != null) table.row(names.place(place), gapCells(gap));
        }
        Series all = totals.capability(Measure.GAP_FTE, ALL, ALL, ALL);
        if (all != null) table.total("Whole system", gapCells(all));
        return table.isEmpty() ? "" : table.html();
    }

    /** Staff in post and vacancies at each year end; leavers and recruits over the year. */
    String workforceByRole(List<String> roles) {
        HtmlTable table = new HtmlTable(
                "Workforce by role (FTE, mean): staff in post and vacancies at the year end; leavers and recruits during the year");
        table.groups(1, 4, milestones.stream().map(ProjectionYear::label).toList());
        List<String> columns = new ArrayList<>(List.of("Role"));
        for (int i = 0; i < milestones.size(); i++)
            columns.addAll(List.of("In post", "Vacancies", "Leavers", "Recruits"));
        table.columns(columns.toArray(String[]::new));
        for (String role : roles) {
            List<String> cells = workforceCells(role);
            if (cells != null) table.row(names.role(role), cells);
        }
        List<String> all = workforceCells(ALL);
        if (all != null) table.total("All roles", all);
        return table.isEmpty() ? "" : table.html();
    }

    private List<String> workforceCells(String role) {
        Series inPost = totals.role(Measure.STAFF_IN_POST_FTE, role, ALL, ALL, ALL);
        Series vacancies = totals.role(Measure.VACANCY_FTE, role, ALL, ALL, ALL);
        Series leavers = totals.role(Measure.LEAVERS_FTE, role, ALL, ALL, ALL);
        Series recruits = totals.role(Measure.RECRUITS_FTE, role, ALL, ALL, ALL);
        if (inPost == null && vacancies == null && leavers == null && recruits == null) return null;
        List<String> cells = new ArrayList<>();
        for (ProjectionYear year : milestones) {
            cells.add(HtmlTable.number(figures.fte(SeriesTotals.atYearEnd(inPost, year)), null));
            cells.add(HtmlTable.number(figures.fte(SeriesTotals.atYearEnd(vacancies, year)), null));
            cells.add(HtmlTable.number(figures.fte(SeriesTotals.yearTotal(leavers, year)), null));
            cells.add(HtmlTable.number(figures.fte(SeriesTotals.yearTotal(recruits, year)), null));
        }
        return cells;
    }

    /**
     * Staff above establishment at each year end, for the roles that have any: vacancies stop at 0, so without this
     * a pipeline that trains more than the posts funded would not show. Empty when no role goes above.
     */
    String aboveEstablishment(List<String> roles) {
        HtmlTable table = yearTable(
                "Staff in post above the funded establishment at year ends (FTE, mean), by role: staff the pipeline, moves"
                        + " between roles or an intervention brought where no post was vacant, or posts cut faster than"
                        + " staff leave",
                "Role");
        for (String role : roles) {
            Series above = totals.role(Measure.ABOVE_ESTABLISHMENT_FTE, role, ALL, ALL, ALL);
            if (above == null) continue;
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (ProjectionYear year : milestones) {
                double v = SeriesTotals.atYearEnd(above, year);
                any |= v >= 0.05;
                cells.add(HtmlTable.number(figures.fte(v), null));
            }
            if (any) table.row(names.role(role), cells);
        }
        if (table.isEmpty()) return "";
        return table.html()
                + "<p>A role can have vacancies in some organisations and staff above establishment in others: the"
                + " totals above keep both (in post + vacancies − above establishment = establishment).</p>\n";
    }

    /** Pay cost (substantive, bank and agency) summed over each year. */
    String costBySector(List<String> sectors) {
        HtmlTable table = yearTable(
                "Staff cost by sector for each year (GBP millions, mean; substantive, bank and agency pay with on-costs)",
                "Sector");
        for (String sector : sectors) {
            Series cost = totals.role(Measure.PAY_COST_GBP, ALL, sector, ALL, ALL);
            if (cost != null) table.row(Names.sector(sector), costCells(cost));
        }
        Series all = totals.role(Measure.PAY_COST_GBP, ALL, ALL, ALL, ALL);
        if (all != null) table.total("Whole system", costCells(all));
        return table.isEmpty() ? "" : table.html();
    }

    private HtmlTable yearTable(String caption, String firstColumn) {
        List<String> columns = new ArrayList<>(List.of(firstColumn));
        milestones.forEach(y -> columns.add(y.label()));
        return new HtmlTable(caption).columns(columns.toArray(String[]::new));
    }

    private List<String> gapCells(Series gap) {
        List<String> cells = new ArrayList<>();
        for (ProjectionYear year : milestones) {
            double v = SeriesTotals.atYearEnd(gap, year);
            cells.add(HtmlTable.number(figures.fte(v), signClass(v)));
        }
        return cells;
    }

    private List<String> costCells(Series cost) {
        List<String> cells = new ArrayList<>();
        for (ProjectionYear year : milestones)
            cells.add(HtmlTable.number(figures.millions(SeriesTotals.yearTotal(cost, year)), null));
        return cells;
    }

    /** Shortfall red, surplus blue, as in the heatmap; text carries the sign too, so colour is not the only cue. */
    static String signClass(double gap) {
        if (!Double.isFinite(gap) || Math.abs(gap) < 0.05) return "level";
        return gap > 0 ? "short" : "surplus";
    }
}
