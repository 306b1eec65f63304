package org.skillmix.app.web.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** An analysis run's settings (its use case's settings record, as JSON) and the files it reads, as uploaded. */
@Repository
class AnalysisStore {
    private final JdbcTemplate jdbc;

    AnalysisStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(long runId, String settingsJson, Map<String, Upload> inputs) {
        jdbc.update("INSERT INTO analysis_settings (run_id, settings) VALUES (?, ?::jsonb)", runId, settingsJson);
        inputs.forEach((part, file) -> jdbc.update(
                "INSERT INTO analysis_inputs (run_id, part, file_name, content) VALUES (?, ?, ?, ?)",
                runId,
                part,
                file.name(),
                file.content()));
    }

    String settings(long runId) {
        return jdbc.queryForObject(
                "SELECT settings::text FROM analysis_settings WHERE run_id = ?", String.class, runId);
    }

    /** The run's input files by part (surge; bank and shifts). */
    Map<String, Upload> inputs(long runId) {
        Map<String, Upload> inputs = new LinkedHashMap<>();
        jdbc.query(
                "SELECT part, file_name, content FROM analysis_inputs WHERE run_id = ? ORDER BY part",
                rs -> {
                    inputs.put(rs.getString(1), new Upload(rs.getString(2), rs.getBytes(3)));
                },
                runId);
        return inputs;
    }
}
