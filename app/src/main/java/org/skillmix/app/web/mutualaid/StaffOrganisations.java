package org.skillmix.app.web.mutualaid;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.skillmix.data.dataset.TextDecoder;

/**
 * The organisations whose people a staff file holds (its home_org column, willing or not): who may upload and
 * plan from it depends on them. Read after the file passed validation, so its shape is known.
 */
final class StaffOrganisations {
    private static final String COLUMN = "home_org";

    private StaffOrganisations() {}

    static Set<String> of(byte[] staffCsv) {
        Set<String> organisations = new TreeSet<>();
        // Decoded as the staff file's reader decoded it (UTF-8 else Windows-1252, no byte-order mark).
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(TextDecoder.decode(staffCsv))) {
            int column = -1;
            for (CsvRecord record : reader) {
                if (column < 0) {
                    column = record.getFields().stream()
                            .map(f -> f.trim().toLowerCase(Locale.ROOT))
                            .toList()
                            .indexOf(COLUMN);
                    if (column < 0) return organisations;
                    continue;
                }
                if (column < record.getFieldCount() && !record.getField(column).isBlank()) {
                    organisations.add(record.getField(column).trim().toUpperCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return organisations;
    }
}
