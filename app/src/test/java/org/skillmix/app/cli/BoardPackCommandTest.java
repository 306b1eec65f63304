package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `skillmix board-pack examples/greater-manchester --out DIR` on the shipped example itself (not a copy), which
 * carries its documented interventions: page one of the PDF has the recommendation with its costs a year, FTE closed
 * and ranges (issue 14's done-when), not the page of a dataset with nothing to choose from.
 */
class BoardPackCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theExamplesPackRecommendsOnPageOne() throws Exception {
        Path out = tmp.resolve("pack");
        CliTest.Run r = CliTest.run(
                "board-pack",
                CliTest.EXAMPLE.toString(),
                "--out",
                out.toString(),
                "--years",
                "3",
                "--draws",
                "40",
                "--marginal-draws",
                "10");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote board-pack.pdf");
        String page1;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("board-pack.pdf").toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            page1 = text.getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(page1)
                .doesNotContain("has no interventions")
                .contains("What we should do")
                .containsPattern("We should fund the [0-9]+ interventions? below")
                .contains("FTE closed")
                .contains("Programme cost")
                .contains("Change in the pay bill")
                .contains("a year")
                .containsPattern("P10 [0-9,]+ to P90 [0-9,]+");
        // FTE closed is the baseline's shortfall less the portfolio's, draw by draw: its mean is the difference of
        // the two means page one gives (each rounded to a whole FTE).
        double baseline = number(page1, "Average shortfall over a year, baseline");
        double withPortfolio = number(page1, "Average shortfall over a year, with the portfolio");
        double closed = number(page1, "FTE closed");
        assertThat(closed).isPositive().isCloseTo(baseline - withPortfolio, within(1.0));

        // What it recommends is the example's own interventions, named in the portfolio table by their codes.
        List<String> codes = Files.readAllLines(CliTest.EXAMPLE.resolve("interventions.csv")).stream()
                .skip(1)
                .map(line -> line.split(",", -1)[2])
                .toList();
        String html = Files.readString(out.resolve("board-pack.html"));
        String portfolio = html.substring(
                html.indexOf("The recommended portfolio"),
                html.indexOf("</table>", html.indexOf("The recommended portfolio")));
        Matcher funded =
                Pattern.compile("<span class=\"code\">\\(([^)]+)\\)</span>").matcher(portfolio);
        int rows = 0;
        while (funded.find()) {
            assertThat(codes).contains(funded.group(1));
            rows++;
        }
        Matcher count =
                Pattern.compile("We should fund the ([0-9]+) intervention").matcher(page1);
        assertThat(count.find()).isTrue();
        assertThat(rows).isEqualTo(Integer.parseInt(count.group(1)));
    }

    /** The first number after a label, such as "FTE closed 3,031 FTE". */
    private static double number(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + " (-?[0-9,]+(?:\\.[0-9]+)?)")
                .matcher(text);
        assertThat(m.find()).as("a figure after \"" + label + "\" in: " + text).isTrue();
        return Double.parseDouble(m.group(1).replace(",", ""));
    }
}
