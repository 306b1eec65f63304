package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    /**
     * Templates builds its engine with Thymeleaf's own JavaScript serializer, not the Jackson one, on the ground that
     * no template inlines a value into a script; a template that starts to must revisit that choice.
     */
    @Test
    void noTemplateInlinesValues() throws IOException {
        for (String name : List.of("report", "board-pack", "board-pack-style")) {
            String template;
            try (InputStream in = Templates.class.getResourceAsStream("templates/" + name + ".html")) {
                assertThat(in).as(name).isNotNull();
                template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(template)
                    .as(name)
                    .doesNotContain("th:inline")
                    .doesNotContain("[[")
                    .doesNotContain("[(");
        }
    }
}
