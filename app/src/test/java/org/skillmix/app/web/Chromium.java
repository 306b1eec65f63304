package org.skillmix.app.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where Chromium and its chromedriver are: on the PATH first (chromium, chromium-browser, google-chrome;
 * chromedriver), then where Debian's packages put them. A browser test without them fails saying so.
 */
final class Chromium {
    private Chromium() {}

    static Path browser() {
        return find(
                List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"),
                List.of("/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser"),
                "Chromium");
    }

    static Path driver() {
        return find(
                List.of("chromedriver"),
                List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"),
                "chromedriver");
    }

    private static Path find(List<String> names, List<String> debianPaths, String what) {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) continue;
                for (String name : names) candidates.add(Path.of(dir, name));
            }
        }
        for (String p : debianPaths) candidates.add(Path.of(p));
        for (Path p : candidates) {
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        throw new IllegalStateException(what + " is not on the PATH nor at " + debianPaths
                + ": install it (Debian: apt-get install chromium chromium-driver) to run the browser test");
    }
}
