package org.skillmix.app.web.metrics;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.SystemMetric;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The system_metrics table: a stored dataset's metric points, written with the dataset and never changed. */
@Repository
public class SystemMetricStore {
    private final JdbcTemplate jdbc;

    public SystemMetricStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the points in batches; called inside the dataset's own transaction, so both are stored or neither. */
    public void insert(long datasetId, List<MetricPoint> points) {
        List<Object[]> rows = new ArrayList<>(points.size());
        for (MetricPoint p : points) {
            rows.add(new Object[] {
                datasetId,
                p.metric().name(),
                p.orgCode(),
                Date.valueOf(p.month().atDay(1)),
                p.value(),
                p.source() == null ? "" : p.source()
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO system_metrics (dataset_id, metric, org_code, month, value, source) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** A dataset's points, optionally of one metric and one organisation, in metric, organisation and month order. */
    public List<MetricPoint> find(long datasetId, SystemMetric metric, String orgCode) {
        StringBuilder sql = new StringBuilder(
                "SELECT metric, org_code, month, value, source FROM system_metrics WHERE dataset_id = ?");
        List<Object> args = new ArrayList<>(List.of(datasetId));
        if (metric != null) {
            sql.append(" AND metric = ?");
            args.add(metric.name());
        }
        if (orgCode != null) {
            sql.append(" AND org_code = ?");
            args.add(orgCode);
        }
        sql.append(" ORDER BY metric, org_code, month");
        // A metric name no longer in SystemMetric would be a dropped metric: skipped rather than failing the page.
        List<MetricPoint> out = new ArrayList<>();
        jdbc.query(
                sql.toString(),
                rs -> {
                    String name = rs.getString(1);
                    String org = rs.getString(2);
                    YearMonth month = YearMonth.from(rs.getDate(3).toLocalDate());
                    double value = rs.getDouble(4);
                    String source = rs.getString(5);
                    SystemMetric.fromCode(name).ifPresent(m -> out.add(new MetricPoint(m, org, month, value, source)));
                },
                args.toArray());
        return out;
    }
}
