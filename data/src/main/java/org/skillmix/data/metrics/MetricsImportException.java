package org.skillmix.data.metrics;

/** A published or local metrics file that cannot be used, naming the file, row and reason. */
public final class MetricsImportException extends Exception {
    public MetricsImportException(String message) {
        super(message);
    }
}
