package org.skillmix.data.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The reports' Thymeleaf templates (plain Thymeleaf, no Spring), in
 * {@code org/skillmix/data/report/templates/}: one set renders both a page and the board pack's PDF, so the two
 * cannot drift. Templates are written as well-formed XHTML, which the PDF renderer needs; text is escaped by
 * {@code th:text}, and {@code th:utext} only takes markup built and escaped by this package.
 */
public final class Templates {
    private static final TemplateEngine ENGINE = engine();

    private Templates() {}

    /** A static file the pages inline (report.css, echarts.min.js, a page's script), from this package's resources. */
    public static String resource(String name) {
        String path = "/org/skillmix/data/report/" + name;
        try (InputStream in = Templates.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template rendered with these variables. */
    public static String render(String template, Map<String, Object> variables) {
        return ENGINE.process(template, new Context(Locale.UK, variables));
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("org/skillmix/data/report/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        // The templates inline no JavaScript (no th:inline, no [[...]] in a script), so the serializer that would
        // write such values is never called; Thymeleaf's own one spares building a Jackson ObjectMapper of its own
        // on every process's first render (docs/performance.md, "Fixed costs of a run").
        StandardDialect dialect = new StandardDialect();
        dialect.setJavaScriptSerializer(new StandardJavaScriptSerializer(false));
        engine.setDialect(dialect);
        return engine;
    }
}
