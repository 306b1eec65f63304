package org.skillmix.app.web.system;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.skillmix.app.web.api.NotFound;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stored datasets: a summary row and the canonical files, written together or not at all. */
@Repository
public class DatasetStore {
    private static final RowMapper<StoredDataset> DATASET = (rs, i) -> new StoredDataset(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("icb_code"),
            rs.getString("icb_name"),
            rs.getString("source_name"),
            rs.getString("sha256"),
            rs.getInt("places"),
            rs.getInt("organisations"),
            rs.getInt("roles"),
            rs.getInt("capabilities"),
            rs.getInt("services"),
            rs.getInt("warnings"),
            rs.getString("uploaded_by"),
            rs.getTimestamp("uploaded_at").toInstant(),
            (Long) rs.getObject("previous_id"));

    private final JdbcTemplate jdbc;

    public DatasetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the dataset in one transaction: if any file cannot be written, the summary row and every file
     * already written are rolled back, so a half-stored dataset never exists. Its metrics are its metrics.csv,
     * read with the rest of the model (MetricsUseCase), not a table of their own.
     */
    @Transactional
    public StoredDataset store(StoredDataset summary, List<DatasetFile> files) {
        return store(summary, files, null);
    }

    /**
     * Stores the dataset as {@link #store(StoredDataset, List)} does, with the import report of a dataset the
     * server built from the published files (null: an upload, which has none) in the same transaction.
     */
    @Transactional
    public StoredDataset store(StoredDataset summary, List<DatasetFile> files, DatasetFile importReport) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(
                            "INSERT INTO datasets (name, icb_code, icb_name,"
                                    + " source_name, sha256, places, organisations, roles, capabilities, services, warnings, uploaded_by, previous_id)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setString(1, summary.name());
                    ps.setString(2, summary.icbCode());
                    ps.setString(3, summary.icbName());
                    ps.setString(4, summary.sourceName());
                    ps.setString(5, summary.sha256());
                    ps.setInt(6, summary.places());
                    ps.setInt(7, summary.organisations());
                    ps.setInt(8, summary.roles());
                    ps.setInt(9, summary.capabilities());
                    ps.setInt(10, summary.services());
                    ps.setInt(11, summary.warnings());
                    ps.setString(12, summary.uploadedBy());
                    ps.setObject(13, summary.previousId());
                    return ps;
                },
                key);
        long id = key.getKey().longValue();
        for (DatasetFile file : files) {
            jdbc.update(
                    "INSERT INTO dataset_files (dataset_id, file_name, content) VALUES (?, ?, ?)",
                    id,
                    file.name(),
                    file.content());
        }
        if (importReport != null) {
            jdbc.update(
                    "INSERT INTO dataset_import_reports (dataset_id, file_name, content) VALUES (?, ?, ?)",
                    id,
                    importReport.name(),
                    importReport.content());
        }
        return find(id).orElseThrow();
    }

    /** The import report of a dataset the server imported from the published files; empty for an upload. */
    public Optional<DatasetFile> importReport(long id) {
        return jdbc
                .query(
                        "SELECT file_name, content FROM dataset_import_reports WHERE dataset_id = ?",
                        (rs, i) -> new DatasetFile(rs.getString(1), rs.getBytes(2)),
                        id)
                .stream()
                .findFirst();
    }

    /** The datasets that have an import report (for the pages' links). */
    public java.util.Set<Long> imported() {
        return new java.util.HashSet<>(jdbc.queryForList("SELECT dataset_id FROM dataset_import_reports", Long.class));
    }

    public Optional<StoredDataset> find(long id) {
        return jdbc.query("SELECT * FROM datasets WHERE id = ?", DATASET, id).stream()
                .findFirst();
    }

    public StoredDataset get(long id) {
        return find(id).orElseThrow(() -> new NotFound("datasetId", "no dataset " + id));
    }

    public List<StoredDataset> all() {
        return jdbc.query("SELECT * FROM datasets ORDER BY id DESC", DATASET);
    }

    /** The newest stored dataset of an ICB (its current picture of the system), if it has one. */
    public Optional<StoredDataset> newest(String icbCode) {
        return jdbc
                .query(
                        "SELECT * FROM datasets WHERE upper(icb_code) = upper(?) ORDER BY id DESC LIMIT 1",
                        DATASET,
                        icbCode)
                .stream()
                .findFirst();
    }

    /** A stored dataset's name: a label, not its content, so changing it changes no run or file. */
    public void rename(long id, String name) {
        jdbc.update("UPDATE datasets SET name = ? WHERE id = ?", name, id);
    }

    public long count() {
        return jdbc.queryForObject("SELECT count(*) FROM datasets", Long.class);
    }

    public List<DatasetFile> files(long id) {
        return jdbc.query(
                "SELECT file_name, content FROM dataset_files WHERE dataset_id = ? ORDER BY file_name",
                (rs, i) -> new DatasetFile(rs.getString(1), rs.getBytes(2)),
                id);
    }
}
