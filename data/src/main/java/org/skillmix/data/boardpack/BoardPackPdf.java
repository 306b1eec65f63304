package org.skillmix.data.boardpack;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.skillmix.data.report.WarmUp;

/**
 * The board pack's XHTML as a PDF (openhtmltopdf on PDFBox): A4, the DejaVu Sans fonts embedded (subset) so the
 * PDF reads the same on every machine, the charts drawn from their SVG as vectors, tagged for accessibility
 * (PDF/UA structure, the document's title and language).
 */
public final class BoardPackPdf {
    private static final String FONTS = "/org/skillmix/data/report/fonts/";

    static {
        // The renderer reports its timings and font loading at INFO on the planner's terminal; keep its warnings.
        for (String logger : XRLog.listRegisteredLoggers()) XRLog.setLevel(logger, Level.WARNING);
    }

    /**
     * A page with what the pack's pages have (the fonts, a table, a list, a chart drawn from SVG), for
     * {@link #warmUpInBackground}.
     */
    private static final String SAMPLE = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>"
            + "<title>warm-up</title><meta name=\"description\" content=\"warm-up\"/>"
            + "<meta name=\"subject\" content=\"warm-up\"/><style>body { font-family: 'DejaVu Sans'; } b { font-weight: 700; }</style></head>"
            + "<body><h1>Board pack</h1><table><tr><th>Figure</th><td><b>1,234</b> FTE</td></tr></table>"
            + "<ul><li>item</li></ul><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" alt=\"chart\" width=\"60\""
            + " height=\"20\" viewBox=\"0 0 60 20\"><title>chart</title><path d=\"M0 10 L60 5\" stroke=\"#005eb8\"/>"
            + "<text x=\"1\" y=\"19\" font-family=\"DejaVu Sans\" font-size=\"8\">2034/35</text></svg></body></html>";

    private BoardPackPdf() {}

    /**
     * Renders the pack's template ({@link PackWarmUp}) and a small sample page on a low-priority daemon thread, so the
     * template engine and the renderer's thousands of classes (openhtmltopdf, PDFBox, Batik) are loaded, the template
     * parsed and the fonts read while the pack's analysis runs, not after it: in a process that
     * renders one pack at its end, loading them was most of the time the PDF took (docs/performance.md, "Board
     * pack"). Nothing is written anywhere; a failure here is left for the real render to report.
     */
    public static void warmUpInBackground() {
        WarmUp.inBackground("board-pack-pdf-warm-up", () -> {
            PackWarmUp.render();
            write(SAMPLE, OutputStream.nullOutputStream());
        });
    }

    public static void write(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(
                () -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font(String name) {
        InputStream in = BoardPackPdf.class.getResourceAsStream(FONTS + name);
        if (in == null) throw new UncheckedIOException(new IOException("missing font " + FONTS + name));
        return in;
    }
}
