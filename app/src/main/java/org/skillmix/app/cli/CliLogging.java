package org.skillmix.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging for the command-line tools (every command but serve, which keeps Spring Boot's): libraries such as the
 * solver log progress at INFO, which would mix into the command's own output, so only warnings and errors are
 * shown, on stderr, as {@code %level %logger{30}: %msg%n}.
 *
 * <p>Set up in code rather than from an XML file: parsing logback XML loads several hundred classes of its
 * configuration framework and took about 0.27 s of every run (docs/performance.md, "Fixed costs of a run"). Logback
 * finds this class as a service (META-INF/services) before its own XML search; it acts only when
 * {@link SkillmixCommand#main} has asked for it with the system property {@link #PROPERTY}, so {@code serve}, the
 * tests and a user's own {@code -Dlogback.configurationFile} are left to logback's usual search.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class CliLogging extends ContextAwareBase implements Configurator {
    /** The system property that turns this configuration on, with the value {@value #ON}. */
    public static final String PROPERTY = "skillmix.logging";

    public static final String ON = "cli";

    static final String PATTERN = "%level %logger{30}: %msg%n";

    /**
     * PDFBox warns "Using fallback font LiberationSans for base font ZapfDingbats" whenever the PDF renderer sets
     * up its standard fonts on a machine without them: twice on every board pack, though the pack uses only the
     * DejaVu fonts it embeds (BoardPackTest.everyFontIsEmbedded), so a planner read a font problem the PDF does not
     * have. Only its errors are shown.
     */
    static final String PDF_STANDARD_FONTS = "org.apache.pdfbox.pdmodel.font.PDType1Font";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!ON.equals(System.getProperty(PROPERTY))) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger(PDF_STANDARD_FONTS).setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
