package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.SystemMetric;

/**
 * ASC-&lt;LA&gt; aggregates: England adult social care FTE x job-role share x the LA's share of England's population
 * 65+ (no LA filled-post file), with the LA's vacancy, turnover and sickness from the indicators file (for a 2023
 * LA its 2022 predecessors' mean; for a missing value England's mean, each a report line).
 */
final class AdultSocialCare {

    /**
     * An LA's social care vacancy and turnover rates, and how they were found (note: empty when the LA's own row);
     * ownTurnover and ownSickness say whether the LA had its own figure (the rate is then the organisation's own
     * measurement, which the staff survey may not move again) or took England's mean.
     */
    record LaRates(double vacancy, double turnover, String note, boolean ownTurnover, boolean ownSickness) {}

    /**
     * The aggregates, the rates per LA, the indicators file and its name, and the metrics.csv rows of the rates: the
     * figures the model uses (a county's for its districts), never a district's population share of them.
     */
    record Built(
            StaffingPart part,
            Map<String, LaRates> rates,
            AscWorkforceIndicators indicators,
            List<MetricPoint> metrics) {}

    private AdultSocialCare() {}

    /** A metrics.csv row of a rate the model uses, unless an England mean stood in for it (no figure of the LA). */
    private static void rate(
            List<MetricPoint> metrics, SystemMetric metric, String code, double value, String source, String note) {
        if (note != null && note.startsWith("England mean")) return;
        String how = note == null || note.isEmpty() ? "" : "; " + note;
        metrics.add(new MetricPoint(metric, code, PublishedMetrics.ASC_MONTH, value, source + how));
    }

    static Built build(ImportContext ctx, CareHomeList careHomes, double minFte) throws ImportException {
        ctx.step("adult social care");
        IcbPlaces places = ctx.places();
        ImportReport report = ctx.report();
        Defaults defaults = ctx.defaults();
        AscWorkforceIndicators asc = AscWorkforceIndicators.read(ctx.folder(), report);
        String ascFile = asc.file();
        AscUpperTier tiers = AscUpperTier.of(asc, ctx.geo(), ctx.mappings());
        double ascFte = defaults.number("asc_fte_england", "ALL", "adult social care FTE by LA");
        double workingDays = defaults.number("asc_working_days", "ALL", "adult social care sickness rate");
        double england65 = ctx.mye().england65();
        List<String> roles = new ArrayList<>();
        ctx.mappings().table("defaults.csv").forEach(row -> {
            if (row.text("key").equals("asc_role_share")) roles.add(row.text("scope"));
        });
        List<Organisation> orgs = new ArrayList<>();
        WorkforceLines lines = new WorkforceLines(minFte);
        Map<String, Rate> sickness = new HashMap<>();
        Map<String, LaRates> rates = new HashMap<>();
        List<MetricPoint> metrics = new ArrayList<>();
        int fallback = 0;
        for (String la : places.codes()) {
            String code = "ASC-" + la;
            int homes = careHomes.homesIn(la);
            orgs.add(new Organisation(
                    code,
                    "Adult social care providers, " + places.name(la),
                    "adult_social_care",
                    la,
                    "Aggregate defined by this dataset: CQC-registered care homes and homecare agencies and LA in-house provision in "
                            + places.name(la)
                            + (homes < 0 ? "" : " (" + careHomes.file() + " lists " + homes + " care homes)")));
            double aged65 = places.aged65(la);
            for (String role : roles) {
                Defaults.Default d = defaults.use("asc_role_share", role, "adult social care FTE by LA and role");
                lines.add(
                        code,
                        role,
                        ascFte * d.number() * aged65 / england65,
                        "Documented default: England adult social care ~"
                                + String.format(Locale.ROOT, "%,.0f", ascFte)
                                + " FTE (Skills for Care, size and structure 2024, ~1.5m filled posts, "
                                + "2023/24) x " + OutputTable.num(d.number() * 100, 1) + "% " + role
                                + " share of FTE (Skills for Care job-role mix, "
                                + "approx.) x LA share of England population 65+ mid-2023 ("
                                + OutputTable.num(aged65, 0) + "/"
                                + OutputTable.num(england65, 0)
                                + "); the exact Skills for Care LA estimate is not in the shared data");
            }
            // Indicators: the LA's own, else its 2022 predecessors' mean, else England's mean, field by field.
            AscUpperTier.Source found = tiers.of(la);
            List<AscWorkforceIndicators.Indicators> rows = found.rows();
            if (!found.note().isEmpty())
                report.mapped(
                        "adult social care rates of " + la + " " + places.name(la),
                        "upper tier",
                        found.note() + " (" + ascFile + ")");
            double[] values = new double[3];
            String[] notes = new String[3];
            boolean[] own = new boolean[3];
            String[] labels = {"turnover", "vacancy", "sickness days"};
            for (int i = 0; i < 3; i++) {
                final int k = i;
                List<Double> got = rows.stream()
                        .map(r -> k == 0 ? r.turnover() : k == 1 ? r.vacancy() : r.sicknessDays())
                        .flatMap(Optional::stream)
                        .toList();
                own[i] = !got.isEmpty();
                if (!got.isEmpty()) {
                    values[i] = got.stream()
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .orElseThrow();
                    notes[i] = !found.note().isEmpty()
                            ? found.note()
                            : rows.size() > 1 || !rows.get(0).la().equals(la)
                                    ? "mean of "
                                            + rows.stream()
                                                    .map(AscWorkforceIndicators.Indicators::la)
                                                    .collect(Collectors.joining("+"))
                                    : "";
                } else {
                    values[i] =
                            k == 0 ? asc.englandTurnover() : k == 1 ? asc.englandVacancy() : asc.englandSicknessDays();
                    notes[i] = "England mean (no value for the LA)";
                    fallback++;
                    report.defaulted(
                            "adult social care " + labels[i] + " of " + la + " " + places.name(la),
                            OutputTable.num(values[i], 3),
                            "no value (NA or no row) in " + (ascFile.isEmpty() ? "the ASC indicators file" : ascFile)
                                    + ": unweighted mean of English LAs");
                }
            }
            if (Double.isNaN(values[0]) || Double.isNaN(values[1]) || Double.isNaN(values[2])) {
                throw ImportException.file(
                        ctx.folder().root().toString(),
                        "no adult social care workforce indicators file "
                                + "(turnover, vacancy, sickness by LA) found");
            }
            flag(report, la, places.name(la), values[0], values[1], ascFile);
            // metrics.csv shows the rate the model uses; an England mean stands in for a missing figure and is no
            // published figure of the LA, so it gets no row.
            rate(
                    metrics,
                    SystemMetric.VACANCY_RATE,
                    code,
                    values[1],
                    ascFile + " (Skills for Care 2019/20): Vacancy rate",
                    notes[1]);
            rate(
                    metrics,
                    SystemMetric.LEAVER_RATE,
                    code,
                    values[0],
                    ascFile + " (Skills for Care 2019/20): Staff turnover rate",
                    notes[0]);
            rates.put(
                    la,
                    new LaRates(
                            values[1],
                            values[0],
                            String.join(
                                    "; ",
                                    Arrays.stream(notes)
                                            .filter(n -> n != null && !n.isEmpty())
                                            .distinct()
                                            .toList()),
                            own[0],
                            own[2]));
            defaults.use("asc_working_days", "adult social care sickness rate");
            sickness.put(
                    code,
                    new Rate(
                            values[2] / workingDays,
                            ascFile + ": Mean sickness days " + OutputTable.num(values[2], 2)
                                    + " (Skills for Care 2019/20) / " + OutputTable.num(workingDays, 1)
                                    + " working days a year"));
        }
        if (fallback == 0)
            report.mapped(
                    "adult social care indicators",
                    places.size() + " LAs",
                    "turnover, vacancy and sickness from " + ascFile);
        return new Built(new StaffingPart(orgs, lines, sickness), rates, asc, List.copyOf(metrics));
    }

