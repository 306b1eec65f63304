package org.skillmix.data.dataset;

import static org.skillmix.core.system.Assumption.Parameters.TREND_ESTABLISHMENT_GROWTH;
import static org.skillmix.core.system.Assumption.Parameters.TREND_GROWTH_COMMON;
import static org.skillmix.core.system.Assumption.Parameters.TREND_GROWTH_SECTOR;
import static org.skillmix.data.dataset.DatasetTable.ASSUMPTIONS;
import static org.skillmix.data.dataset.DatasetTable.ORGANISATIONS;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Organisation;

/**
 * The current-trends growth parts (trend_growth_common, trend_growth_sector) move only organisations' own
 * trend_establishment_growth rows (docs/method.md Baselines). A part that no such row takes would load and move
 * nothing, which a planner who wrote it would not expect, so it is named as a warning.
 */
final class GrowthRowChecks {

    private final LoadedTables tables;
    private final ProblemLog log;

    GrowthRowChecks(LoadedTables tables, ProblemLog log) {
        this.tables = tables;
        this.log = log;
    }

    void run() {
        if (!tables.loaded(ASSUMPTIONS) || !tables.loaded(ORGANISATIONS)) return;
        Map<String, Organisation> organisations = tables.values(ORGANISATIONS, Organisation.class).stream()
                .collect(Collectors.toMap(Organisation::code, o -> o, (a, b) -> a));
        Set<String> ownRows = new HashSet<>();
        for (Assumption a : tables.values(ASSUMPTIONS, Assumption.class))
            if (a.parameter().equals(TREND_ESTABLISHMENT_GROWTH) && organisations.containsKey(a.scope()))
                ownRows.add(a.scope());
        Set<String> sectorsWithOwnRows = ownRows.stream()
                .map(code -> organisations.get(code).sector().code())
                .collect(Collectors.toSet());
        for (Parsed<Assumption> row : tables.rows(ASSUMPTIONS, Assumption.class)) {
            Assumption a = row.value();
            if (a.parameter().equals(TREND_GROWTH_COMMON) && ownRows.isEmpty())
                warnMovesNothing(
                        row.row(),
                        TREND_GROWTH_COMMON + " moves nothing: no organisation has its own "
                                + TREND_ESTABLISHMENT_GROWTH + " row, and the common part multiplies only those");
            if (a.parameter().equals(TREND_GROWTH_SECTOR) && !sectorsWithOwnRows.contains(a.scope()))
                warnMovesNothing(
                        row.row(),
                        TREND_GROWTH_SECTOR + " " + a.scope() + " moves nothing: no "
                                + a.scope().replace('_', ' ') + " organisation has its own "
                                + TREND_ESTABLISHMENT_GROWTH
                                + " row, and a sector's part multiplies only those");
        }
    }

    private void warnMovesNothing(int row, String reason) {
        log.warning(tables.file(ASSUMPTIONS), row, "scope", reason + " (docs/method.md Baselines)");
    }
}
