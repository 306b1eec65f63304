package org.skillmix.core.intervention;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillmix.core.discharge.DischargeInputs;
import org.skillmix.core.discharge.PlaceStaffing;

/**
 * A scenario's year's discharge benefit ({@link ScenarioComparison.Discharge}): the care workers it adds over the
 * baseline by place, and what the homecare among them does to acute beds ({@link DischargeInputs#benefit}).
 */
final class CareWorkerBenefit {
    /** A slot care workers are summed in: their place, and whether they are a trust's homecare arm (all homecare). */
    record Slot(String place, boolean homecareArm) {}

    private CareWorkerBenefit() {}

    /**
     * @param baseline the baseline's care worker FTE (in post less sickness, mean over the year) [draw][slot]
     * @param scenario the scenario's, on the same draws
     */
    static Optional<ScenarioComparison.Discharge> of(
            Optional<DischargeInputs> discharge,
            List<Slot> slots,
            double[][] baseline,
            double[][] scenario,
            YearMonth month,
            long seed) {
        if (discharge.isEmpty()) return Optional.empty();
        Map<String, Double> extra = new LinkedHashMap<>(), homecare = new LinkedHashMap<>();
        double total = 0;
        for (int p = 0; p < slots.size(); p++) {
            double added = 0;
            for (int d = 0; d < baseline.length; d++) added += scenario[d][p] - baseline[d][p];
            added /= baseline.length;
            // Float noise in a scenario that leaves care workers alone must not count as staff added.
            if (added > 1e-9) {
                Slot slot = slots.get(p);
                extra.merge(slot.place(), added, Double::sum);
                homecare.merge(
                        slot.place(),
                        slot.homecareArm() ? added : added * discharge.get().homecareShare(),
                        Double::sum);
                total += added;
            }
        }
        homecare.keySet()
                .retainAll(discharge.get().split().places().stream()
                        .map(PlaceStaffing::code)
                        .toList());
        // The same seed for every scenario and year: the prior's draws are common to all, so differences are theirs.
        return Optional.of(
                new ScenarioComparison.Discharge(extra, total, discharge.get().benefit(month, homecare, seed)));
    }
}
