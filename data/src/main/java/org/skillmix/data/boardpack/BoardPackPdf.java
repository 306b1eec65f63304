package org.skillmix.data.boardpack;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

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

    private BoardPackPdf() {}

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
