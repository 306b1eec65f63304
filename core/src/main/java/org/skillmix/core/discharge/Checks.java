package org.skillmix.core.discharge;

/** Argument checks shared by the discharge records: a bad parameter should fail where it is made. */
final class Checks {
    private Checks() {}

    static void nonNegative(double v, String name) {
        if (!(v >= 0) || Double.isInfinite(v))
            throw new IllegalArgumentException(name + " must be a finite number >= 0, not " + v);
    }

    static void positive(double v, String name) {
        if (!(v > 0) || Double.isInfinite(v))
            throw new IllegalArgumentException(name + " must be a finite number > 0, not " + v);
    }

    static void share(double v, String name) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(name + " must be in [0, 1], not " + v);
    }
}
