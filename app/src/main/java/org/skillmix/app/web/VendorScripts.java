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
 * ECharts, served from the copy the HTML report already embeds (in the data module), so the jar carries
 * one copy and the pages work with no internet access. A plain controller rather than a resource chain:
 * a resource chain makes every link on every page look itself up on the classpath.
 */
@Controller
class VendorScripts {
    private static final String ECHARTS = "/org/skillmix/data/report/echarts.min.js";
    private static final String LICENCE = "/org/skillmix/data/report/ECHARTS-LICENSE.txt";
    private final byte[] echarts = read(ECHARTS);
    private final byte[] licence = read(LICENCE);

    @GetMapping("/vendor/echarts.min.js")
    ResponseEntity<byte[]> echarts() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .contentType(MediaType.parseMediaType("application/javascript"))
                .body(echarts);
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
