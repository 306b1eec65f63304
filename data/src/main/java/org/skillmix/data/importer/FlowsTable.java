package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * flows.csv: the moves between sectors and roles. A catalogue row's rates are either a share of the origin's FTE a
 * year (rate_basis {@code from_stock}, the default) or the share of the destination's replacement need that the move
 * supplies ({@code share_of_replacement}), which this class turns into a rate of the origin's FTE for this ICB.
 *
 * <p>Why the second basis: a move from a large stock into a small one, written as a national rate of the large one,
 * supplies a different share of the small one's need in every ICB and can exceed it. "1% of acute adult nurses a
 * year become practice nurses" moved 204 FTE a year into Greater Manchester's 972 practice nurses, whose leavers are
 * 88 a year: with no recruits at all they grew 53% in ten years. The replacement need a month of the destination's
 * lines l is N = Σ S_l (G_l − 1 + h_l), with S the FTE in post, G = g^(1/12) the establishment's growth a month and
 * h the monthly leaver hazard (as {@link SteadyStateFill} holds it); a move supplying the share a of it from an
 * origin of F FTE has the monthly hazard m = a N / F, the annual rate 1 − (1 − m)^12, divided by the pay factor
 * the engine multiplies it by (1 + elasticity × pay gap), so that at the mode the engine moves exactly a N a month.
 *
 * <p>Check: 1,000 practice nurses, leaver rate 0.091 (h = 0.0079193), no growth: N = 7.9193 a month; a = 0.5 from
 * 20,000 acute nurses: m = 0.00019798, annual rate 0.002373.
 */
final class FlowsTable {

    /** The origin's FTE a year: the catalogue's rates are written as they are. */
    static final String FROM_STOCK = "from_stock";

    /** The destination's replacement need a year: the catalogue's rates are shares of it. */
    static final String SHARE_OF_REPLACEMENT = "share_of_replacement";

    private static final String[] COLUMNS = {
        "from_sector",
        "from_role",
        "to_sector",
        "to_role",
        "annual_rate_low",
        "annual_rate_mode",
        "annual_rate_high",
        "pay_elasticity",
        "source"
    };

    /** A catalogue row: its cells as written, its basis and where it was read. */
    private record Row(String[] cells, String basis, double[] rates, String where) {}

    private final List<Row> rows;
    private final Map<String, Double> pay;
    private final ImportReport report;

    private FlowsTable(List<Row> rows, Map<String, Double> pay, ImportReport report) {
        this.rows = rows;
        this.pay = pay;
        this.report = report;
    }

    /** The catalogue's flows.csv, checked: the basis is one of the two, a share of the need lies in 0..1. */
    static FlowsTable read(ImportContext ctx) throws ImportException {
        SourceCsv csv = ctx.mappings().table("flows.csv", COLUMNS);
        boolean hasBasis = csv.has("rate_basis");
        List<Row> rows = new ArrayList<>();
        csv.forEach(row -> {
            String[] cells = new String[COLUMNS.length];
            for (int i = 0; i < COLUMNS.length; i++) cells[i] = row.text(COLUMNS[i]);
            String basis = hasBasis ? row.text("rate_basis").trim().toLowerCase(Locale.ROOT) : "";
            if (basis.isEmpty()) basis = FROM_STOCK;
            if (!basis.equals(FROM_STOCK) && !basis.equals(SHARE_OF_REPLACEMENT))
                throw row.error(
                        "rate_basis",
                        "must be " + FROM_STOCK + " or " + SHARE_OF_REPLACEMENT + ", not \"" + basis + "\"");
            double[] rates = new double[3];
            String[] names = {"annual_rate_low", "annual_rate_mode", "annual_rate_high"};
            for (int k = 0; k < 3; k++) {
                rates[k] = row.number(names[k]);
                if (!(rates[k] >= 0 && rates[k] <= 1))
                    throw row.error(names[k], "must be a share between 0 and 1, not " + rates[k]);
            }
            if (!(rates[0] <= rates[1] && rates[1] <= rates[2]))
                throw row.error("annual_rate_mode", "must lie between annual_rate_low and annual_rate_high");
            rows.add(new Row(cells, basis, rates, csv.name() + ":" + row.line()));
        });
        ctx.report().mapped("flows.csv", csv.rows() + " rows", "from the catalogue " + csv.name());
        return new FlowsTable(rows, AssumptionsTable.pay(ctx), ctx.report());
    }

