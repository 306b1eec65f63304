package org.skillmix.data.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An empty dataset workbook for a planner to fill in with Excel: a README sheet with the
 * instructions, then one sheet per table with its header row. The manifest sheet lists its keys,
 * with format_version already 1, so only the values need typing. Data sheets carry no example rows:
 * an example left in by mistake would be read as real data.
 */
public final class TemplateWorkbook {

    public void write(Path xlsx) throws IOException {
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            write(out);
        }
    }

    public void write(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, DatasetWriter.APPLICATION, DatasetWriter.APPLICATION_VERSION);
        WorkbookReadme.write(
                workbook, "Skillmix system dataset template (format version " + ManifestTable.FORMAT_VERSION + ")");
        for (DatasetTable table : DatasetTable.values()) {
            Worksheet sheet = TableSheet.withHeader(workbook, table);
            if (table == DatasetTable.MANIFEST) manifestKeys(sheet);
            sheet.finish();
        }
        workbook.finish();
    }

    private static void manifestKeys(Worksheet sheet) {
        int row = 1;
        for (String key : ManifestTable.REQUIRED_KEYS) {
            sheet.value(row, 0, key);
            if (key.equals("format_version")) sheet.value(row, 1, ManifestTable.FORMAT_VERSION);
            row++;
        }
        for (String key : ManifestTable.OPTIONAL_KEYS) {
            sheet.value(row++, 0, key);
        }
        sheet.width(1, 40);
    }
}
