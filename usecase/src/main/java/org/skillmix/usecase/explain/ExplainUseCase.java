package org.skillmix.usecase.explain;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.YearMonth;
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
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.data.report.Names;
import org.skillmix.usecase.CodeOrName;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Rounded;
import org.skillmix.usecase.RunDefaults;

/**
 * One month's demand and supply of a capability in a place taken apart into the inputs that made them
 * (deterministic, every parameter at its mode): the table `skillmix explain` prints.
 */
public final class ExplainUseCase {

    /**
     * What to explain.
     *
     * @param detail list every service x age band x sex term, not only the total per service
     */
    public record Request(YearMonth month, String capability, String place, boolean detail) {

        /**
         * The same request with a capability or place given by its name, in any case, read as its code: a planner
         * types "Manchester" or "wound care" where the dataset says E08000003 and WOUND. A code wins over a name;
         * anything else is left for {@link ExplainUseCase#check} to refuse with the list of what the dataset has.
         */
        public Request byCode(SystemModel model) {
            return new Request(month, CodeOrName.capability(model, capability), CodeOrName.place(model, place), detail);
        }
    }

    /**
     * Checks the request against the dataset: its capability and place (by code, or by name through {@link
     * Request#byCode}), a month from the base month on.
     */
    public void check(SystemModel model, Request request) {
        request = request.byCode(model);
        if (model.capability(request.capability()).isEmpty()) {
            throw new InvalidSetting(
                    "capability",
                    "unknown capability '" + request.capability() + "'; the dataset has: "
                            + model.capabilities().stream()
                                    .map(c -> Names.withCode(c.name(), c.code()))
                                    .collect(Collectors.joining(", ")));
        }
        if (model.place(request.place()).isEmpty()) {
            throw new InvalidSetting(
                    "place",
                    "unknown place '" + request.place() + "'; the dataset has: "
                            + model.places().stream()
                                    .map(p -> Names.withCode(p.name(), p.code()))
                                    .collect(Collectors.joining(", ")));
        }
        if (request.month().isBefore(model.info().baseMonth())) {
            throw new InvalidSetting(
                    "month",
                    "month " + request.month() + " is before the dataset's base month "
                            + model.info().baseMonth());
        }
        YearMonth last = RunDefaults.lastMonth(model.info().baseMonth());
        if (request.month().isAfter(last)) {
            throw new InvalidSetting(
                    "month",
                    "month " + request.month() + " is beyond the " + RunDefaults.MAX_YEARS
                            + " years any projection of this dataset reaches: give "
                            + model.info().baseMonth()
                            + " to " + last);
        }
    }

    /** The explanation as text, demand then supply then the gap. */
    public String run(SystemModel model, Request request) {
        request = request.byCode(model);
        check(model, request);
        Explainer explainer = new Explainer();
        DemandExplanation demand =
                explainer.explainDemand(model, request.month(), request.capability(), request.place());
        SupplyExplanation supply =
                explainer.explainSupply(model, request.month(), request.capability(), request.place());
        String capabilityName =
                model.capability(request.capability()).orElseThrow().name();
        String placeName = model.place(request.place()).orElseThrow().name();
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.printf(
                "%s (%s) in %s (%s), %s — deterministic run, every parameter at its mode%n%n",
                capabilityName,
                request.capability(),
                placeName,
                request.place(),
                ProjectionYear.monthLabel(request.month()));
        printDemand(out, demand, request.detail());
        printNormRanges(out, model, demand);
        for (ElasticityRange r : elasticityRanges(model, demand))
            out.printf(
                    "  dep of %s: the Monte Carlo draws its elasticity %.2f times %.2f to %.2f"
                            + " (deprivation_elasticity_factor), holding the service's ICB total: need moves between"
                            + " places%n",
                    r.service(), r.elasticity(), r.low(), r.high());
        out.println();
        printSupply(out, supply);
        out.printf("%nGap (demand - supply): %,.2f FTE%n", demand.totalFte() - supply.totalFte());
        printCodes(out, new Names(model), demand, supply);
        out.flush();
        return text.toString();
    }

