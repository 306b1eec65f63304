package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    /**
     * Templates builds its engine with Thymeleaf's own JavaScript serializer, not the Jackson one, on the ground that
     * no template inlines a value into a script; a template that starts to must revisit that choice. Every template
     * of the folder is read, so a page converted later is checked without being listed here.
     */
    @Test
    void noTemplateInlinesValues() throws IOException, URISyntaxException {
        List<Path> templates;
        try (Stream<Path> files =
                Files.list(Path.of(Templates.class.getResource("templates").toURI()))) {
            templates = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(templates.stream().map(f -> f.getFileName().toString()))
                .contains("report.html", "board-pack.html", "board-pack-style.html");
        for (Path file : templates) {
            String name = file.getFileName().toString();
            String template = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(template)
                    .as(name)
                    .doesNotContain("th:inline")
                    .doesNotContain("[[")
                    .doesNotContain("[(");
        }
    }
}
