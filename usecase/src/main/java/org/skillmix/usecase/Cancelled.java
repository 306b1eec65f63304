package org.skillmix.usecase;

/** Thrown inside a use case to stop it when its user cancelled; nothing of the run is kept. */
public final class Cancelled extends RuntimeException {
    public Cancelled() {
        super("cancelled", null, false, false);
    }
}
