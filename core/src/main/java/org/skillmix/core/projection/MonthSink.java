package org.skillmix.core.projection;

/** Receives each month of a draw while the worker's arrays hold it. */
@FunctionalInterface
public interface MonthSink {
    void month(int t, ProjectionKernel.Worker worker);

    MonthSink NONE = (t, worker) -> {};
}
