package org.skillmix.app.web.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The project's guides (docs/*.md, packed into the jar under help/ at build time) as HTML pages, so a planner
 * using the web application reaches the same help as one reading the repository. Rendered once: the jar's
 * guides do not change while it runs. Raw HTML in a guide is escaped, links to other guides point at their
 * pages, and a link to a file outside the guides (an example's folder) keeps its words without the link.
 */
@Component
public class HelpDocs {
    /** A link to another guide, as the guides write them: "method.md", "docs/method.md#explain". */
    private static final Pattern GUIDE = Pattern.compile("(?:\\.\\./)?(?:docs/)?([a-z0-9-]+)\\.md(#[^\\s]*)?");

    /** One guide: its page name (the file without .md), its title (the first heading) and its HTML. */
    public record Guide(String name, String title, String html) {}

    private final Map<String, Guide> guides;

    public HelpDocs() {
        this.guides = load();
    }

    /** Every guide, by title. */
    public List<Guide> all() {
        return guides.values().stream()
                .sorted(Comparator.comparing(Guide::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Optional<Guide> guide(String name) {
        return Optional.ofNullable(guides.get(name));
    }

    private static Map<String, Guide> load() {
        Map<String, Guide> out = new LinkedHashMap<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:help/*.md");
            for (Resource r : found) {
                String file = r.getFilename();
                if (file == null) continue;
                String markdown;
                try (InputStream in = r.getInputStream()) {
                    markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String name = file.substring(0, file.length() - ".md".length());
                out.put(name, render(name, markdown));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Guide render(String name, String markdown) {
        var extensions = List.of(TablesExtension.create());
        Node document = Parser.builder().extensions(extensions).build().parse(markdown);
        String[] title = {name};
        List<Link> unlinked = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1 && title[0].equals(name)) title[0] = text(heading);
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                String href = link.getDestination();
                Matcher m = GUIDE.matcher(href);
                if (m.matches()) link.setDestination("/help/" + m.group(1) + (m.group(2) == null ? "" : m.group(2)));
                else if (!href.startsWith("#") && !href.startsWith("/") && !href.contains("://")) unlinked.add(link);
                visitChildren(link);
            }
        });
        for (Link link : unlinked) {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Heading heading) attributes.put("id", slug(text(heading)));
                    if (tagName.equals("table")) attributes.put("class", "nhsuk-table nhsuk-table--compact");
                })
                .build();
        String html = renderer.render(document)
                // wide tables and code scroll in their own box, which a keyboard can reach
                .replace("<table ", "<div class=\"app-table-wrap\" tabindex=\"0\"><table ")
                .replace("</table>", "</table></div>")
                .replace("<pre>", "<pre tabindex=\"0\">");
        return new Guide(name, title[0], html);
    }

    /** A heading's anchor as GitHub writes it: lower case, spaces to hyphens, punctuation dropped. */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .trim()
                .replace(' ', '-');
    }

    private static String text(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }
        });
        return b.toString();
    }
}
