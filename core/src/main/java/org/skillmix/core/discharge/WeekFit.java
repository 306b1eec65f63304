package org.skillmix.core.discharge;

import java.time.LocalDate;

/** One week's mean NCTR backlog, observed and modelled; heldBack when the week was not used to fit. */
public record WeekFit(LocalDate weekStart, double observed, double fitted, boolean heldBack) {

    public double absolutePercentageError() {
        return Math.abs(fitted - observed) / observed;
    }
}
