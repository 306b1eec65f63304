package org.skillmix.data.published;

/**
 * A published file (or a local metrics file) that cannot be used, naming the file, row and reason: the metrics
 * and discharge readers both throw it.
 */
public final class MetricsImportException extends Exception {
    public MetricsImportException(String message) {
        super(message);
    }
}
