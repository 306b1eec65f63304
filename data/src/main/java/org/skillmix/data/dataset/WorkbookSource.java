package org.skillmix.data.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An XLSX workbook with one sheet per table, named as the file without {@code .csv}. A sheet named
 * README (the instructions the template and writer put first) is skipped. Problems name the file as
 * {@code workbook.xlsx[sheet]}.
 */
final class WorkbookSource implements DatasetSource {

    static final String README = "README";

    private final String workbookName;
    private final ReadableWorkbook workbook;
    private final Map<DatasetTable, Sheet> tables = new LinkedHashMap<>();
    private final List<String> unknown = new ArrayList<>();

    /**
     * Throws when the file is not a readable workbook (truncated, corrupt, an old .xls...). Its parts are
     * unpacked once first, counting, so a workbook that unpacks to more than {@link #MAX_BYTES} (whatever its
     * zip directory says) is refused before the workbook reader holds any of it in memory.
     */
    WorkbookSource(Path file) throws IOException {
        this.workbookName = file.getFileName().toString();
        long size = Files.size(file);
        if (size > MAX_BYTES) throw new TooLarge(workbookName, size);
        try (ZipFile parts = new ZipFile(file.toFile())) {
            UnpackedSize.check(parts);
        }
        ReadableWorkbook opened;
        try {
            // Cell formats are needed to tell a date (Excel's reading of a typed 2025-04) from a number.
            opened = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw new InputRefused("is not a readable Excel workbook (.xlsx): " + PlainWords.of(e)
                    + "; open it in Excel and save it" + " again as .xlsx");
        }
        this.workbook = opened;
        try {
            workbook.getSheets().forEach(sheet -> {
                String name = sheet.getName().strip();
                if (name.equalsIgnoreCase(README)) return;
                Optional<DatasetTable> table = DatasetTable.named(name);
                if (table.isPresent() && !tables.containsKey(table.get())) {
                    tables.put(table.get(), sheet);
                } else {
                    unknown.add(workbookName + "[" + sheet.getName() + "]");
                }
            });
        } catch (RuntimeException e) {
            workbook.close();
            throw new InputRefused("is not a readable Excel workbook (.xlsx): " + PlainWords.of(e));
        }
    }

    @Override
    public String fileOf(DatasetTable table) {
        Sheet sheet = tables.get(table);
        return workbookName + "[" + (sheet == null ? table.sheetName() : sheet.getName()) + "]";
    }

    @Override
    public Optional<TableInput> open(DatasetTable table) throws IOException {
        Sheet sheet = tables.get(table);
        if (sheet == null) return Optional.empty();
        return Optional.of(new SheetInput(sheet.openStream()));
    }

    @Override
    public List<String> unknownEntries() {
        return List.copyOf(unknown);
    }

    @Override
    public String unreadable(DatasetTable table, Exception cause) {
        return "cannot be read from " + workbookName + ": " + PlainWords.of(cause)
                + "; open it in Excel and save it again as .xlsx";
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** A sheet's rows as text, the way the same table would read from a CSV file. */
    private static final class SheetInput implements TableInput {

        private final Stream<Row> rows;
        private final Iterator<Row> iterator;

        SheetInput(Stream<Row> rows) {
            this.rows = rows;
            this.iterator = rows.iterator();
        }

        /** The next non-blank row; a sheet whose XML breaks off or is damaged is an unreadable table. */
        @Override
        public RawRow next() throws IOException {
            try {
                return nextRow();
            } catch (RuntimeException e) {
                throw new IOException(e);
            }
        }

        private RawRow nextRow() {
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                boolean blank = true;
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = text(row.getCell(i));
                    blank &= text.isEmpty();
                    cells.add(text);
                }
                if (!blank) return new RawRow(row.getRowNum(), cells);
            }
            return null;
        }

        @Override
        public void close() {
            rows.close();
        }

        /**
         * Numbers come back in plain decimal (2025, not 2025.0 or 2.025E3), so a workbook and a CSV
         * of the same table read the same. Formula cells give their last calculated value.
         */
        static String text(Cell cell) {
            if (cell == null) return "";
            return switch (cell.getType()) {
                case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
                case STRING -> cell.asString().strip();
                case FORMULA, BOOLEAN, ERROR ->
                    Optional.ofNullable(cell.getRawValue()).orElse("").strip();
                case EMPTY -> "";
            };
        }

        private static String plain(BigDecimal number) {
            String text = number.stripTrailingZeros().toPlainString();
            return text.equals("-0") ? "0" : text;
        }

        private static boolean isDate(Cell cell) {
            String format = cell.getDataFormatString();
            if (format == null) return false;
            String lower = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
            return !lower.equals("general") && (lower.contains("y") || lower.contains("d"));
        }
    }
}
