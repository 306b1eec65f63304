package org.skillmix.app.web.mutualaid;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Staff and surge files and the plans made from them, in the tables of V4__mutual_aid.sql. */
@Repository
public class MutualAidStore {
    private static final String INPUT_COLUMNS =
            "id, dataset_id, first_day, staff_file_name, surge_file_name, willing_staff,"
                    + " not_willing, shortfalls, weeks, uploaded_by, uploaded_at, staff_orgs";
    private static final RowMapper<MutualAidInput> INPUT = (rs, i) -> new MutualAidInput(
            rs.getLong("id"),
            rs.getLong("dataset_id"),
            rs.getDate("first_day").toLocalDate(),
            rs.getString("staff_file_name"),
            rs.getString("surge_file_name"),
            rs.getInt("willing_staff"),
            rs.getInt("not_willing"),
            rs.getInt("shortfalls"),
            rs.getInt("weeks"),
            rs.getString("uploaded_by"),
            rs.getTimestamp("uploaded_at").toInstant(),
            organisations(rs.getString("staff_orgs")));
    private static final RowMapper<PlanRecord> PLAN = (rs, i) -> new PlanRecord(
            rs.getLong("run_id"),
            rs.getLong("input_id"),
            rs.getInt("seconds"),
            (Long) rs.getObject("bound_centi"),
            (Long) rs.getObject("critical_centi"),
            (Long) rs.getObject("other_centi"),
            (Long) rs.getObject("critical_needed_centi"),
            (Long) rs.getObject("other_needed_centi"));

    private final JdbcTemplate jdbc;

    public MutualAidStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan's row: its inputs and, once it succeeded, its figures in hundredths of an FTE-week. */
    public record PlanRecord(
            long runId,
            long inputId,
            int seconds,
            Long boundCenti,
            Long criticalCenti,
            Long otherCenti,
            Long criticalNeededCenti,
            Long otherNeededCenti) {}

    /** The files as uploaded: what a plan run reads back. */
    public record Files(String staffFileName, byte[] staff, String surgeFileName, byte[] surge) {}

    long saveInput(
            long datasetId,
            java.time.LocalDate firstDay,
            Files files,
            int willing,
            int notWilling,
            int shortfalls,
            int weeks,
            String uploadedBy,
            java.util.Set<String> staffOrganisations) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var ps = c.prepareStatement(
                            "INSERT INTO mutual_aid_inputs (dataset_id, first_day, staff_file_name, staff_csv,"
                                    + " surge_file_name, surge_csv, willing_staff, not_willing, shortfalls, weeks, uploaded_by,"
                                    + " staff_orgs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, datasetId);
                    ps.setDate(2, Date.valueOf(firstDay));
                    ps.setString(3, files.staffFileName());
                    ps.setBytes(4, files.staff());
                    ps.setString(5, files.surgeFileName());
                    ps.setBytes(6, files.surge());
                    ps.setInt(7, willing);
                    ps.setInt(8, notWilling);
                    ps.setInt(9, shortfalls);
                    ps.setInt(10, weeks);
                    ps.setString(11, uploadedBy);
                    ps.setString(12, String.join(",", staffOrganisations));
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    /** The staff file's organisations as stored (comma-separated); null for files stored before they were kept. */
    private static java.util.List<String> organisations(String stored) {
        if (stored == null) return null;
        return stored.isBlank() ? List.of() : List.of(stored.split(","));
    }

    Optional<MutualAidInput> input(long id) {
        return jdbc.query("SELECT " + INPUT_COLUMNS + " FROM mutual_aid_inputs WHERE id = ?", INPUT, id).stream()
                .findFirst();
    }

    List<MutualAidInput> inputs(long datasetId) {
        return jdbc.query(
                "SELECT " + INPUT_COLUMNS + " FROM mutual_aid_inputs WHERE dataset_id = ? ORDER BY id DESC",
                INPUT,
                datasetId);
    }

    Files files(long inputId) {
        return jdbc.queryForObject(
                "SELECT staff_file_name, staff_csv, surge_file_name, surge_csv FROM mutual_aid_inputs"
                        + " WHERE id = ?",
                (rs, i) -> new Files(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getBytes(4)),
                inputId);
    }

    void savePlan(long runId, long inputId, int seconds) {
        jdbc.update(
                "INSERT INTO mutual_aid_plans (run_id, input_id, seconds) VALUES (?, ?, ?)", runId, inputId, seconds);
    }

    void saveFigures(
            long runId,
            long boundCenti,
            long criticalCenti,
            long otherCenti,
            long criticalNeededCenti,
            long otherNeededCenti) {
        jdbc.update(
                "UPDATE mutual_aid_plans SET bound_centi = ?, critical_centi = ?, other_centi = ?,"
                        + " critical_needed_centi = ?, other_needed_centi = ? WHERE run_id = ?",
                boundCenti,
                criticalCenti,
                otherCenti,
                criticalNeededCenti,
                otherNeededCenti,
                runId);
    }

    Optional<PlanRecord> plan(long runId) {
        return jdbc.query("SELECT * FROM mutual_aid_plans WHERE run_id = ?", PLAN, runId).stream()
                .findFirst();
    }

    List<PlanRecord> plans(long inputId) {
        return jdbc.query("SELECT * FROM mutual_aid_plans WHERE input_id = ? ORDER BY run_id DESC", PLAN, inputId);
    }

    /**
     * Deletes the files and every plan made from them (the runs, so their stored tables and printable plan go
     * too): the staff file is personal data and nothing of it may stay behind. The caller's transaction.
     */
    int deleteInput(long inputId) {
        jdbc.update("DELETE FROM runs WHERE id IN (SELECT run_id FROM mutual_aid_plans WHERE input_id = ?)", inputId);
        return jdbc.update("DELETE FROM mutual_aid_inputs WHERE id = ?", inputId);
    }
}
