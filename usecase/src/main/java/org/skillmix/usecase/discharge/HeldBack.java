package org.skillmix.usecase.discharge;

import java.util.Map;
import org.skillmix.core.discharge.DischargeFlowModel;
import org.skillmix.core.discharge.DischargeSite;
import org.skillmix.core.discharge.NctrSeries;
import org.skillmix.core.discharge.Pathway;
import org.skillmix.core.discharge.StaffingEffect;
import org.skillmix.core.discharge.StudyWindow;

/**
 * The held-back months a what-if runs over: their published arrivals, from the first held-back day's backlog.
 *
 * @param arrivals the arrivals each held-back day implies (held-back arrivals end with the last known day)
 * @param backlog0 the NCTR backlog on the first held-back day
 * @param initial  that backlog split by pathway as the ICB's site shares it
 */
record HeldBack(StudyWindow window, double[] arrivals, double backlog0, Map<Pathway, Double> initial) {

    static HeldBack of(NctrSeries series, StudyWindow window, DischargeSite site) {
        NctrSeries filled = series.filled();
        double backlog0 = filled.backlog()[series.indexOf(window.testFrom())];
        return new HeldBack(
                window,
                filled.impliedArrivals(window.testFrom(), window.testTo()),
                backlog0,
                DischargeFlowModel.splitByShare(site, backlog0));
    }

    /** What this many more homecare FTE at a site do over the held-back days. */
    StaffingEffect effect(DischargeFlowModel model, DischargeSite site, double fte, double packagesPerFtePerDay) {
        return StaffingEffect.of(
                model, site, window.testFrom(), arrivals, initial, Pathway.HOME_CARE, fte, packagesPerFtePerDay);
    }
}
