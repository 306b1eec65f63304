package org.skillmix.data.report;

import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.explain.BaseGap;

/** The report's "Why there is a gap today" section: the base month's gap by sector and its parts. */
final class BaseGapSection {
    private final Figures figures;

    BaseGapSection(Figures figures) {
        this.figures = figures;
    }

    String html(BaseGap gap) {
        StringBuilder out = new StringBuilder("<p>The gap in the base month, ")
                .append(Html.escape(org.skillmix.data.export.ProjectionYear.monthLabel(gap.month())))
                .append(" (demand − supply, FTE, every assumption at its most likely value), by sector, cut into the"
                        + " parts it is made of: the demand norms above the funded establishment (both for the"
                        + " year's mean day), the base month's season, the uplift for need not met today, vacant posts, staff time lost to sickness, bank and agency"
                        + " cover (which reduces the gap) and staff time the skill mix cannot put on the"
                        + " capabilities demanded. The parts add up to the gap (docs/method.md).</p>\n");
        HtmlTable table = new HtmlTable("Base-month gap by sector and its parts (FTE; positive = shortfall)");
        List<String> columns = new ArrayList<>(List.of("Sector", "Demand", "Establishment", "Supply", "Gap"));
        columns.addAll(BaseGap.PARTS);
        table.columns(columns.toArray(String[]::new));
        for (BaseGap.Row row : gap.sectors()) table.row(Names.sector(row.sector()), cells(row));
        table.total("Whole system", cells(gap.total()));
        out.append(table.html());
        for (String note : BaseGapNotes.of(gap, figures, Names::sector))
            out.append("<p>").append(Html.escape(note)).append("</p>\n");
        return out.toString();
    }

    private List<String> cells(BaseGap.Row row) {
        List<String> cells = new ArrayList<>();
        for (double v : new double[] {row.demandFte(), row.establishmentFte(), row.supplyFte()})
            cells.add(HtmlTable.number(figures.fte(v), null));
        cells.add(HtmlTable.number(figures.fte(row.gapFte()), ResultTables.signClass(row.gapFte())));
        for (BaseGap.Part part : row.parts()) cells.add(HtmlTable.number(figures.fte(part.fte()), null));
        return cells;
    }
}
