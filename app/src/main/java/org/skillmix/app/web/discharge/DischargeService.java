package org.skillmix.app.web.discharge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.discharge.DischargeBenefit;
import org.skillmix.core.discharge.DischargeInputs;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.core.discharge.PlaceStaffing;
import org.skillmix.core.system.SystemModel;
import org.springframework.stereotype.Service;

/**
 * The discharge what-if of a stored dataset (its discharge.csv): every place's bed days a year saved by one more
 * homecare care worker FTE there (which place's social care binds), and what N more in one place do to bed days
 * and the ICB's occupancy. The same runs as the scenario comparison ({@link DischargeInputs#benefit}).
 */
@Service
public class DischargeService {
    /** More than any place employs: a typo, not a plan. */
    static final double MAX_FTE = 10_000;

    private final DatasetService datasets;

    public DischargeService(DatasetService datasets) {
        this.datasets = datasets;
    }

    /** One place's value of a homecare FTE. */
    public record PlaceRow(String code, String name, double arrivalShare, double homecareFte, double bedDaysPerFtePerYear, double barPercent) {
    }

    /** The asked-for extra FTE in one place and what they do. */
    public record WhatIf(String place, String name, double fte, DischargeBenefit benefit) {
    }

    public record Page(StoredDataset dataset, boolean available, List<PlaceRow> places, WhatIf whatIf) {
    }

    public Page page(Account account, long datasetId, String place, Double fte) {
        StoredDataset dataset = datasets.get(account, datasetId); // access by ICB; 404 / 403 as for every dataset page
        SystemModel model = datasets.model(datasetId);
        Optional<DischargeInputs> inputs = model.dischargeInputs();
        if (inputs.isEmpty()) return new Page(dataset, false, List.of(), null);
        DischargeInputs in = inputs.get();
        var split = in.split();
        var start = DischargeInputs.start(model.info().baseMonth());
        double[] arrivals = org.skillmix.core.discharge.DischargeFlowModel.constant(in.arrivalsPerDay(), DischargeInputs.DAYS);
        double perFte = org.skillmix.core.discharge.HomecareStaffing.typical(1).packagesPerFtePerDay();
        List<PlaceEffect> ranked = PlaceEffect.rank(new org.skillmix.core.discharge.DischargeFlowModel(), split, start, arrivals,
                in.backlog(), perFte, org.skillmix.core.discharge.HandoverPressure.assumed(1)[1]);
        double max = ranked.stream().mapToDouble(e -> e.effect().bedDaysSaved()).max().orElse(0);
        List<PlaceRow> rows = new ArrayList<>();
        for (PlaceEffect e : ranked) {
            PlaceStaffing p = split.place(e.place());
            double perYear = e.effect().bedDaysSaved() * 365.0 / DischargeInputs.DAYS;
            rows.add(new PlaceRow(p.code(), p.name(), p.arrivalShare(), p.homecare().careWorkerFte(), perYear,
                    max <= 0 ? 0 : 100 * e.effect().bedDaysSaved() / max));
        }
        rows.sort(Comparator.comparingDouble(PlaceRow::bedDaysPerFtePerYear).reversed());
        WhatIf whatIf = null;
        if (place != null && !place.isBlank()) {
            if (fte == null || !(fte > 0 && fte <= MAX_FTE)) throw new Invalid("fte", "give the extra homecare FTE, more than 0 and at most " + (int) MAX_FTE);
            if (split.places().stream().noneMatch(p -> p.code().equals(place))) {
                throw new Invalid("place", "no place " + place + " in this dataset's discharge.csv");
            }
            whatIf = new WhatIf(place, split.place(place).name(), fte, in.benefit(model.info().baseMonth(), Map.of(place, fte)));
        }
        return new Page(dataset, true, rows, whatIf);
    }
}
