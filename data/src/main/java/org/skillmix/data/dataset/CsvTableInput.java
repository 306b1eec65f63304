package org.skillmix.data.dataset;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV table read from bytes, decoded by {@link TextDecoder} and parsed as a stream. Broken CSV (a quote
 * opened and never closed, text after a closing quote) is reported as a {@link CsvSyntaxError} with the row
 * a spreadsheet shows and the field it is in, in plain words.
 */
final class CsvTableInput implements TableInput {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Pattern FIELD = Pattern.compile("[Ff]ield at index (\\d+)");

    private final TextDecoder.Bytes bytes;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private int rowNumber;

    private CsvTableInput(TextDecoder.Bytes bytes, CsvReader<CsvRecord> reader) {
        this.bytes = bytes;
        this.reader = reader;
        this.records = reader.iterator();
    }

    static CsvTableInput open(TextDecoder.Bytes bytes) throws IOException {
        Reader text = TextDecoder.open(bytes).reader();
        // Blank lines come back as records so the row count matches what a spreadsheet shows.
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .skipEmptyLines(false)
                .allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(text);
        return new CsvTableInput(bytes, reader);
    }

    @Override
    public RawRow next() throws IOException {
        while (hasNext()) {
            CsvRecord record = records.next();
            rowNumber++;
            List<String> cells = new ArrayList<>(record.getFieldCount());
            boolean blank = true;
            for (String field : record.getFields()) {
                String cell = field.strip();
                blank &= cell.isEmpty();
                cells.add(cell);
            }
            // A row of empty cells (",,,," as Excel saves trailing rows) is a blank line too.
            if (!blank) return new RawRow(rowNumber, cells);
        }
        return null;
    }

    private boolean hasNext() throws IOException {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw syntaxError(e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }

    /** The broken record is the one after the last read; its field is found by reading its lines again. */
    private CsvSyntaxError syntaxError(CsvParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int row = rowNumber + 1;
        Matcher field = FIELD.matcher(message);
        if (message.contains("max field size") && field.find()) {
            return new CsvSyntaxError(
                    row,
                    Integer.parseInt(field.group(1)),
                    "a cell is longer than 16 million characters; a quote (\") may be opened and never closed");
        }
        Matcher line = LINE.matcher(message);
        long startLine = line.find() ? Long.parseLong(line.group(1)) : -1;
        int index = -1;
        if (startLine > 0) {
            try (Reader text = TextDecoder.open(bytes).reader()) {
                index = CsvSyntaxError.brokenField(text, startLine);
            } catch (IOException | RuntimeException again) {
                index = -1;
            }
        }
        if (message.contains("after closing quote")) {
            return new CsvSyntaxError(
                    row,
                    index,
                    "text follows the closing quote of a quoted cell; quote the whole cell and double each quote"
                            + " inside it (\"\")");
        }
        return new CsvSyntaxError(
                row,
                index,
                "a quote (\") opens a cell and is never closed, so the rest of the file would be one cell; close it,"
                        + " or double each quote inside a cell (\"\")");
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