    /** The dataset's flows.csv for these workforce lines: rates of the origin's FTE a year. */
    OutputTable build(List<SteadyStateFill.Line> lines) {
        OutputTable out = new OutputTable("flows.csv", COLUMNS);
        for (Row r : rows) {
            if (r.basis().equals(FROM_STOCK)) {
                out.add((Object[]) r.cells());
                continue;
            }
            String fromSector = r.cells()[0], fromRole = r.cells()[1], toSector = r.cells()[2], toRole = r.cells()[3];
            double origin = 0, need = 0, destination = 0;
            for (SteadyStateFill.Line l : lines) {
                if (l.sector().equals(fromSector) && l.role().equals(fromRole)) origin += l.fte();
                if (l.sector().equals(toSector) && l.role().equals(toRole)) {
                    need += l.replacementNeed();
                    destination += l.fte();
                }
            }
            double factor = payFactor(
                    Double.parseDouble(r.cells()[7]), pay.getOrDefault(fromRole, 0.0), pay.getOrDefault(toRole, 0.0));
            String[] cells = r.cells().clone();
            for (int k = 0; k < 3; k++)
                cells[4 + k] = OutputTable.fine(annualRate(r.rates()[k], need, origin, factor), 6);
            String what = fromSector + " " + fromRole + " to " + toSector + " " + toRole;
            cells[8] = r.cells()[8] + "; calibrated to this ICB (rate_basis " + SHARE_OF_REPLACEMENT + "): the move"
                    + " supplies " + OutputTable.num(r.rates()[1], 3) + " (" + OutputTable.num(r.rates()[0], 3) + "-"
                    + OutputTable.num(r.rates()[2], 3) + ") of the replacement need of "
                    + OutputTable.num(destination, 1)
                    + " FTE of " + toRole + " (" + OutputTable.num(12 * need, 1) + " FTE a year: leavers plus"
                    + " establishment growth) from " + OutputTable.num(origin, 1) + " FTE of " + fromRole
                    + "; rate = 1 - (1 - share x need a month / origin FTE)^12 / pay factor "
                    + OutputTable.num(factor, 3) + " (" + r.where() + ")";
            out.add((Object[]) cells);
            if (origin > 0 && need > 0)
                report.mapped(
                        "flow " + what,
                        ImportReport.figure(12 * r.rates()[1] * need, 1) + " FTE a year",
                        "calibrated to supply " + OutputTable.num(r.rates()[1], 3) + " of " + toRole
                                + "'s replacement need: annual rate " + cells[5] + " of " + fromRole + "'s FTE");
            else
                report.skipped(
                        "flow " + what,
                        "rate 0",
                        origin > 0 ? "no " + toRole + " replacement need here" : "no " + fromRole + " FTE here");
        }
        return out;
    }

    /**
     * The annual rate of the origin's FTE that moves share × need a month at the mode: m = share × need / origin,
     * 1 − (1 − m)^12, over the pay factor; 0 with no origin or no need.
     */
    static double annualRate(double share, double needPerMonth, double origin, double payFactor) {
        if (!(origin > 0) || !(needPerMonth > 0) || !(payFactor > 0)) return 0;
        double monthly = Math.min(1, share * needPerMonth / origin);
        return Math.min(1, (1 - Math.pow(1 - monthly, 12)) / payFactor);
    }

    /** What the engine multiplies a move's rate by: max(0, 1 + elasticity × (pay to − pay from) / pay from). */
    static double payFactor(double elasticity, double payFrom, double payTo) {
        return payFrom > 0 ? Math.max(0, 1 + elasticity * (payTo - payFrom) / payFrom) : 1;
    }
}
