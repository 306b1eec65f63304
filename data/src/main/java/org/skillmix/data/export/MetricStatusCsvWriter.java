package org.skillmix.data.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.metrics.MetricHeadline;
import org.skillmix.core.metrics.MetricStatus;
import org.skillmix.core.metrics.SystemMetrics;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.SystemModel;

/**
 * metrics-status.csv (docs/metrics.md): each metric's latest month for each organisation and the ICS, by code with
 * its name beside (a planner reads names, a spreadsheet joins on codes), its value
 * in the metric's unit, the national threshold (blank where there is none), whether it is met (yes, no, or
 * blank where there is no threshold to meet) and a note. Every metric has an ICS row: one the dataset has no
 * ICS figure for has blank month and value and says why in the note ("no data"); a figure more than three
 * months behind the newest is noted as stale.
 */
public final class MetricStatusCsvWriter {

    public static final String HEADER = "metric,org_code,org_name,month,value,unit,threshold,met,note";

    public void write(SystemModel model, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(model, w);
        }
    }

    /** Writes the dataset's metrics to w, which stays open. */
    public void write(SystemModel model, Writer w) {
        SystemMetrics metrics = model.systemMetrics();
        Map<String, String> names = new HashMap<>();
        for (Organisation o : model.organisations()) names.put(o.code(), o.name());
        names.put(metrics.icb(), model.info().name());
        CsvOutput csv = CsvOutput.withHeader(w, HEADER);
        List<MetricStatus> latest = metrics.latest();
        for (MetricHeadline h : metrics.headlines()) {
            if (!h.hasData()) {
                csv.text(h.metric().name())
                        .text(metrics.icb())
                        .text(names.getOrDefault(metrics.icb(), ""))
                        .blank()
                        .blank()
                        .quoted(h.metric().unit());
                threshold(csv, h.metric().threshold());
                csv.blank().text(h.when()).endRow();
            }
            for (MetricStatus s : latest) {
                if (s.metric() != h.metric()) continue;
                csv.text(s.metric().name())
                        .text(s.orgCode())
                        .text(names.getOrDefault(s.orgCode(), ""))
                        .text(s.month().toString())
                        .number(sixFigures(s.value()))
                        .quoted(s.metric().unit());
                threshold(csv, s.metric().threshold());
                switch (s.verdict()) {
                    case MET -> csv.text("yes");
                    case NOT_MET -> csv.text("no");
                    case NO_THRESHOLD -> csv.blank();
                }
                String stale = MetricHeadline.staleness(s.month(), h.asOf());
                if (stale.isEmpty()) csv.blank();
                else csv.text(stale);
                csv.endRow();
            }
        }
        csv.flush();
    }

    /** NaN is the metric's way of saying it has no national threshold: a blank, as "met" is then. */
    private static void threshold(CsvOutput csv, double t) {
        if (Double.isNaN(t)) csv.blank();
        else csv.number(sixFigures(t));
    }

    /** Six significant figures: the published files carry no more. */
    private static BigDecimal sixFigures(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("metric value " + v + " is not a figure");
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
    }
}
