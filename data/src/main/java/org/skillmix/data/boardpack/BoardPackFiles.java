package org.skillmix.data.boardpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;
import org.skillmix.core.projection.SeriesKey;

/**
 * Writes a board pack's files whole or not at all: board-pack.pdf, board-pack.html (the same page) and
 * cqc-evidence.csv are written to a temporary folder beside the output folder and moved into it only when all
 * three are complete.
 */
public final class BoardPackFiles {
    public static final String PDF = "board-pack.pdf", HTML = "board-pack.html", CQC_CSV = "cqc-evidence.csv";

    private BoardPackFiles() {}

    /** The files written, in the order above. */
    public static List<Path> write(BoardPack pack, CqcEvidence.Records records, Path out) throws IOException {
        List<CqcEvidence.Statement> cqc = CqcEvidence.of(pack, records);
        String page = new BoardPackPage(pack).render(cqc);
        Files.createDirectories(out);
        Path temp = Files.createTempDirectory(out, ".board-pack-");
        try {
            Files.writeString(temp.resolve(HTML), page, StandardCharsets.UTF_8);
            try (OutputStream pdf = Files.newOutputStream(temp.resolve(PDF))) {
                BoardPackPdf.write(page, pdf);
            }
            try (Writer csv = Files.newBufferedWriter(temp.resolve(CQC_CSV), StandardCharsets.UTF_8)) {
                CqcEvidence.writeCsv(cqc, csv);
            }
            for (String name : List.of(PDF, HTML, CQC_CSV)) move(temp.resolve(name), out.resolve(name));
        } finally {
            try (var left = Files.list(temp)) {
                for (Path p : left.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(temp);
        }
        return List.of(out.resolve(PDF), out.resolve(HTML), out.resolve(CQC_CSV));
    }

    /** The PDF alone, for the web: the reader's suppression applied to the totals they may not see. */
    public static byte[] pdf(BoardPack pack, CqcEvidence.Records records, Predicate<SeriesKey> hidden)
            throws IOException {
        String page = new BoardPackPage(pack, hidden).render(CqcEvidence.of(pack, records));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        BoardPackPdf.write(page, out);
        return out.toByteArray();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
