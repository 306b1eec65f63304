package org.skillmix.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.skillmix.usecase.mutualaid.MutualAidUseCase;

/** A line on the terminal at most once a second with a mutual-aid search's best cover so far. */
final class CoverProgress implements Consumer<MutualAidUseCase.Best> {
    private final PrintWriter out;
    private final long started = System.nanoTime();
    private long lastPrinted;

    CoverProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void accept(MutualAidUseCase.Best best) {
        long now = System.nanoTime();
        if (now - lastPrinted < 1_000_000_000L || best.criticalCenti() + best.otherCenti() == 0) return;
        lastPrinted = now;
        out.printf(
                Locale.ROOT,
                "  %5.1f s: critical covered %,.2f FTE, other %,.2f FTE%n",
                (now - started) / 1e9,
                best.criticalCenti() / 100.0,
                best.otherCenti() / 100.0);
        out.flush();
    }
}
