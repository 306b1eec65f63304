package org.skillmix.data.mutualaid;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skillmix.core.system.CapabilityHours;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.winter.SurgeUplift;
import org.skillmix.data.dataset.Bound;
import org.skillmix.data.dataset.Codes;
import org.skillmix.data.dataset.Column;
import org.skillmix.data.dataset.DataRow;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.SideFile;
import org.skillmix.data.dataset.SystemCodes;
import org.skillmix.data.dataset.TableSpec;

/**
 * The surge file's uplift form (docs/winter.md): extra demand by service and/or capability, place optional,
 * for a run of weeks, as a percentage of the baseline or in FTE. A code left empty or written ALL matches
 * everything, but a row must name a service or a capability. Overlapping rows add up, so the same row twice
 * would be applied twice: it is refused.
 */
final class UpliftFile {

    static final TableSpec COLUMNS = TableSpec.of(
            "surge",
            List.of(
                    Column.code("service_code", "the service whose demand rises (services.csv); empty or ALL: every"),
                    Column.code(
                            "capability_code",
                            "the capability whose demand rises (capabilities.csv); empty or ALL: every"),
                    Column.optionalCode("place_code", "ALL", "only this place (places.csv); empty or ALL: every"),
                    Column.number(
                            "from_week", "the first week of the plan it covers", Bound.whole(1, SurgeFile.MAX_WEEKS)),
                    Column.number(
                            "to_week", "the last week of the plan it covers", Bound.whole(1, SurgeFile.MAX_WEEKS)),
                    Column.text("uplift", "how much, more than 0 (a trailing % is allowed)"),
                    Column.text("unit", "% (of the baseline demand) or FTE (added)")));

    static final Bound PERCENT = Bound.above(0, 1000).unit("%").because("more than eleven times the baseline demand");
    static final Bound FTE = Bound.above(0, 100_000).unit("FTE").because("more staff than any ICS employs");

    private UpliftFile() {}

    /** @param weeks the plan's length: no uplift may run beyond it */
    static List<SurgeUplift> read(String name, byte[] content, SystemModel system, int weeks) throws DatasetException {
        Set<String> demanded = new HashSet<>();
        for (CapabilityHours h : system.capabilityHours()) {
            if (h.hoursPerActivity() > 0) demanded.add(h.serviceCode() + "|" + h.capabilityCode());
        }
        SystemCodes known = SystemCodes.of(system);
        Map<String, Integer> firstRow = new HashMap<>();
        return SideFile.read(name, content, COLUMNS, List.of(), row -> {
            SurgeUplift uplift = parse(row, known, weeks, demanded);
            return uplift != null && unique(row, uplift, firstRow) ? uplift : null;
        });
    }

    private static SurgeUplift parse(DataRow row, SystemCodes known, int weeks, Set<String> demanded) {
        String service = all(row, "service_code", known.services(), "service");
        String capability = all(row, "capability_code", known.capabilities(), "capability");
        if (service == null && capability == null) {
            row.error(
                    "service_code",
                    "name a service, a capability or both (ALL for both would raise all demand; give each service)");
        }
        String place = row.has("place_code") ? all(row, "place_code", known.places(), "place") : null;
        if (row.ok() && service != null && capability != null && !demanded.contains(service + "|" + capability)) {
            row.error(
                    "capability_code",
                    "service " + service + " has no demand for " + capability + " (no row in capability_hours.csv)");
        }
        Bound inPlan = Bound.whole(1, weeks).unit("weeks").because("the plan has " + weeks + " weeks");
        int from = (int) row.number("from_week", inPlan);
        int to = (int) row.number("to_week", inPlan);
        if (from > 0 && to > 0 && to < from) row.error("to_week", "week " + to + " is before from_week " + from);
        SurgeUplift.Unit unit = unit(row);
        String cell = row.text("uplift");
        double amount = 0;
        if (!cell.isEmpty() && unit != null) {
            String number =
                    cell.endsWith("%") ? cell.substring(0, cell.length() - 1).strip() : cell;
            amount = row.number("uplift", number, unit == SurgeUplift.Unit.PERCENT ? PERCENT : FTE)
                    .orElse(0.0);
        }
        if (!row.ok()) return null;
        return new SurgeUplift(row.file() + ":" + row.number(), service, capability, place, from, to, unit, amount);
    }

    private static SurgeUplift.Unit unit(DataRow row) {
        String cell = row.text("unit").toLowerCase(Locale.ROOT);
        if (cell.equals("%") || cell.equals("percent")) return SurgeUplift.Unit.PERCENT;
        if (cell.equals("fte")) return SurgeUplift.Unit.FTE;
        if (!cell.isEmpty()) row.error("unit", "must be % or FTE, not " + DataRow.quote(cell));
        return null;
    }

    /** The same target, weeks and unit twice would add the uplift twice. */
    private static boolean unique(DataRow row, SurgeUplift u, Map<String, Integer> firstRow) {
        String key = u.serviceCode() + "|" + u.capabilityCode() + "|" + u.placeCode() + "|" + u.fromWeek() + "|"
                + u.toWeek() + "|" + u.unit();
        Integer first = firstRow.putIfAbsent(key, row.number());
        if (first == null) return true;
        row.error(
                "uplift",
                "duplicates row " + first + ": the same service, capability, place, weeks and unit would add its"
                        + " uplift twice; give one row with the total");
        return false;
    }

    /** A code, or null for empty or ALL (everything). */
    private static String all(DataRow row, String column, Codes codes, String what) {
        String cell = row.cell(column);
        if (cell == null || cell.isEmpty() || cell.equalsIgnoreCase(DataRow.ALL)) return null;
        return row.reference(column, codes, what, false);
    }
}
