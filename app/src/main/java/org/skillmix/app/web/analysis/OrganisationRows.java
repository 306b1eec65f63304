package org.skillmix.app.web.analysis;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A CSV output's rows for a reader who may see only some organisations (an organisation lead): a row whose
 * organisation columns (org_code, worker_home_org, ...) name an organisation the reader may not see is withheld,
 * whole, so no figure of another organisation reaches them; rows for no organisation (system totals) stay. Kept
 * rows are the file's own bytes, line for line.
 */
final class OrganisationRows {
    private OrganisationRows() {}

    /** The file's lines split into header and rows, each with its fields. */
    record Table(String headerLine, List<String> header, List<String> lines, List<List<String>> rows) {}

    static boolean organisationColumn(String column) {
        return column.equals("org_code") || column.endsWith("_org") || column.endsWith("_org_code");
    }

    /**
     * Records, not physical lines: a quoted field may hold a line break, and splitting on it would judge the
     * continuation by the wrong columns. Each record keeps its own lines of the file (from its first line to the
     * line before the next record's, blank lines trimmed), so kept rows are still the file's bytes.
     */
    static Table parse(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> physical = List.of(text.split("\r?\n", -1));
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            reader.forEach(records::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.isEmpty()) return new Table("", List.of(), List.of(), List.of());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            int from = (int) records.get(i).getStartingLineNumber() - 1;
            int to = i + 1 < records.size() ? (int) records.get(i + 1).getStartingLineNumber() - 1 : physical.size();
            while (to > from + 1 && physical.get(to - 1).isEmpty()) to--;
            lines.add(String.join("\n", physical.subList(from, to)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (CsvRecord r : records.subList(1, records.size())) rows.add(r.getFields());
        return new Table(lines.get(0), records.get(0).getFields(), lines.subList(1, lines.size()), rows);
    }

    /** The rows the reader may see, as bytes of the same file. */
    static byte[] visible(byte[] csv, Predicate<String> seesOrganisation) {
        Table t = parse(csv);
        StringBuilder out = new StringBuilder(t.headerLine()).append('\n');
        for (int i = 0; i < t.rows().size(); i++) {
            if (visible(t.header(), t.rows().get(i), seesOrganisation))
                out.append(t.lines().get(i)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static boolean visible(List<String> header, List<String> row, Predicate<String> seesOrganisation) {
        for (int c = 0; c < header.size() && c < row.size(); c++) {
            String org = row.get(c);
            if (organisationColumn(header.get(c)) && !org.isBlank() && !seesOrganisation.test(org)) return false;
        }
        return true;
    }
}
