package org.skillmix.app.web.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillmix.app.web.disclosure.ProjectionTables.CellKey;
import org.skillmix.app.web.disclosure.SmallNumbers.Reason;
import org.skillmix.app.web.disclosure.SmallNumbers.Relation;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;

/**
 * The Greater Manchester example's tables, suppressed for organisation leads: the case (the ambulance
 * sector is the ambulance trust's figure) and, checked exactly by linear algebra, that no suppressed cell can be
 * worked out from what the lead sees through the tables' sums.
 */
class ProjectionTablesTest {
    static final Path EXAMPLE =
            Path.of(System.getProperty("skillmix.repoRoot", "..")).resolve("examples/greater-manchester");
    static SystemModel model;
    static ProjectionTables tables;
    static final String ALL = SeriesKey.ALL;

    @BeforeAll
    static void projectTheExampleOnce() throws Exception {
        model = new DatasetReader().read(EXAMPLE);
        var projection = new Projector(model).run(new ProjectionSettings(1, 0, 7, 1), ProgressListener.NONE);
        tables = ProjectionTables.of(
                model, projection.series().stream().map(Series::key).toList(), List.of("baseline"));
    }

    static Suppression forLeadOf(String org) {
        return new Suppression(
                tables.staff.suppressedFor(
                        o -> o.equals(org), k -> !k.organisation().equals(ALL)),
                tables.capability.suppressedFor(o -> o.equals(org), k -> false));
    }

    static SeriesKey key(Measure m, String capability, String role, String sector, String org, String place) {
        return new SeriesKey(m, capability, role, sector, org, place);
    }

    @Test
    void theAmbulanceSectorIsTheAmbulanceTrustsFigure() {
        SeriesKey ambulance = key(Measure.STAFF_IN_POST_FTE, ALL, ALL, "ambulance", ALL, ALL);
        assertThat(forLeadOf("R0A").of(ambulance)).contains(Reason.ONE_ORGANISATION);
        assertThat(forLeadOf("RX7").of(ambulance))
                .as("the ambulance trust's own lead")
                .isEmpty();
        // Demand is the population's, never an organisation's.
        assertThat(forLeadOf("R0A").of(key(Measure.DEMAND_FTE, ALL, ALL, "ambulance", ALL, ALL)))
                .isEmpty();
        // Another organisation's own series are hidden as such; the whole system's total is shown.
        assertThat(forLeadOf("R0A").of(key(Measure.STAFF_IN_POST_FTE, ALL, ALL, "ambulance", "RX7", "E08000001")))
                .contains(Reason.ANOTHER_ORGANISATION);
        assertThat(forLeadOf("R0A").hides(key(Measure.STAFF_IN_POST_FTE, ALL, ALL, ALL, ALL, ALL)))
                .isFalse();
    }

    @Test
    void aCommunityServiceAloneInItsPlaceIsNotShownThroughSupplyOrGap() {
        // Each place has one community services provider (CHS-...): supply and gap there are its figures.
        for (Measure m : List.of(Measure.SUPPLY_FTE, Measure.GAP_FTE, Measure.UNMET_FTE)) {
            assertThat(forLeadOf("R0A").hides(key(m, ALL, ALL, "community", ALL, "E08000001")))
                    .as(m.code())
                    .isTrue();
        }
        assertThat(forLeadOf("CHS-E08000001").hides(key(Measure.SUPPLY_FTE, ALL, ALL, "community", ALL, "E08000001")))
                .isFalse();
    }

    @Test
    void noSuppressedCellCanBeWorkedOutFromTheSums() {
        for (String lead : List.of("R0A", "RX7", "CHS-E08000003")) {
            for (var table : List.of(tables.staff, tables.capability)) {
                Map<CellKey, Reason> hidden = table.suppressedFor(
                        o -> o.equals(lead), k -> !k.organisation().equals(ALL));
                assertThat(recoverable(table, hidden)).as("lead of " + lead).isEmpty();
                for (Relation<CellKey> r : table.relations()) {
                    long n = members(r).stream().filter(hidden::containsKey).count();
                    assertThat(n).as(lead + ": " + r).isNotEqualTo(1);
                }
            }
        }
    }

    static List<CellKey> members(Relation<CellKey> r) {
        List<CellKey> m = new ArrayList<>(r.parts());
        m.add(r.total());
        return m;
    }

    /**
     * The hidden cells a reader could work out exactly: x is determined by the sums (total - parts = 0, with the
     * shown cells as constants) when every solution of the homogeneous system has x = 0, that is when x's entry
     * is zero in every null-space vector of the relations restricted to the hidden cells.
     */
    static Set<CellKey> recoverable(SmallNumbers<CellKey> table, Map<CellKey, Reason> hidden) {
        List<CellKey> unknowns = new ArrayList<>(hidden.keySet());
        if (unknowns.isEmpty()) return Set.of();
        Map<CellKey, Integer> column = new HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) column.put(unknowns.get(i), i);
        List<double[]> rows = new ArrayList<>();
        for (Relation<CellKey> r : table.relations()) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            if (column.containsKey(r.total())) {
                row[column.get(r.total())] += 1;
                any = true;
            }
            for (CellKey p : r.parts()) {
                if (column.containsKey(p)) {
                    row[column.get(p)] -= 1;
                    any = true;
                }
            }
            if (any) rows.add(row);
        }
        int n = unknowns.size();
        RealMatrix a = MatrixUtils.createRealMatrix(Math.max(rows.size(), n), n);
        for (int i = 0; i < rows.size(); i++) a.setRow(i, rows.get(i));
        SingularValueDecomposition svd = new SingularValueDecomposition(a);
        double[] s = svd.getSingularValues();
        double tolerance = 1e-9 * Math.max(1, s[0]);
        RealMatrix v = svd.getV();
        Set<CellKey> out = new HashSet<>();
        for (int i = 0; i < n; i++) {
            double largest = 0;
            for (int j = 0; j < n; j++) if (s[j] <= tolerance) largest = Math.max(largest, Math.abs(v.getEntry(i, j)));
            if (largest < 1e-9) out.add(unknowns.get(i));
        }
        return out;
    }
}
