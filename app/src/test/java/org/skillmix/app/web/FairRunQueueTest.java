package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.app.web.run.FairRunQueue;

class FairRunQueueTest {

    @Test
    void usersTakeTurnsWhateverTheOrderTheyQueuedIn() throws Exception {
        FairRunQueue queue = new FairRunQueue();
        queue.add("ann", 1);
        queue.add("ann", 2);
        queue.add("ann", 3);
        queue.add("bob", 4);
        queue.add("cat", 5);
        queue.add("bob", 6);
        assertThat(queue.order()).containsExactly(1L, 4L, 5L, 2L, 6L, 3L);
        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < 6; i++) taken.add(queue.take());
        assertThat(taken).containsExactly(1L, 4L, 5L, 2L, 6L, 3L);
    }

    @Test
    void aRemovedRunIsNotTaken() throws Exception {
        FairRunQueue queue = new FairRunQueue();
        queue.add("ann", 1);
        queue.add("bob", 2);
        assertThat(queue.remove(1)).isTrue();
        assertThat(queue.remove(1)).isFalse();
        assertThat(queue.take()).isEqualTo(2L);
        assertThat(queue.order()).isEmpty();
    }
}
