package org.skillmix.data.dataset;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.skillmix.core.system.SystemModel;

/**
 * Writes a {@link SystemModel} as a dataset {@link DatasetReader} reads back to an equal model: a
 * folder of CSV files (UTF-8, LF line ends), a zip of them, or one workbook with a README sheet.
 * Every table is written, optional ones with just the header when empty, so the files show the full
 * format. The manifest's free-text description is not part of the model and is not written.
 */
public final class DatasetWriter {

    static final String APPLICATION = "Skillmix";
    /** fastexcel wants an x.y version for the workbook's app properties. */
    static final String APPLICATION_VERSION = "1.0";

    /** Writes one CSV per table into the folder, creating it if needed and replacing those files. */
    public void writeFolder(SystemModel model, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (DatasetTable table : DatasetTable.values()) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(table.fileName()))) {
                writeCsv(table, model, out);
            }
        }
    }

    /** Writes one table's CSV to out, which stays open (for a caller that writes the folder whole or not at all). */
    public void writeTable(DatasetTable table, SystemModel model, OutputStream out) throws IOException {
        writeCsv(table, model, out);
        out.flush();
    }

    /** Writes the CSV files at the top level of a zip. */
    public void writeZip(SystemModel model, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (DatasetTable table : DatasetTable.values()) {
                out.putNextEntry(new ZipEntry(table.fileName()));
                writeCsv(table, model, out);
                out.closeEntry();
            }
        }
    }

    /** Writes a workbook: a README sheet, then one sheet per table. */
    public void writeWorkbook(SystemModel model, Path xlsx) throws IOException {
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            writeWorkbook(model, out);
        }
    }

    public void writeWorkbook(SystemModel model, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, APPLICATION, APPLICATION_VERSION);
        WorkbookReadme.write(
                workbook,
                "Skillmix system dataset: " + model.info().name() + " (format version " + ManifestTable.FORMAT_VERSION
                        + ")");
        for (DatasetTable table : DatasetTable.values()) {
            Worksheet sheet = TableSheet.withHeader(workbook, table);
            List<List<String>> rows = ModelRows.of(table, model);
            for (int r = 0; r < rows.size(); r++) {
                TableSheet.writeRow(sheet, table, r + 1, rows.get(r));
            }
            sheet.finish();
        }
        workbook.finish();
    }

    private static void writeCsv(DatasetTable table, SystemModel model, OutputStream out) throws IOException {
        // The CsvWriter must not close the stream: in a zip that would end the whole archive.
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text);
        csv.writeRecord(table.columns().stream().map(Column::name).toList());
        for (List<String> row : ModelRows.of(table, model)) {
            csv.writeRecord(row);
        }
        csv.flush();
        text.flush();
    }
}
