package org.skillmix.app.web.run;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** A run's series and files in the database (run_series, run_files): what a finished run keeps. */
@Repository
public class ResultStore {
    private static final int BATCH = 500;
    private static final RowMapper<Series> SERIES = ResultStore::series;

    private final JdbcTemplate jdbc;

    public ResultStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes every series in batches; the caller's transaction makes it all or nothing. */
    public void saveSeries(long runId, Projection projection) {
        List<Series> all = new ArrayList<>(projection.series());
        java.util.Map<Series, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) position.put(all.get(i), i);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Series> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            jdbc.batchUpdate(
                    "INSERT INTO run_series (run_id, measure, capability, role, sector, organisation, place,"
                            + " mean, p10, p50, p90, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batch,
                    batch.size(),
                    (ps, s) -> {
                        SeriesKey k = s.key();
                        ps.setLong(1, runId);
                        ps.setString(2, k.measure().code());
                        ps.setString(3, k.capability());
                        ps.setString(4, k.role());
                        ps.setString(5, k.sector());
                        ps.setString(6, k.organisation());
                        ps.setString(7, k.place());
                        Connection c = ps.getConnection();
                        ps.setArray(8, array(c, s.mean()));
                        ps.setArray(9, array(c, s.p10()));
                        ps.setArray(10, array(c, s.p50()));
                        ps.setArray(11, array(c, s.p90()));
                        ps.setInt(12, position.get(s));
                    });
        }
    }

    public void saveFile(long runId, String name, byte[] content) {
        jdbc.update("INSERT INTO run_files (run_id, file_name, content) VALUES (?, ?, ?)", runId, name, content);
    }

    public Optional<byte[]> file(long runId, String name) {
        return jdbc
                .query(
                        "SELECT content FROM run_files WHERE run_id = ? AND file_name = ?",
                        (rs, i) -> rs.getBytes(1),
                        runId,
                        name)
                .stream()
                .findFirst();
    }

    public Optional<Series> series(long runId, SeriesKey key) {
        return jdbc
                .query(
                        "SELECT * FROM run_series WHERE run_id = ? AND measure = ? AND capability = ? AND role = ?"
                                + " AND sector = ? AND organisation = ? AND place = ?",
                        SERIES,
                        runId,
                        key.measure().code(),
                        key.capability(),
                        key.role(),
                        key.sector(),
                        key.organisation(),
                        key.place())
                .stream()
                .findFirst();
    }

    /**
     * One value per cell of a two-dimension grid: the measure's mean at one month, over every series whose
     * totalled dimensions are "ALL" and whose two named dimensions are not. (An organisation's series also
     * carry its sector and home place, so those are not totalled in an organisation grid.)
     */
    public List<Cell> grid(
            long runId, Measure measure, String rowColumn, String columnColumn, List<String> totalled, int monthIndex) {
        String other = totalled.stream()
                .map(c -> c + " = 'ALL'")
                .reduce((a, b) -> a + " AND " + b)
                .orElseThrow();
        // Column names come from the fixed list above, never from the request.
        return jdbc.query(
                "SELECT " + rowColumn + ", " + columnColumn + ", mean[?] FROM run_series WHERE run_id = ?"
                        + " AND measure = ? AND " + rowColumn + " <> 'ALL' AND " + columnColumn + " <> 'ALL' AND "
                        + other,
                (rs, i) -> new Cell(rs.getString(1), rs.getString(2), rs.getDouble(3)),
                monthIndex + 1,
                runId,
                measure.code());
    }

    public record Cell(String row, String column, double value) {}

    /** Every distinct value of one dimension in the run's series (ALL excluded). */
    public List<String> values(long runId, String column) {
        return jdbc.queryForList(
                "SELECT DISTINCT " + column + " FROM run_series WHERE run_id = ? AND " + column
                        + " <> 'ALL' ORDER BY 1",
                String.class,
                runId);
    }

    /** Every series key of a run (no figures): what small-number suppression works on. */
    public List<SeriesKey> keys(long runId) {
        return jdbc.query(
                "SELECT measure, capability, role, sector, organisation, place FROM run_series WHERE run_id = ?",
                (rs, i) -> new SeriesKey(
                        Measure.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)),
                runId);
    }

    /** A succeeded projection run's whole projection back from storage, for the CSV and XLSX downloads. */
    public Projection projection(Run run) {
        YearMonth baseMonth = YearMonth.parse(run.series().baseMonth());
        List<YearMonth> monthList = new ArrayList<>();
        for (int i = 0; i < run.series().months(); i++) monthList.add(baseMonth.plusMonths(i));
        List<Series> series = jdbc.query(
                // The projection's order (runs stored before V8 have no position: the order of their keys).
                "SELECT * FROM run_series WHERE run_id = ?"
                        + " ORDER BY position, measure, capability, role, sector, organisation, place",
                SERIES,
                run.id());
        return new Projection(run.settings(ProjectionRunSettings.class).storedSeries(), monthList, series);
    }

    private static Array array(Connection c, double[] values) throws SQLException {
        if (values == null) return null;
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) boxed[i] = values[i];
        return c.createArrayOf("float8", boxed);
    }

    private static double[] doubles(Array array) throws SQLException {
        if (array == null) return null;
        Object[] values = (Object[]) array.getArray();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = ((Number) values[i]).doubleValue();
        return out;
    }

    private static Series series(ResultSet rs, int i) throws SQLException {
        SeriesKey key = new SeriesKey(
                Measure.valueOf(rs.getString("measure").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("capability"),
                rs.getString("role"),
                rs.getString("sector"),
                rs.getString("organisation"),
                rs.getString("place"));
        return new Series(
                key,
                doubles(rs.getArray("mean")),
                doubles(rs.getArray("p10")),
                doubles(rs.getArray("p50")),
                doubles(rs.getArray("p90")));
    }
}
