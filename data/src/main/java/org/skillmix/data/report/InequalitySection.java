package org.skillmix.data.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillmix.core.inequality.Inequalities;

/**
 * The report's "Inequalities" section: demand, supply and gap per 10,000 residents by deprivation quintile and by
 * place in the projection's last month, the places whose staffing per need is in the lowest fifth flagged
 * (docs/outputs.md "Inequalities"; the same figures as inequalities.csv). The board pack shows the same section.
 */
public final class InequalitySection {
    private final boolean drawn;

    /** @param drawn whether the figures are means of draws; false: one run at the most likely values */
    public InequalitySection(boolean drawn) {
        this.drawn = drawn;
    }

    public String html(Inequalities in) {
        StringBuilder out = new StringBuilder("<p>In ")
                .append(Html.escape(org.skillmix.data.export.ProjectionYear.monthLabel(in.month())))
                .append(drawn ? " (mean of the draws)" : " (one run at the most likely values, no draws)")
                .append(": FTE per 10,000 residents by deprivation quintile and by place. Quintiles"
                        + " rank the system's own places by IMD 2019 average score, most deprived first. Staffing per"
                        + " need is supply over demand; the places in the lowest fifth of the system on it are"
                        + " flagged. Net gap is demand less supply (negative: a surplus), so a place with a net surplus"
                        + " can still be short in some capabilities: its shortfall counts those.</p>\n");
        if (in.quintiles().isEmpty()) {
            out.append("<p>The dataset has no deprivation scores (deprivation.csv), so there are no quintiles.</p>\n");
        } else {
            HtmlTable quintiles = new HtmlTable("Per 10,000 residents by deprivation quintile (FTE)");
            quintiles.columns("Quintile", "IMD score", "Residents", "Demand", "Supply", "Net gap", "Staffing per need");
            for (Inequalities.Row r : in.quintiles()) quintiles.row(r.code() + " " + r.name(), cells(r, false));
            out.append(quintiles.html());
        }
        HtmlTable places = new HtmlTable("Per 10,000 residents by place (FTE)");
        places.columns(
                "Place", "IMD score", "Residents", "Demand", "Supply", "Net gap", "Staffing per need", "Lowest fifth");
        List<String> flagged = new ArrayList<>();
        for (Inequalities.Row r : in.places()) {
            places.row(r.name() + " (" + r.code() + ")", cells(r, true));
            if (r.lowestFifth()) flagged.add(r.name());
        }
        out.append(places.html());
        if (!flagged.isEmpty())
            out.append("<p>Lowest staffing per need in the system: ")
                    .append(Html.escape(String.join(", ", flagged)))
                    .append(".</p>\n");
        return out.toString();
    }

    private static List<String> cells(Inequalities.Row r, boolean flag) {
        List<String> cells = new ArrayList<>(List.of(
                HtmlTable.number(r.imdScore() > 0 ? fmt(r.imdScore(), 1) : "–", null),
                HtmlTable.number(fmt(r.population(), 0), null),
                HtmlTable.number(fmt(r.demandPer10k(), 1), null),
                HtmlTable.number(fmt(r.supplyPer10k(), 1), null),
                HtmlTable.number(fmt(r.gapPer10k(), 1), r.gapPer10k() > 0 ? "short" : null),
                HtmlTable.number(fmt(r.staffingPerNeed(), 3), null)));
        if (flag) cells.add(HtmlTable.text(r.lowestFifth() ? "yes" : ""));
        return cells;
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