    private static void printDemand(PrintWriter out, DemandExplanation demand, boolean detail) {
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
                    Names.sector(first.sector()),
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

    /** A service whose hours per activity the Monte Carlo draws over a norm's range: low to high times the mode. */
    public record NormRange(String service, double low, double high) {}

    /**
     * The services of an explanation whose hours come from a published norm with a range (assumptions.csv
     * workload_norm_factor): the table shows the norm, this run's mode, and the Monte Carlo draws it over the range.
     */
    public static List<NormRange> normRanges(SystemModel model, DemandExplanation demand) {
        return demand.terms().stream()
                .map(DemandTerm::service)
                .distinct()
                .map(service -> {
                    var range = model.workloadNorm(service);
                    return new NormRange(service, range.low(), range.high());
                })
                .filter(range -> range.high() > range.low())
                .toList();
    }

    /** A service whose deprivation elasticity the Monte Carlo draws over a range: low to high times it. */
    public record ElasticityRange(String service, double elasticity, double low, double high) {}

    /** The services of an explanation with an elasticity and a deprivation_elasticity_factor range. */
    public static List<ElasticityRange> elasticityRanges(SystemModel model, DemandExplanation demand) {
        return demand.terms().stream()
                .map(DemandTerm::service)
                .distinct()
                .map(service -> {
                    var range = model.deprivationFactor(service);
                    double e = model.service(service)
                            .map(Service::deprivationElasticity)
                            .orElse(0.0);
                    return new ElasticityRange(service, e, range.low(), range.high());
                })
                .filter(range -> range.high() > range.low() && range.elasticity() != 0)
                .toList();
    }

    private static void printNormRanges(PrintWriter out, SystemModel model, DemandExplanation demand) {
        for (NormRange r : normRanges(model, demand)) {
            out.printf(
                    "  hours/act of %s: the Monte Carlo draws %.2f to %.2f times this (workload_norm_factor, a"
                            + " triangle with its mode at 1)%n",
                    r.service(), r.low(), r.high());
        }
    }

    private static void printSupply(PrintWriter out, SupplyExplanation supply) {
        out.printf(
                "SUPPLY %,.2f FTE = the skill-mix allocation of each organisation's effective FTE"
                        + " (in post x (1 - sickness) + bank + agency), times the share of its time that serves this place,"
                        + " to this capability; sickness is the month's (season, work stress, pressure), pressure how far"
                        + " the gap share of the last 12 months is above the base year's and 'leave x' what pressure and burnout multiply leaving by%n",
                supply.totalFte());
        List<SupplyTerm> terms = shown(supply);
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
                    Names.sector(t.sector()),
                    t.role(),
                    t.organisation(),
                    t.staffInPost(),
                    t.sickness(),
                    t.bank(),
                    t.agency(),
                    t.effectiveFte(),
                    t.share(),
                    t.allocatedFte(),
                    Rounded.asPrinted(t.pressure(), 4),
                    t.leaverFactor());
        }
    }

    /**
     * The tables are narrow enough for a terminal only with codes in them; below them, each service, role and
     * organisation they name, with the name a planner knows, in the order the tables first give it.
     */
    private static void printCodes(PrintWriter out, Names names, DemandExplanation demand, SupplyExplanation supply) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (DemandTerm t : demand.terms()) codes.putIfAbsent(t.service(), names.service(t.service()));
        List<SupplyTerm> shown = shown(supply);
        for (SupplyTerm t : shown) codes.putIfAbsent(t.role(), names.role(t.role()));
        for (SupplyTerm t : shown) codes.putIfAbsent(t.organisation(), names.organisation(t.organisation()));
        codes.entrySet().removeIf(e -> e.getValue().equals(e.getKey()));
        if (codes.isEmpty()) return;
        out.printf("%nCodes in the tables:%n");
        int width = codes.keySet().stream().mapToInt(String::length).max().orElse(0);
        codes.forEach((code, name) -> out.printf("  %-" + width + "s  %s%n", code, name));
    }

    /** The supply table's rows: the staff who deliver some of the capability here, the most first. */
    private static List<SupplyTerm> shown(SupplyExplanation supply) {
        return supply.terms().stream()
                .filter(t -> t.allocatedFte() > 0)
                .sorted(Comparator.comparingDouble(SupplyTerm::allocatedFte).reversed())
                .toList();
    }
}
