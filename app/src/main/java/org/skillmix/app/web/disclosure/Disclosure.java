package org.skillmix.app.web.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.disclosure.ProjectionTables.CellKey;
import org.springframework.stereotype.Component;

/**
 * Small-number suppression for readers who may not see every organisation (docs/web.md, "Small numbers"): the
 * tables of a finished run are worked out once, and each reader's suppression once per run and organisation.
 * A finished run never changes, so neither goes stale. Bounded: the least recently used entries go first.
 */
@Component
public class Disclosure {
    private static final int MAX_ENTRIES = 200;

    private final Map<String, Object> memory = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    /**
     * What this reader may not see of a run's series.
     *
     * @param run    names the run (and so its tables) in the memory
     * @param tables how to build the run's tables when they are not in the memory yet
     */
    public Suppression of(Account reader, String run, Supplier<ProjectionTables> tables) {
        if (AccessPolicy.seesEveryOrganisation(reader)) return Suppression.NONE;
        String key = run + "|" + reader.role() + "|" + reader.orgCode();
        Object found = memory.get(key);
        if (found instanceof Suppression s) return s;
        ProjectionTables t = tables(run, tables);
        Suppression s = new Suppression(
                t.staff.suppressedFor(org -> AccessPolicy.seesOrganisation(reader, org), Disclosure::ownFigure),
                t.capability.suppressedFor(org -> AccessPolicy.seesOrganisation(reader, org), k -> false));
        memory.put(key, s);
        return s;
    }

    private ProjectionTables tables(String run, Supplier<ProjectionTables> tables) {
        Object found = memory.get(run);
        if (found instanceof ProjectionTables t) return t;
        ProjectionTables built = tables.get();
        memory.put(run, built);
        return built;
    }

    /** An organisation's own figure (its series), as opposed to a total over organisations. */
    private static boolean ownFigure(CellKey k) {
        return !k.organisation().equals(ProjectionTables.ALL);
    }
}
