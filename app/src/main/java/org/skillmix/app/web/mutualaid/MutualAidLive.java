package org.skillmix.app.web.mutualaid;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The best cover found so far by each running plan, against its bound: kept in memory, as it changes often. */
@Component
public class MutualAidLive {

    /** Hundredths of an FTE-week: critical and other cover of the best plan so far, and the bound on critical cover. */
    public record Best(long criticalCenti, long otherCenti, long boundCenti) {}

    private final Map<Long, Best> best = new ConcurrentHashMap<>();

    void update(long runId, Best b) {
        best.put(runId, b);
    }

    Best get(long runId) {
        return best.get(runId);
    }

    void ended(long runId) {
        best.remove(runId);
    }
}
