package org.skillmix.app.web.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Previews take turns in arrival order, and one that cannot get a turn in time is refused with 503. */
class PreviewGateTest {

    @Test
    void waitingPreviewsRunInTheOrderTheyArrived() throws Exception {
        PreviewGate gate = new PreviewGate(1, Duration.ofSeconds(30));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        Thread first = new Thread(() -> gate.run(() -> {
            holding.countDown();
            await(release);
            return order.add(0);
        }));
        first.start();
        holding.await();
        List<Thread> queued = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int id = i;
            Thread t = new Thread(() -> gate.run(() -> order.add(id)));
            t.start();
            queued.add(t);
            while (gate.waiting() < i) Thread.onSpinWait(); // arrived and queued before the next one starts
        }
        release.countDown();
        first.join();
        for (Thread t : queued) t.join();
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aPreviewThatGetsNoTurnInTimeIsRefusedAndNothingRuns() throws Exception {
        PreviewGate gate = new PreviewGate(1, Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> gate.run(() -> {
            holding.countDown();
            return await(release);
        }));
        first.start();
        holding.await();
        List<String> ran = new ArrayList<>();
        assertThatThrownBy(() -> gate.run(() -> ran.add("late")))
                .isInstanceOfSatisfying(
                        PreviewGate.Busy.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE))
                .hasMessageContaining("nothing was computed");
        assertThat(ran).isEmpty();
        release.countDown();
        first.join();
        assertThat(gate.run(() -> "after")).isEqualTo("after");
    }

    private static boolean await(CountDownLatch latch) {
        try {
            latch.await();
            return true;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
