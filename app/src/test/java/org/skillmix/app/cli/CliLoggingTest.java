package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command line's logging set up in code behaves as the XML file it replaced did. */
class CliLoggingTest {
    /** The file the CLI used before (app/src/main/resources/logback-cli.xml until 2026-12-06): the reference. */
    private static final String FORMER_XML = "<configuration><appender name=\"STDERR\""
            + " class=\"ch.qos.logback.core.ConsoleAppender\"><target>System.err</target><encoder>"
            + "<pattern>%level %logger{30}: %msg%n</pattern></encoder></appender>"
            + "<root level=\"WARN\"><appender-ref ref=\"STDERR\"/></root></configuration>";

    private final String before = System.getProperty(CliLogging.PROPERTY);

    @AfterEach
    void restoreProperty() {
        if (before == null) System.clearProperty(CliLogging.PROPERTY);
        else System.setProperty(CliLogging.PROPERTY, before);
    }

    @Test
    void warningsAndErrorsOnStderrFormattedAsTheFormerXmlDid() throws JoranException {
        System.setProperty(CliLogging.PROPERTY, CliLogging.ON);
        LoggerContext inCode = new LoggerContext();
        CliLogging configurator = new CliLogging();
        configurator.setContext(inCode);
        assertThat(configurator.configure(inCode)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        LoggerContext fromXml = new LoggerContext();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(fromXml);
        joran.doConfigure(new ByteArrayInputStream(FORMER_XML.getBytes(StandardCharsets.UTF_8)));

        ConsoleAppender<ILoggingEvent> stderr = onlyAppender(inCode);
        ConsoleAppender<ILoggingEvent> reference = onlyAppender(fromXml);
        assertThat(stderr.getTarget()).isEqualTo("System.err").isEqualTo(reference.getTarget());
        assertThat(stderr.isStarted()).isTrue();
        for (LoggerContext c : List.of(inCode, fromXml)) {
            Logger solver = c.getLogger("org.skillmix.core.projection.ProjectionKernel");
            assertThat(solver.isWarnEnabled()).isTrue();
            assertThat(solver.isInfoEnabled()).isFalse();
        }

        LoggingEvent warn = event(inCode, Level.WARN, "org.skillmix.core.projection.ProjectionKernel", null);
        // %logger{30}: the 45-character name's packages cut to initials from the left until it fits in 30.
        assertThat(encoded(stderr, warn))
                .isEqualTo("WARN o.s.c.p.ProjectionKernel: 3 of 4 draws" + System.lineSeparator());
        LoggingEvent error =
                event(inCode, Level.ERROR, "org.thymeleaf.TemplateEngine", new IllegalStateException("broken"));
        String withTrace = encoded(stderr, error);
        // A pattern without %ex still prints the exception: logback appends it to every pattern layout.
        assertThat(withTrace)
                .startsWith("ERROR org.thymeleaf.TemplateEngine: 3 of 4 draws" + System.lineSeparator()
                        + "java.lang.IllegalStateException: broken" + System.lineSeparator() + "\tat ");
        for (LoggingEvent e : List.of(warn, error)) {
            assertThat(encoded(stderr, e)).isEqualTo(encoded(reference, e));
        }
    }

    @Test
    void leavesLogbackToItsOwnSearchUnlessTheCommandLineAsks() {
        System.clearProperty(CliLogging.PROPERTY);
        LoggerContext context = new LoggerContext();
        CliLogging configurator = new CliLogging();
        configurator.setContext(context);
        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.iteratorForAppenders().hasNext()).isFalse();
        assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
    }

    private static LoggingEvent event(LoggerContext context, Level level, String logger, Throwable thrown) {
        Logger l = context.getLogger(logger);
        return new LoggingEvent(Logger.FQCN, l, level, "{} of {} draws", thrown, new Object[] {3, 4});
    }

    private static String encoded(ConsoleAppender<ILoggingEvent> appender, ILoggingEvent event) {
        return new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static ConsoleAppender<ILoggingEvent> onlyAppender(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        List<Appender<ILoggingEvent>> all = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) all.add(it.next());
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).isInstanceOf(ConsoleAppender.class);
        return (ConsoleAppender<ILoggingEvent>) all.get(0);
    }
}