    /**
     * A turnover under 10% or over 60%, or a vacancy rate under 2%, is far from any published LA figure (Skills for
     * Care: turnover about 25-30%, vacancy about 7-10% in 2019/20); kept, and flagged for a look.
     */
    static void flag(ImportReport report, String la, String name, double turnover, double vacancy, String file) {
        if (turnover < 0.10 || turnover > 0.60)
            report.flagged(
                    "adult social care leaver rate of " + la + " " + name,
                    OutputTable.num(turnover, 3),
                    "outside 0.10-0.60 (published turnover is about 0.25-0.30); from " + file);
        if (vacancy < 0.02)
            report.flagged(
                    "adult social care vacancy rate of " + la + " " + name,
                    OutputTable.num(vacancy, 3),
                    "under 0.02 (published vacancy is about 0.07); from " + file);
    }

    /** Reads the care home lists and reports the homes per LA (for the aggregates' source and the report). */
    static CareHomeList careHomes(ImportContext ctx) throws ImportException {
        ctx.step("care homes, criteria to reside");
        IcbPlaces places = ctx.places();
        ImportReport report = ctx.report();
        CareHomeList list = CareHomeList.read(ctx.folder(), report);
        int covered = 0;
        for (String la : places.codes()) {
            int n = list.homesIn(la);
            if (n >= 0) {
                covered++;
                report.mapped(
                        "care homes in " + la + " " + places.name(la),
                        n + " homes",
                        list.file() + " (CQC directory; no bed counts)");
            }
        }
        if (covered < places.size()) {
            report.skipped(
                    "care home lists",
                    (places.size() - covered) + " of " + places.size() + " LAs",
                    "not available: the care home " + "lists in --from cover Greater Manchester only");
        }
        if (list.repaired() > 0) {
            report.mapped(
                    "care home area codes repaired",
                    list.repaired() + " rows",
                    "mistyped GSS codes such as E0800005 " + "zero-padded to E08000005");
        }
        return list;
    }
}
