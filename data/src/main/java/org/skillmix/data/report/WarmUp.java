package org.skillmix.data.report;

/**
 * Work done ahead on a background thread only to load and compile code the real work will need (a template's first
 * render, the PDF renderer, the optimiser), while the main thread reads the dataset: docs/performance.md, "Fixed
 * costs of a run" and "Board pack".
 */
public final class WarmUp {

    /** A warm-up's work; what it makes is thrown away. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private WarmUp() {}

    /**
     * Starts task on a low-priority daemon thread called name and returns at once; the thread does not keep the
     * process alive. A failure is dropped: the real work meets the same problem and reports it with its context.
     */
    public static void inBackground(String name, Task task) {
        Thread thread = new Thread(
                () -> {
                    try {
                        task.run();
                    } catch (Exception e) {
                        // left for the real work to report
                    }
                },
                name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
