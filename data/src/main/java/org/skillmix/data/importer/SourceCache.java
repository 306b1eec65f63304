package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Parsed published files shared by the imports of one national run (docs/national.md): each file is read and
 * parsed once, and every ICB's import filters the same parsed rows. A parsed file is never changed after it is
 * read (the builders only read rows), so sharing it cannot leak one ICB's import into another's.
 *
 * <p>Off unless a run opens one ({@link #open}); a single import reads its files as before.
 */
public final class SourceCache implements AutoCloseable {
    private static volatile SourceCache active;

    private final Map<List<Object>, Object> parsed = new ConcurrentHashMap<>();
    private int hits;

    private SourceCache() {}

    /** Starts sharing parsed files until close; one at a time. */
    public static synchronized SourceCache open() {
        if (active != null) throw new IllegalStateException("a source cache is already open");
        active = new SourceCache();
        return active;
    }

    /** How many reads were answered from the cache. */
    public int hits() {
        return hits;
    }

    /** The files parsed so far. */
    public int files() {
        return parsed.size();
    }

    @Override
    public synchronized void close() {
        synchronized (SourceCache.class) {
            if (active == this) active = null;
        }
        parsed.clear();
    }

    interface Parse<T> {
        T parse() throws ImportException;
    }

    /** The parsed file for this key (the file's absolute path and how it is read), parsing it on first use. */
    @SuppressWarnings("unchecked")
    static <T> T get(Path file, Object how, Parse<T> parse) throws ImportException {
        SourceCache cache = active;
        if (cache == null) return parse.parse();
        List<Object> key = List.of(file.toAbsolutePath().normalize().toString(), how);
        // one parse per file even when two imports ask at once: the second waits for the first's result
        FutureTask<Object> task = new FutureTask<>(parse::parse);
        Object existing = cache.parsed.putIfAbsent(key, task);
        if (existing == null) {
            task.run();
        } else {
            synchronized (cache) {
                cache.hits++;
            }
        }
        try {
            return (T) ((FutureTask<Object>) (existing == null ? task : existing)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportException ie) throw ie;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another import read " + file, e);
        }
    }
}
