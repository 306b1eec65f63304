package org.skillmix.data.dataset;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stored dataset's interventions.csv read into rows and written back, in the canonical column order. */
public final class InterventionsCsv {
    public static final String FILE = "interventions.csv";

    private InterventionsCsv() {}

    public static List<InterventionRow> read(byte[] content) {
        List<InterventionRow> rows = new ArrayList<>();
        List<String> header = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(TextDecoder.decode(content))) {
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                if (record.getFields().stream().allMatch(String::isBlank)) continue;
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.getFieldCount(); i++)
                    cells.put(header.get(i), record.getField(i));
                rows.add(InterventionRow.of(cells));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    public static byte[] write(List<InterventionRow> rows) {
        StringWriter text = new StringWriter();
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text);
        csv.writeRecord(InterventionRow.COLUMNS);
        for (InterventionRow row : rows) csv.writeRecord(row.cells());
        try {
            csv.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
