package org.skillmix.data.dataset;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV table read from bytes. The bytes are read twice, streaming both times: once to see whether
 * they are valid UTF-8 (if not, they are what Excel's "CSV" saves on Windows: Windows-1252), then to
 * parse. A UTF-8 byte-order mark is skipped.
 */
final class CsvTableInput implements TableInput {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Opens the bytes afresh each time: the encoding check and the parse each need a pass. */
    interface Bytes {
        InputStream open() throws IOException;
    }

    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private int rowNumber;

    private CsvTableInput(CsvReader<CsvRecord> reader) {
        this.reader = reader;
        this.records = reader.iterator();
    }

    static CsvTableInput open(Bytes bytes) throws IOException {
        Charset charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        Reader text = new InputStreamReader(withoutBom(bytes.open()), charset);
        // Blank lines come back as records so the row count matches what a spreadsheet shows.
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .skipEmptyLines(false)
                .allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(text);
        return new CsvTableInput(reader);
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
            throw new IOException(
                    "not valid CSV: " + e.getMessage() + "; a field that opens a quote (\") must close it", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    static boolean isUtf8(Bytes bytes) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader text = new InputStreamReader(withoutBom(bytes.open()), decoder)) {
            CharBuffer buffer = CharBuffer.allocate(8192);
            while (text.read(buffer) >= 0) {
                buffer.clear();
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static InputStream withoutBom(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(BOM.length);
        byte[] start = in.readNBytes(BOM.length);
        if (!Arrays.equals(start, BOM)) in.reset();
        return in;
    }
}
