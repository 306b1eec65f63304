package org.skillmix.app.web.result;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.skillmix.app.web.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * At most one what-if preview per processor at a time, the others waiting in arrival order (a fair semaphore):
 * a preview is CPU only (about 10 ms on GM), so more at once would only share the processors and all finish
 * late, and the pooled kernel workers stay as many as the processors. A preview that cannot start within the
 * wait is refused with 503 and nothing computed.
 */
final class PreviewGate {
    /** Longer than any sane queue of previews; past it the server is busy with something else entirely. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private final Semaphore permits;
    private final Duration wait;

    PreviewGate() {
        this(Runtime.getRuntime().availableProcessors(), WAIT);
    }

    PreviewGate(int permits, Duration wait) {
        this.permits = new Semaphore(Math.max(1, permits), true);
        this.wait = wait;
    }

    <T> T run(Supplier<T> preview) {
        boolean entered;
        try {
            entered = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        if (!entered) throw new Busy();
        try {
            return preview.get();
        } finally {
            permits.release();
        }
    }

    /** Previews waiting for a turn now. */
    int waiting() {
        return permits.getQueueLength();
    }

    /** The previews queued ahead did not finish in time. */
    static final class Busy extends ApiException {
        Busy() {
            super(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    null,
                    "the server is busy with other previews: nothing was computed; try again in a few seconds");
        }
    }
}
