package org.skillmix.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.discharge.StaffingEffect;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.discharge.DischargeQuestion;
import org.skillmix.usecase.discharge.DischargeQuestionRequest;
import org.skillmix.usecase.discharge.DischargeQuestionUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `skillmix discharge-question DATASET --out DIR`: the web's discharge question from the dataset's discharge.csv
 * (docs/discharge.md): what N more care workers or homecare posts in a place do, and which place's social care binds.
 */
@Command(
        name = "discharge-question",
        mixinStandardHelpOptions = true,
        description =
                "What N more care workers (or homecare posts) in a place do to the ready-to-leave backlog, bed days,"
                        + " occupancy and handover delays, from the dataset's discharge.csv, and which place's social care"
                        + " staffing binds: discharge-question.csv, as the web's discharge page answers.")
final class DischargeQuestionCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx, with discharge.csv")
    Path dataset;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the answer's file to")
    Path out;

    @Option(
            names = "--place",
            paramLabel = "PLACE",
            description = "a place's code or name, e.g. Manchester (default: the binding place)")
    String place;

    @Option(
            names = "--extra-fte",
            paramLabel = "N",
            description = "the extra FTE, 0 to " + (long) DischargeQuestionRequest.MOST_EXTRA_FTE + " (default: "
                    + (long) DischargeQuestionRequest.DEFAULT_EXTRA_FTE + ")")
    Double extraFte;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            description = "care-workers (the dataset's homecare share of them work in homecare; the default) or"
                    + " homecare-posts (all of them do)")
    String kind;

    @Override
    public Integer call() throws Exception {
        DischargeQuestionRequest request = DischargeQuestionRequest.of(place, extraFte, kind);
        OutputFolder folder = OutputFolder.at(out);
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        DischargeQuestionUseCase.Result a =
                new DischargeQuestionUseCase().run(read.get().model(), request);
        if (!a.available()) {
            err().println(dataset + " has no discharge.csv, so the question cannot be answered; skillmix import --icb"
                    + " CODE writes it from the published series (docs/discharge.md). Nothing was written.");
            return INVALID;
        }
        folder.write(a.outputs());

        StaffingEffect e = a.effect().effect();
        double year = 365.0 / e.days();
        out().println(String.format(
                Locale.ROOT,
                "%s (%s), %.1f FTE %s, of whom %.1f FTE work in homecare%s; 52 weeks from %s.",
                a.effect().name(),
                a.place(),
                a.extraFte(),
                a.question().words(),
                a.homecareFte(),
                a.question() == DischargeQuestion.CARE_WORKERS
                        ? String.format(Locale.ROOT, " (the dataset's homecare share, %.0f%%)", 100 * a.homecareShare())
                        : "",
                ProjectionYear.monthLabel(a.month())));
        out().println("Bed days saved a year: " + range(a.range()) + ".");
        out().println("  From " + a.range().basis() + ".");
        out().println(String.format(
                Locale.ROOT,
                "At the stored calibration, without and with them: ready-to-leave patients %.1f and %.1f a day, bed"
                        + " days lost %,.0f and %,.0f a year, adult G&A occupancy %.2f%% and %.2f%%, handover hours lost"
                        + " %.1f and %.1f a day.",
                e.baselineMeanBacklog(),
                e.meanBacklog(),
                e.baselineBedDays() * year,
                e.bedDays() * year,
                100 * e.baselineOccupancy(),
                100 * e.occupancy(),
                a.effect().baselineHandoverHours(),
                a.effect().handoverHours()));
        out().println("Which place binds: bed days saved a year by one more homecare FTE, the most first:");
        if (a.placesTied())
            out().println("  (every place the same, one structural prior: no place binds before another)");
        for (var p : a.bindingRanges()) {
            String where = p.oneMore().name() + " (" + p.oneMore().place() + ")";
            out().printf(Locale.ROOT, "  %-28s %s%n", where, range(p.range()));
        }
        out().println("Wrote " + out.resolve(DischargeQuestionUseCase.QUESTION_CSV));
        return 0;
    }

    /** A range as the page says it: P50 (P10 to P90). */
    private static String range(DischargeBenefitRange r) {
        var b = r.bedDaysSavedPerYear();
        return String.format(Locale.ROOT, "%s (P10 %s to P90 %s)", number(b.p50()), number(b.p10()), number(b.p90()));
    }

    /** Whole figures with thousands separated; small ones to two decimals, so a place's 0.53 is not "1". */
    private static String number(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%,.2f", v);
    }
}
