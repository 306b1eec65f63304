package org.skillmix.data.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.skillmix.core.backtest.BacktestUnit;
import org.skillmix.core.backtest.Observation;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;

/**
 * What a back-test needs from the published files: the ICB's dataset as it stood at a past base month
 * ({@link Vintage#AS_AT_BASE}: that month's HCHS workforce file, the population as then projected), each trust of
 * today as a unit to compare and its FTE observed in every month since (nhs-sickness-absence: FTE days available over
 * the days in the month, trusts that closed folded into their successors, times the ICB's share for an ambulance
 * service).
 *
 * <p>A unit holds the trust's organisations in the dataset (its own code and its parts by sector, code-MH ...), and
 * the scale that turns their modelled staff in post into the trust's whole FTE: the trust's FTE in every staff group
 * at the base (x the ICB's share) over the FTE its organisations' workforce lines hold (the staff groups the model
 * carries, less the community services carved out into the CHS- organisations). So the groups not modelled and the
 * carved-out staff are taken to move with those modelled.
 */
public final class BacktestImport {

    /** The dataset at the base, the units, the observations after the base, and the import's report. */
    public record Inputs(
            String icb,
            YearMonth base,
            SystemModel model,
            List<BacktestUnit> units,
            List<Observation> observations,
            List<YearMonth> observedMonths,
            ImportReport report) {}

    private BacktestImport() {}

    /**
     * Builds the inputs. A base month the files hold no HCHS rows for, or with no observed month after it, is an
     * {@link ImportException} naming the files; nothing is written anywhere (the dataset is read back from a
     * temporary folder that is deleted).
     */
    public static Inputs build(Path from, String icb, YearMonth base, Path mappings, Consumer<String> progress)
            throws ImportException {
        IcbImport imp = new IcbImport(from, icb, base, Vintage.AS_AT_BASE, mappings, progress);
        IcbImport.Result result = imp.build();
        TrustHistory history = imp.history();
        List<YearMonth> after =
                history.months().stream().filter(m -> !m.isBefore(base)).toList();
        if (after.isEmpty())
            throw ImportException.file(
                    from.resolve("nhs-sickness-absence").toString(),
                    "has no month on or after the base " + base + " (its months run "
                            + history.months().get(0) + ".."
                            + history.months().get(history.months().size() - 1)
                            + "): a back-test needs observed months after its base");
        SystemModel model = readBack(imp);
        List<BacktestUnit> units = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        Map<String, Double> fteOfOrg = new HashMap<>();
        for (WorkforceLine w : model.workforce()) fteOfOrg.merge(w.orgCode(), w.fteInPost(), Double::sum);
        for (IcbImport.TrustBaseline trust : result.trusts().values()) {
            double baseFte = trust.hchsBasis().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum()
                    * trust.share();
            List<String> orgs = new ArrayList<>();
            double modelled = 0;
            for (Organisation o : model.organisations()) {
                if (o.code().equals(trust.code()) || o.code().startsWith(trust.code() + "-")) {
                    orgs.add(o.code());
                    modelled += fteOfOrg.getOrDefault(o.code(), 0.0);
                }
            }
            TrustHistory.Trust observed = history.trusts().get(trust.code());
            if (orgs.isEmpty() || modelled <= 0 || baseFte <= 0 || observed == null) {
                result.report()
                        .skipped(
                                "back-test of trust " + trust.code(),
                                "",
                                "not compared: "
                                        + (observed == null
                                                ? "no FTE in the sickness files"
                                                : "no modelled staff at " + base));
                continue;
            }
            String name =
                    model.organisation(trust.code()).map(Organisation::name).orElse(trust.code());
            units.add(new BacktestUnit(trust.code(), name, trust.sector(), orgs, baseFte / modelled));
            observed.observed().forEach((month, fte) -> {
                if (!month.isBefore(base)) observations.add(new Observation(trust.code(), month, fte * trust.share()));
            });
        }
        if (observations.isEmpty())
            throw ImportException.file(
                    from.resolve("nhs-sickness-absence").toString(),
                    "has no FTE on or after " + base + " for any trust of " + result.icb()
                            + " that the dataset at the base holds: nothing to compare");
        return new Inputs(
                result.icb(), base, model, List.copyOf(units), List.copyOf(observations), after, result.report());
    }

    private static SystemModel readBack(IcbImport imp) throws ImportException {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("skillmix-backtest-dataset-");
            return imp.readBack(temp).model();
        } catch (IOException e) {
            throw ImportException.file(
                    String.valueOf(temp), "cannot hold the back-test's dataset for reading: " + e.getMessage());
        } finally {
            if (temp != null) IcbImport.deleteQuietly(temp);
        }
    }
}
