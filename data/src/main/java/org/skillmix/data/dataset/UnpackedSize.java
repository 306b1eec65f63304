package org.skillmix.data.dataset;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip entry's bytes counted as they are unpacked. A zip's directory states each entry's size, but a
 * damaged or crafted zip can state less than it holds (a "zip bomb"): the count, not the statement, is held
 * to {@link DatasetSource#MAX_BYTES}, and an entry that unpacks to more than its directory says is refused
 * as soon as it does.
 */
final class UnpackedSize extends FilterInputStream {

    private static final String LIMIT = "Skillmix reads files up to " + DatasetSource.megabytes(DatasetSource.MAX_BYTES)
            + " (split the data, or leave out rows the projection does not use)";

    /** How messages name the entry: "" when the problem already names it (a table's own file). */
    private final String part;

    private final long declared;
    private long count;

    private UnpackedSize(InputStream in, String part, long declared) {
        super(in);
        this.part = part;
        this.declared = declared;
    }

    /** The bytes of an entry that problems name by its own file name, counted. */
    static InputStream of(ZipFile zip, ZipEntry entry) throws IOException {
        return of(zip, entry, "");
    }

    private static InputStream of(ZipFile zip, ZipEntry entry, String part) throws IOException {
        if (entry.getSize() > DatasetSource.MAX_BYTES) {
            throw new InputRefused(part + "is " + DatasetSource.megabytes(entry.getSize()) + "; " + LIMIT);
        }
        return new UnpackedSize(zip.getInputStream(entry), part, entry.getSize());
    }

    /**
     * Unpacks every entry of the zip once, counting, and refuses it when an entry or the whole is larger than
     * {@link DatasetSource#MAX_BYTES} unpacked or an entry holds more than its directory says: what a workbook
     * is checked with before its reader, which takes the directory's word, unpacks it.
     */
    static void check(ZipFile zip) throws IOException {
        long total = 0;
        byte[] buffer = new byte[8192];
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()) continue;
            try (InputStream in = of(zip, entry, "its part " + PlainWords.cut(entry.getName()) + " ")) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    total += n;
                    if (total > DatasetSource.MAX_BYTES) {
                        throw new InputRefused("is larger than " + DatasetSource.megabytes(DatasetSource.MAX_BYTES)
                                + " when unpacked; " + LIMIT);
                    }
                }
            }
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) counted(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) counted(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws IOException {
        count += n;
        if (declared >= 0 && count > declared) {
            throw new InputRefused(part + "holds more than the " + declared + " bytes the zip's directory says it"
                    + " has: the zip is damaged or made to mislead; make it again");
        }
        if (count > DatasetSource.MAX_BYTES) {
            throw new InputRefused(part + "is larger than " + DatasetSource.megabytes(DatasetSource.MAX_BYTES)
                    + " when unpacked; " + LIMIT);
        }
    }
}
