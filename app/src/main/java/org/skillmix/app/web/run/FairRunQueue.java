package org.skillmix.app.web.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs waiting for a worker, served round-robin by owner: one user queueing ten runs does not make
 * everyone else wait for all ten. Each owner's own runs keep their order.
 */
@org.springframework.stereotype.Component
public final class FairRunQueue {
    /** Owners in turn order; an owner is only here while they have runs waiting. */
    private final LinkedHashMap<String, ArrayDeque<Long>> waiting = new LinkedHashMap<>();

    public synchronized void add(String owner, long runId) {
        waiting.computeIfAbsent(owner, o -> new ArrayDeque<>()).add(runId);
        notifyAll();
    }

    /** The next run: the first waiting run of the owner whose turn it is; that owner then goes to the back. */
    public synchronized long take() throws InterruptedException {
        while (waiting.isEmpty()) wait();
        Iterator<Map.Entry<String, ArrayDeque<Long>>> turn = waiting.entrySet().iterator();
        Map.Entry<String, ArrayDeque<Long>> next = turn.next();
        long runId = next.getValue().poll();
        turn.remove();
        if (!next.getValue().isEmpty()) waiting.put(next.getKey(), next.getValue());
        return runId;
    }

    /** Removes a waiting run; false if it was not waiting (already taken, or never queued). */
    public synchronized boolean remove(long runId) {
        for (Iterator<Map.Entry<String, ArrayDeque<Long>>> it =
                        waiting.entrySet().iterator();
                it.hasNext(); ) {
            ArrayDeque<Long> runs = it.next().getValue();
            if (runs.remove(runId)) {
                if (runs.isEmpty()) it.remove();
                return true;
            }
        }
        return false;
    }

    /** The order runs would be taken in, if nothing else were added. */
    public synchronized List<Long> order() {
        List<ArrayDeque<Long>> queues = new ArrayList<>();
        waiting.values().forEach(q -> queues.add(new ArrayDeque<>(q)));
        List<Long> order = new ArrayList<>();
        while (!queues.isEmpty()) {
            for (Iterator<ArrayDeque<Long>> it = queues.iterator(); it.hasNext(); ) {
                ArrayDeque<Long> q = it.next();
                order.add(q.poll());
                if (q.isEmpty()) it.remove();
            }
        }
        return order;
    }
}
