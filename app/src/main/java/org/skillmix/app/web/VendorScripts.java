package org.skillmix.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * ECharts (and the report's tornado chart), served from the copy the HTML report already embeds (in the
 * data module), so the jar carries one copy and the pages work with no internet access. A plain controller rather than a resource chain:
 * a resource chain makes every link on every page look itself up on the classpath.
 */
@Controller
class VendorScripts {
    private static final String ECHARTS = "/org/skillmix/data/report/echarts.min.js";
    private static final String LICENCE = "/org/skillmix/data/report/ECHARTS-LICENSE.txt";
    private static final String TORNADO = "/org/skillmix/data/report/tornado.js";
    private final byte[] echarts = read(ECHARTS);
    private final byte[] tornado = read(TORNADO);
    private final byte[] licence = read(LICENCE);

    @GetMapping("/vendor/echarts.min.js")
    ResponseEntity<byte[]> echarts() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .contentType(MediaType.parseMediaType("application/javascript"))
                .body(echarts);
    }

    /** The tornado chart of what drives the spread, the same script the HTML report inlines. */
    @GetMapping("/vendor/tornado.js")
    ResponseEntity<byte[]> tornado() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .contentType(MediaType.parseMediaType("application/javascript"))
                .body(tornado);
    }

    @GetMapping("/vendor/ECHARTS-LICENSE.txt")
    ResponseEntity<byte[]> licence() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(licence);
    }

    private static byte[] read(String resource) {
        try (InputStream in = VendorScripts.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
