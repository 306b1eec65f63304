package org.skillmix.app.web.speakup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests are the anonymous speak-up ones: matched on the path the dispatcher decodes, not the raw URI. */
class SpeakUpPathsTest {

    /** What Tomcat hands on: the raw URI as sent, the servlet path decoded (DispatcherServlet is mapped to /). */
    private static MockHttpServletRequest request(String rawUri, String decoded) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", rawUri);
        r.setServletPath(decoded);
        return r;
    }

    @Test
    void anEncodedSpeakUpPathIsStillAnonymous() {
        assertThat(SpeakUpPaths.PUBLIC.matches(request("/api/speak-up/concerns", "/api/speak-up/concerns")))
                .isTrue();
        // Spring MVC decodes %2D to '-' and serves the public controller: the filters must treat it as such.
        assertThat(SpeakUpPaths.PUBLIC.matches(request("/api/speak%2Dup/concerns", "/api/speak-up/concerns")))
                .isTrue();
        assertThat(SpeakUpPaths.PUBLIC.matches(request("/speak%2dup", "/speak-up")))
                .isTrue();
        assertThat(SpeakUpPaths.PUBLIC_API.matches(request("/api/speak%2Dup/follow", "/api/speak-up/follow")))
                .isTrue();
        // The signed-in routes stay signed in, however they are spelt.
        assertThat(SpeakUpPaths.PUBLIC.matches(request("/api/speak-up/%63ases", "/api/speak-up/cases")))
                .isFalse();
        assertThat(SpeakUpPaths.PUBLIC.matches(request("/speak-up/themes", "/speak-up/themes")))
                .isFalse();
        assertThat(SpeakUpPaths.PUBLIC.matches(request("/api/runs", "/api/runs")))
                .isFalse();
    }
}
