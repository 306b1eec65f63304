package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * `skillmix board-pack` printed "WARN o.a.p.pdmodel.font.PDType1Font: Using fallback font LiberationSans for base
 * font ZapfDingbats" twice on every run, for a font the pack never uses: the command line shows that logger's errors
 * only, and every other library's warnings as before.
 */
class CliLoggingPdfFontsTest {
    private final String before = System.getProperty(CliLogging.PROPERTY);

    @AfterEach
    void restoreProperty() {
        if (before == null) System.clearProperty(CliLogging.PROPERTY);
        else System.setProperty(CliLogging.PROPERTY, before);
    }

    @Test
    void pdfBoxsStandardFontFallbackIsNotWarnedOfButItsErrorsAre() {
        System.setProperty(CliLogging.PROPERTY, CliLogging.ON);
        LoggerContext context = new LoggerContext();
        CliLogging configurator = new CliLogging();
        configurator.setContext(context);
        configurator.configure(context);
        var fonts = context.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");
        assertThat(fonts.isWarnEnabled()).isFalse();
        assertThat(fonts.isErrorEnabled()).isTrue();
        // the rest of PDFBox, and every other library, still warn
        assertThat(context.getLogger("org.apache.pdfbox.pdmodel.PDDocument").isWarnEnabled())
                .isTrue();
        assertThat(context.getLogger("org.skillmix.core.projection.ProjectionKernel")
                        .isWarnEnabled())
                .isTrue();
    }
}
