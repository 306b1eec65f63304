package org.skillmix.data.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The warm-up renders the whole template: every variable the template reads is given (a missing list would throw in
 * a {@code th:if}, leaving the rest of the template unparsed and the real render cold).
 */
class PackWarmUpTest {
    @Test
    void theWarmUpRendersEverySection() {
        String page = PackWarmUp.render();
        for (String id :
                new String[] {"decision", "charts", "inequalities", "metrics", "cqc", "assumptions", "glossary"})
            assertThat(page).contains("id=\"" + id + "\"");
        assertThat(page).contains("</html>");
    }
}
