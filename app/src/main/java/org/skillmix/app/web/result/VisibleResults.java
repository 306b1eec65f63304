package org.skillmix.app.web.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.AccessRole;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.disclosure.Disclosure;
import org.skillmix.app.web.disclosure.ProjectionTables;
import org.skillmix.app.web.disclosure.SmallNumbers.Reason;
import org.skillmix.app.web.disclosure.Suppression;
import org.skillmix.app.web.run.ProjectionRunSettings;
import org.skillmix.app.web.run.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.explain.SupplyTerm;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.data.report.SpreadChart;
import org.springframework.stereotype.Component;

/**
 * What a reader sees of a finished run's results: the organisations AccessPolicy lets them see, and of the
 * totals only those small-number suppression leaves (docs/web.md, "Small numbers"). Series, heatmaps,
 * explanations and downloads all pass through here.
 */
@Component
class VisibleResults {
    /** How a suppressed figure is marked in tables, as ONS statistics mark confidential cells. */
    static final String MARK = "[c]";

    private final Disclosure disclosure;
    private final ResultStore store;
    private final DatasetService datasets;

    VisibleResults(Disclosure disclosure, ResultStore store, DatasetService datasets) {
        this.disclosure = disclosure;
        this.store = store;
        this.datasets = datasets;
    }

    Suppression suppression(Account reader, Run run) {
        return disclosure.of(
                reader,
                "run " + run.id(),
                () -> ProjectionTables.of(
                        datasets.model(run.datasetId()),
                        store.keys(run.id()),
                        List.of(run.settings(ProjectionRunSettings.class).scenario())));
    }

    /**
     * Whether some organisation lead of the run's ICS may not see a total: a lead of any organisation of the run's
     * dataset, or of none of them. The union of their suppressions is what a document shared with every partner
     * (a board pack) may show: hiding more cells never lets a hidden one out.
     */
    private static final String NO_ORGANISATION = "(none)";

    java.util.function.Predicate<SeriesKey> hiddenFromAnyLead(Run run) {
        List<Suppression> leads = new ArrayList<>();
        // a lead of an organisation outside the dataset knows no organisation's own figures
        leads.add(suppression(new Account("partner-lead", AccessRole.ORG_LEAD, run.icbCode(), NO_ORGANISATION), run));
        for (var o : datasets.model(run.datasetId()).organisations())
            leads.add(suppression(new Account("partner-lead", AccessRole.ORG_LEAD, run.icbCode(), o.code()), run));
        return key -> leads.stream().anyMatch(s -> s.hides(key));
    }

    /** Why the reader may not see this series, in words; empty when they may. */
    Optional<String> hidden(Account reader, Run run, SeriesKey key) {
        return suppression(reader, run).of(key).map(VisibleResults::words);
    }

    static String words(Reason reason) {
        return "not shown: " + reason.words() + " (small-number suppression)";
    }

    /** The projection without the organisations the reader may not see and without suppressed totals. */
    Projection visible(Account reader, Run run, Projection all) {
        if (AccessPolicy.seesEveryOrganisation(reader)) return all;
        Suppression hidden = suppression(reader, run);
        return new Projection(
                all.settings(),
                all.months(),
                all.series().stream()
                        .filter(s -> reader.seesOrganisation(s.key().organisation()))
                        .filter(s -> !hidden.hides(s.key()))
                        .toList());
    }

    /**
     * Explain's supply terms as the reader may see them: their own organisation's terms; the others summed,
     * per sector where that sector's supply in the place is shown, the rest in one term; none when the place's
     * supply itself is suppressed.
     *
     * @return the terms, or empty when the place's supply is not shown to the reader
     */
    Optional<List<SupplyTerm>> supply(
            Account reader, Run run, String capability, String place, List<SupplyTerm> terms) {
        if (AccessPolicy.seesEveryOrganisation(reader)) return Optional.of(terms);
        Suppression hidden = suppression(reader, run);
        if (hidden.hides(supplyKey(capability, SeriesKey.ALL, place))) return Optional.empty();
        List<SupplyTerm> visible = new ArrayList<>();
        Map<String, double[]> others = new LinkedHashMap<>();
        for (SupplyTerm term : terms) {
            if (reader.seesOrganisation(term.organisation())) {
                visible.add(term);
                continue;
            }
            String group = hidden.hides(supplyKey(capability, term.sector(), place)) ? "other sectors" : term.sector();
            double[] sum = others.computeIfAbsent(group, s -> new double[2]);
            sum[0] += term.effectiveFte();
            sum[1] += term.allocatedFte();
        }
        others.forEach((sector, sum) -> visible.add(new SupplyTerm(
                sector,
                SeriesKey.ALL,
                "other organisations",
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                sum[0],
                Double.NaN,
                sum[1],
                Double.NaN,
                Double.NaN)));
        return Optional.of(visible);
    }

    /**
     * Whether a sector's own figures (its staff, its supply) are hidden from the reader: the base month's gap by
     * sector shows both, so its row goes when either is suppressed (hiding more never lets a hidden one out).
     */
    boolean sectorHidden(Account reader, Run run, String sector) {
        if (AccessPolicy.seesEveryOrganisation(reader) || SeriesKey.ALL.equals(sector)) return false;
        Suppression hidden = suppression(reader, run);
        return hidden.hides(new SeriesKey(
                        Measure.STAFF_IN_POST_FTE, SeriesKey.ALL, SeriesKey.ALL, sector, SeriesKey.ALL, SeriesKey.ALL))
                || hidden.hides(supplyKey(SeriesKey.ALL, sector, SeriesKey.ALL));
    }

    /**
     * The spread drivers without the sectors hidden from the reader: a sector's chart carries the mean and spread
     * of its gap, which for a sector of one organisation (ambulance) is that organisation's figure.
     */
    List<SpreadChart> drivers(Account reader, Run run, List<SpreadChart> all) {
        if (AccessPolicy.seesEveryOrganisation(reader)) return all;
        return all.stream()
                .filter(chart -> !sectorHidden(reader, run, chart.sector()))
                .toList();
    }

    /**
     * A CSV with a sector column (base_gap.csv, sensitivity.csv) without the rows of sectors hidden from the
     * reader.
     */
    byte[] withoutHiddenSectors(Account reader, Run run, byte[] csv) {
        if (AccessPolicy.seesEveryOrganisation(reader)) return csv;
        List<String> lines =
                new String(csv, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty()) return csv;
        int sector = List.of(lines.get(0).split(",", -1)).indexOf("sector");
        StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            if (!sectorHidden(reader, run, line.split(",", -1)[sector]))
                out.append(line).append('\n');
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Inequalities as the reader may see them: a place goes when suppression hides its supply or gap total (its
     * demand is its population's, never hidden), and so does every deprivation quintile holding such a place (its
     * figures less the others' would give the place's).
     */
    Inequalities inequalities(Account reader, Run run, Inequalities all) {
        if (AccessPolicy.seesEveryOrganisation(reader)) return all;
        Suppression hidden = suppression(reader, run);
        return all.withoutPlaces(place -> hidden.hides(supplyKey(SeriesKey.ALL, SeriesKey.ALL, place))
                || hidden.hides(new SeriesKey(
                        Measure.GAP_FTE, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, place)));
    }

    static SeriesKey supplyKey(String capability, String sector, String place) {
        return new SeriesKey(Measure.SUPPLY_FTE, capability, SeriesKey.ALL, sector, SeriesKey.ALL, place);
    }
}
