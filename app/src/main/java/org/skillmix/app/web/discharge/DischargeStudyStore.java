package org.skillmix.app.web.discharge;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Stored discharge studies: the study's row and its files, written together or not at all. */
@Repository
public class DischargeStudyStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    public DischargeStudyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored file of a study. */
    public record StudyFile(String name, byte[] content) {}

    @Transactional
    public DischargeStudy store(
            String icb, Long datasetId, String owner, DischargeStudy.Settings settings, Outputs outputs) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(
                            "INSERT INTO discharge_studies (icb_code, dataset_id, owner, settings)"
                                    + " VALUES (?, ?, ?, ?::jsonb)",
                            new String[] {"id"});
                    ps.setString(1, icb);
                    ps.setObject(2, datasetId);
                    ps.setString(3, owner);
                    ps.setString(4, JSON.writeValueAsString(settings));
                    return ps;
                },
                key);
        long id = key.getKey().longValue();
        for (Output output : outputs.all()) {
            jdbc.update(
                    "INSERT INTO discharge_study_files (study_id, file_name, content) VALUES (?, ?, ?)",
                    id,
                    output.name(),
                    output.bytes());
        }
        return find(id).orElseThrow();
    }

    public Optional<DischargeStudy> find(long id) {
        return jdbc.query(SELECT + " WHERE s.id = ? GROUP BY s.id", this::study, id).stream()
                .findFirst();
    }

    /** Every study, newest first. */
    public List<DischargeStudy> all() {
        return jdbc.query(SELECT + " GROUP BY s.id ORDER BY s.id DESC", this::study);
    }

    public Optional<StudyFile> file(long id, String name) {
        return jdbc
                .query(
                        "SELECT file_name, content FROM discharge_study_files WHERE study_id = ? AND file_name = ?",
                        (rs, i) -> new StudyFile(rs.getString(1), rs.getBytes(2)),
                        id,
                        name)
                .stream()
                .findFirst();
    }

    private static final String SELECT =
            "SELECT s.id, s.icb_code, s.dataset_id, s.owner, s.created_at, s.settings::text AS settings,"
                    + " array_agg(f.file_name ORDER BY f.file_name) FILTER (WHERE f.file_name IS NOT NULL) AS files"
                    + " FROM discharge_studies s LEFT JOIN discharge_study_files f ON f.study_id = s.id";

    private DischargeStudy study(ResultSet rs, int row) throws SQLException {
        java.sql.Array files = rs.getArray("files");
        return new DischargeStudy(
                rs.getLong("id"),
                rs.getString("icb_code"),
                (Long) rs.getObject("dataset_id"),
                rs.getString("owner"),
                rs.getTimestamp("created_at").toInstant(),
                JSON.readValue(rs.getString("settings"), DischargeStudy.Settings.class),
                files == null ? List.of() : List.of((String[]) files.getArray()));
    }
}
