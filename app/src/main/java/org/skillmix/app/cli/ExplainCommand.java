package org.skillmix.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillmix.core.explain.DemandExplanation;
import org.skillmix.core.explain.DemandTerm;
import org.skillmix.core.explain.Explainer;
import org.skillmix.core.explain.SupplyExplanation;
import org.skillmix.core.explain.SupplyTerm;
import org.skillmix.core.system.SystemModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `skillmix explain DATASET --month M --capability C --place P`: one demand and one supply figure taken
 * apart into the inputs that made them (deterministic run, every parameter at its mode).
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description =
                "Decompose one month's demand and supply of a capability in a place into the inputs that made them.")
final class ExplainCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
    String month;

    @Option(names = "--capability", required = true, paramLabel = "CODE")
    String capability;

    @Option(names = "--place", required = true, paramLabel = "CODE")
    String place;

    @Option(
            names = "--detail",
            description = "list every service x age band x sex term, not only the total per service")
    boolean detail;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel model = read.get().model();
        YearMonth when;
        try {
            when = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            err.println("--month must be YYYY-MM, got '" + month + "'");
            return USAGE;
        }
        String problem = checkArguments(model, when);
        if (problem != null) {
            err.println(problem);
            return USAGE;
        }

        Explainer explainer = new Explainer();
        DemandExplanation demand = explainer.explainDemand(model, when, capability, place);
        SupplyExplanation supply = explainer.explainSupply(model, when, capability, place);
        String capabilityName = model.capability(capability).orElseThrow().name();
        String placeName = model.place(place).orElseThrow().name();

        out.printf(
                "%s (%s) in %s (%s), %s — deterministic run, every parameter at its mode%n%n",
                capabilityName, capability, placeName, place, when);
        printDemand(out, demand);
        out.println();
        printSupply(out, supply);
        out.printf("%nGap (demand - supply): %,.2f FTE%n", demand.totalFte() - supply.totalFte());
        return 0;
    }

    private String checkArguments(SystemModel model, YearMonth when) {
        if (model.capability(capability).isEmpty()) {
            return "unknown capability '" + capability + "'; the dataset has: "
                    + model.capabilities().stream().map(c -> c.code()).collect(Collectors.joining(", "));
        }
        if (model.place(place).isEmpty()) {
            return "unknown place '" + place + "'; the dataset has: "
                    + model.places().stream().map(p -> p.code()).collect(Collectors.joining(", "));
        }
        if (when.isBefore(model.info().baseMonth())) {
            return "--month " + when + " is before the dataset's base month "
                    + model.info().baseMonth();
        }
        return null;
    }

    private void printDemand(PrintWriter out, DemandExplanation demand) {
        out.printf(
                "DEMAND %,.2f FTE = sum of population x utilisation x growth x season x deprivation x unmet need"
                        + " x hours per activity / productive hours per FTE-month / 12%n",
                demand.totalFte());
        if (demand.terms().isEmpty()) {
            out.println("  no service uses this capability in this place");
            return;
        }
        Map<String, List<DemandTerm>> byService = demand.terms().stream()
                .collect(Collectors.groupingBy(DemandTerm::service, LinkedHashMap::new, Collectors.toList()));
        out.printf(
                "  %-14s %-18s %12s %8s %8s %8s %8s %9s %8s %10s%n",
                "service", "sector", "population", "growth", "season", "deprivn", "unmet", "hours/act", "H", "FTE");
        for (var entry : byService.entrySet()) {
            List<DemandTerm> terms = entry.getValue();
            DemandTerm first = terms.get(0);
            double persons = terms.stream().mapToDouble(DemandTerm::population).sum();
            double fte = terms.stream().mapToDouble(DemandTerm::fte).sum();
            out.printf(
                    "  %-14s %-18s %,12.0f %8.4f %8.4f %8.4f %8.4f %9.4f %8.2f %,10.2f%n",
                    entry.getKey(),
                    first.sector(),
                    persons,
                    first.growthFactor(),
                    first.season(),
                    first.deprivation(),
                    first.unmetNeed(),
                    first.hoursPerActivity(),
                    first.productiveHours(),
                    fte);
            if (detail) {
                for (DemandTerm term : terms) {
                    out.printf(
                            "      %-6s %-2s pop %,10.0f (mid-%d) x %.4f activity/person-year -> %,.3f FTE%n",
                            term.ageBand(),
                            term.sex(),
                            term.population(),
                            term.populationYear(),
                            term.utilisation(),
                            term.fte());
                }
            }
        }
        if (!detail) out.println("  (--detail lists each age band and sex)");
    }

    private void printSupply(PrintWriter out, SupplyExplanation supply) {
        out.printf(
                "SUPPLY %,.2f FTE = the skill-mix allocation of each organisation's effective FTE"
                        + " (in post x (1 - sickness) + bank + agency), times the share of its time that serves this place,"
                        + " to this capability; sickness is the month's (season, work stress, pressure), pressure the gap"
                        + " share of the last 12 months and 'leave x' what pressure and burnout multiply leaving by%n",
                supply.totalFte());
        List<SupplyTerm> terms = supply.terms().stream()
                .filter(t -> t.allocatedFte() > 0)
                .sorted(Comparator.comparingDouble(SupplyTerm::allocatedFte).reversed())
                .toList();
        if (terms.isEmpty()) {
            out.println("  no staff serving this place deliver this capability");
            return;
        }
        out.printf(
                "  %-18s %-20s %-16s %10s %8s %8s %8s %10s %7s %10s %9s %8s%n",
                "sector",
                "role",
                "organisation",
                "in post",
                "sickness",
                "bank",
                "agency",
                "effective",
                "share",
                "to this",
                "pressure",
                "leave x");
        for (SupplyTerm t : terms) {
            out.printf(
                    "  %-18s %-20s %-16s %,10.2f %8.4f %8.2f %8.2f %,10.2f %7.4f %,10.2f %9.4f %8.4f%n",
                    t.sector(),
                    t.role(),
                    t.organisation(),
                    t.staffInPost(),
                    t.sickness(),
                    t.bank(),
                    t.agency(),
                    t.effectiveFte(),
                    t.share(),
                    t.allocatedFte(),
                    t.pressure(),
                    t.leaverFactor());
        }
    }
}
