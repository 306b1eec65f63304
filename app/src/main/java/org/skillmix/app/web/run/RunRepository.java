package org.skillmix.app.web.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class RunRepository {
    private static final String SELECT =
            "SELECT r.*, d.name AS dataset_name, d.icb_code FROM runs r" + " JOIN datasets d ON d.id = r.dataset_id";
    private static final RowMapper<Run> RUN = (rs, i) -> {
        RunKind kind = RunKind.valueOf(rs.getString("kind"));
        return new Run(
                rs.getLong("id"),
                kind,
                rs.getLong("dataset_id"),
                rs.getString("dataset_name"),
                rs.getString("icb_code"),
                rs.getString("owner"),
                settings(kind, rs),
                RunStatus.valueOf(rs.getString("status")),
                new RunProgress(rs.getInt("progress_done"), rs.getInt("progress_total"), kind.progressUnit(), 0),
                rs.getString("message"),
                new RunSeries(rs.getString("base_month"), (Integer) rs.getObject("months"), (Integer)
                        rs.getObject("series_count")),
                new RunTimes(
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("started_at")),
                        instant(rs.getTimestamp("finished_at"))));
    };

    private final JdbcTemplate jdbc;

    public RunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long create(
            long datasetId, String owner, String scenario, int years, int draws, long seed, String baseline) {
        return create(
                RunKind.PROJECTION,
                datasetId,
                owner,
                scenario,
                List.of(),
                List.of(),
                null,
                years,
                draws,
                seed,
                baseline);
    }

    public long create(
            RunKind kind,
            long datasetId,
            String owner,
            String scenario,
            List<String> scenarios,
            List<String> targetCapabilities,
            Double targetFte,
            int years,
            int draws,
            long seed,
            String baseline) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var ps = c.prepareStatement(
                            "INSERT INTO runs (dataset_id, owner, scenario, years, draws, seed, status,"
                                    + " progress_total, kind, scenarios, target_capabilities, target_fte, baseline)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, datasetId);
                    ps.setString(2, owner);
                    ps.setString(3, scenario);
                    ps.setInt(4, years);
                    ps.setInt(5, draws);
                    ps.setLong(6, seed);
                    ps.setInt(7, Math.max(1, draws));
                    ps.setString(8, kind.name());
                    ps.setString(9, scenarios.isEmpty() ? null : String.join(",", scenarios));
                    ps.setString(10, targetCapabilities.isEmpty() ? null : String.join(",", targetCapabilities));
                    ps.setObject(11, targetFte);
                    ps.setString(12, baseline);
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    /** A mutual-aid plan's run: its weeks, search seconds (the progress total), steps, seed and supply baseline. */
    public long createMutualAid(
            long datasetId, String owner, int weeks, int seconds, Integer steps, long seed, String baseline) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var ps = c.prepareStatement(
                            "INSERT INTO runs (dataset_id, owner, kind, weeks, seconds, steps, seed, status,"
                                    + " progress_total, baseline)"
                                    + " VALUES (?, ?, 'MUTUAL_AID', ?, ?, ?, ?, 'QUEUED', ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, datasetId);
                    ps.setString(2, owner);
                    ps.setInt(3, weeks);
                    ps.setInt(4, seconds);
                    ps.setObject(5, steps);
                    ps.setLong(6, seed);
                    ps.setInt(7, seconds);
                    ps.setString(8, baseline);
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    /**
     * A winter plan's, bank fill's, portfolio's or design's run (its settings are stored beside it): progress is one
     * step, done when it succeeds.
     *
     * @param seed the portfolio's seed; null for the kinds that draw nothing at random
     */
    public long createAnalysis(RunKind kind, long datasetId, String owner, Long seed) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var ps = c.prepareStatement(
                            "INSERT INTO runs (dataset_id, owner, kind, seed, scenario, status, progress_total)"
                                    + " VALUES (?, ?, ?, ?, NULL, 'QUEUED', 1)",
                            new String[] {"id"});
                    ps.setLong(1, datasetId);
                    ps.setString(2, owner);
                    ps.setString(3, kind.name());
                    ps.setObject(4, seed);
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    public Optional<Run> find(long id) {
        return jdbc.query(SELECT + " WHERE r.id = ?", RUN, id).stream().findFirst();
    }

    public List<Run> all() {
        return jdbc.query(SELECT + " ORDER BY r.id DESC", RUN);
    }

    /** Only a queued run starts: a run cancelled while waiting stays cancelled. */
    public boolean markRunning(long id) {
        return jdbc.update(
                        "UPDATE runs SET status = 'RUNNING', started_at = now() WHERE id = ? AND status = 'QUEUED'", id)
                == 1;
    }

    /** A projection or comparison succeeded: its first month, months and series, all its draws done. */
    public void markSucceeded(long id, String baseMonth, int months, int seriesCount, int done) {
        jdbc.update(
                "UPDATE runs SET status = 'SUCCEEDED', finished_at = now(), base_month = ?, months = ?,"
                        + " series_count = ?, progress_done = ? WHERE id = ?",
                baseMonth,
                months,
                seriesCount,
                done,
                id);
    }

    /** A run whose results are in its own tables (a mutual-aid plan) succeeded after this much work. */
    public void markSucceeded(long id, int done) {
        jdbc.update(
                "UPDATE runs SET status = 'SUCCEEDED', finished_at = now(), progress_done = ? WHERE id = ?", done, id);
    }

    public void markFinished(long id, RunStatus status, String message, int done) {
        jdbc.update(
                "UPDATE runs SET status = ?, finished_at = now(), message = ?, progress_done = ? WHERE id = ?",
                status.name(),
                message,
                done,
                id);
    }

    public boolean cancelQueued(long id) {
        return jdbc.update(
                        "UPDATE runs SET status = 'CANCELLED', finished_at = now(), message = 'cancelled before it started'"
                                + " WHERE id = ? AND status = 'QUEUED'",
                        id)
                == 1;
    }

    /** Runs a stopped server left unfinished: they cannot resume, so say so. */
    public int failInterrupted() {
        return jdbc.update(
                "UPDATE runs SET status = 'FAILED', finished_at = now(),"
                        + " message = 'the server stopped before the run finished; start it again' WHERE status IN ('QUEUED', 'RUNNING')");
    }

    /** The columns of the run's kind (runs_settings_by_kind, V19, says which are set). */
    private static RunSettings settings(RunKind kind, ResultSet rs) throws SQLException {
        return switch (kind) {
            case PROJECTION ->
                new ProjectionRunSettings(
                        rs.getString("scenario"),
                        rs.getInt("years"),
                        rs.getInt("draws"),
                        rs.getLong("seed"),
                        rs.getString("baseline"));
            case COMPARISON ->
                new ComparisonRunSettings(
                        rs.getString("scenario"),
                        codes(rs.getString("scenarios")),
                        codes(rs.getString("target_capabilities")),
                        (Double) rs.getObject("target_fte"),
                        rs.getInt("years"),
                        rs.getInt("draws"),
                        rs.getLong("seed"),
                        rs.getString("baseline"));
            case MUTUAL_AID ->
                new MutualAidRunSettings(
                        rs.getInt("weeks"),
                        rs.getInt("seconds"),
                        (Integer) rs.getObject("steps"),
                        rs.getLong("seed"),
                        rs.getString("baseline"));
            case OPTIMISE -> new PortfolioRunSettings(rs.getLong("seed"));
            case WINTER, BANK, DESIGN, BOARD_PACK -> new AnalysisRunSettings();
        };
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
