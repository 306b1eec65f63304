package org.skillmix.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.skillmix.core.projection.ProgressListener;

/**
 * A progress bar for the terminal. On a console it redraws one line; when output goes to a file or a
 * CI log it prints a line every 10% instead, so logs stay readable.
 */
final class TerminalProgress implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final String label;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private int lastShown = -1;

    TerminalProgress(PrintWriter out, String label) {
        this.out = out;
        this.label = label;
        this.interactive = System.console() != null;
    }

    @Override
    public synchronized void drawsCompleted(int completed, int total) {
        int percent = total == 0 ? 100 : (int) (100L * completed / total);
        if (interactive) {
            if (percent == lastShown) return;
            int filled = percent * WIDTH / 100;
            out.printf(
                    Locale.UK,
                    "\r%s [%s%s] %3d%%  %,d/%,d draws  %.1fs",
                    label,
                    "#".repeat(filled),
                    " ".repeat(WIDTH - filled),
                    percent,
                    completed,
                    total,
                    seconds());
            if (completed == total) out.println();
        } else {
            int decile = percent / 10;
            if (decile == lastShown / 10 && lastShown >= 0) return;
            out.printf(Locale.UK, "%s %3d%%  %,d/%,d draws  %.1fs%n", label, decile * 10, completed, total, seconds());
        }
        out.flush();
        lastShown = percent;
    }

    private double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
