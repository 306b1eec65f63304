package org.skillmix.usecase.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The example the board pack tests read, and the means of reading a pack's PDF back as text and figures. */
final class BoardPacks {
    private BoardPacks() {}

    static final Path ROOT = Path.of(System.getProperty("skillmix.repoRoot", ".."))
            .toAbsolutePath()
            .normalize();
    static final int YEARS = 3;
    /** The shipped Greater Manchester example, which carries its documented interventions (interventions.csv). */
    static final Path GM = ROOT.resolve("examples/greater-manchester");

    /** The Greater Manchester example without its interventions, in folder: a dataset with nothing to choose from. */
    static Path gmWithoutInterventions(Path folder) throws IOException {
        copy(GM, folder);
        Files.delete(folder.resolve("interventions.csv"));
        return folder;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The first number after a row label on page one, such as "FTE closed 3,031 FTE". */
    static double number(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "\\s+(-?[0-9,]+(?:\\.[0-9]+)?)")
                .matcher(text.replaceAll("\\s+", " "));
        assertThat(m.find()).as("a figure after \"" + label + "\" in: " + text).isTrue();
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
