package org.skillmix.data.report;

import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.explain.BaseGap;

/** The report's "Why there is a gap today" section: the base month's gap by sector and its parts. */
final class BaseGapSection {
    /** A norm part this small against the establishment means demand was calibrated to the funded posts. */
    private static final double CALIBRATED = 0.005;

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
        List<String> calibrated = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (BaseGap.Row row : gap.sectors()) {
            String name = Names.sector(row.sector());
            table.row(name, cells(row));
            if (row.establishmentFte() <= 0) continue;
            if (Math.abs(row.normAboveEstablishment()) < CALIBRATED * row.establishmentFte()) calibrated.add(name);
            else if (row.normAboveEstablishment() < 0)
                below.add(name + " " + figures.fte(row.normAboveEstablishment()) + " FTE ("
                        + figures.share(row.normAboveEstablishment() / row.establishmentFte()) + ")");
        }
        table.total("Whole system", cells(gap.total()));
        out.append(table.html());
        if (!calibrated.isEmpty()) {
            out.append("<p>")
                    .append(Html.escape(String.join(", ", calibrated)))
                    .append(": demand in the base month is within 0.5% of the funded establishment, as when demand is"
                            + " calibrated to today's posts rather than set by a published norm. There the"
                            + " model cannot show under-staffing beyond vacancies and sickness.</p>\n");
        }
        if (!below.isEmpty()) {
            out.append("<p>")
                    .append(Html.escape(String.join("; ", below)))
                    .append(": the demand norms ask less than the funded establishment. Read this as what the norm"
                            + " counts falling short of the work, not as posts to cut: the importer's norms"
                            + " (capability_hours.csv, source Norm:) count contact time, travel and the indirect"
                            + " care an appointment brings, not training, supervision or administration, so they"
                            + " are floors (docs/importers.md, item 12).</p>\n");
        }
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
