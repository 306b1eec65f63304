package org.skillmix.app.cli;

import java.nio.file.Path;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.discharge.IcbDischargeData;
import org.skillmix.data.published.MetricsImportException;
import org.skillmix.data.report.DischargeReport;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.discharge.DischargeQuestionRequest;
import org.skillmix.usecase.discharge.DischargeStudyRequest;
import org.skillmix.usecase.discharge.DischargeStudyUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `skillmix discharge --icb CODE --from DIR --out DIR`: fits the discharge flow model to the ICB's published
 * daily criteria-to-reside and discharge series, states the fit on held-back months, and answers what extra
 * care workers do to the backlog, bed days and occupancy (docs/discharge.md).
 */
@Command(
        name = "discharge",
        mixinStandardHelpOptions = true,
        description =
                "Calibrate the discharge flow model on an ICB's published daily series; what extra care workers are worth.")
final class DischargeCommand extends Subcommand {

    @Option(
            names = "--icb",
            required = true,
            paramLabel = "CODE",
            description = "ICB ODS code (QOP) or ONS code (E54...), a list fitted as one system (QMJ,QRV), or an ICB"
                    + " of the April 2026 mergers (Z9B2Z)")
    String icb;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "folder holding the published files")
    Path from;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where discharge-fit.txt and .html go")
    Path out;

    @Option(
            names = "--extra-care-workers",
            paramLabel = "N",
            defaultValue = "0",
            description = "care worker FTE added to homecare for discharge, 0 to "
                    + (long) DischargeQuestionRequest.MOST_EXTRA_FTE + " (default: only the value of one FTE)")
    double extraCareWorkers;

    @Option(
            names = "--place",
            paramLabel = "PLACE",
            description =
                    "the place that gets the extra care workers: a place_code of the dataset or its name (Manchester)")
    String place;

    @Option(
            names = "--dataset",
            paramLabel = "DIR",
            description = "the system dataset (places, workforce, catchments): splits the ICB into its places")
    Path dataset;

    @Option(
            names = "--held-back-months",
            paramLabel = "N",
            defaultValue = "" + DischargeStudyRequest.DEFAULT_HELD_BACK_MONTHS)
    int heldBack;

    @Option(
            names = "--training-months",
            paramLabel = "N",
            defaultValue = "" + DischargeStudyRequest.DEFAULT_TRAINING_MONTHS)
    int training;

    @Option(
            names = "--utilisation",
            paramLabel = "U",
            description = "fix the capacity at mean arrivals / U (0 < U < 1) instead of fitting it")
    Double utilisation;

    @Override
    public Integer call() throws Exception {
        DischargeReport.warmUpInBackground();
        DischargeStudyRequest request =
                new DischargeStudyRequest(icb, from, extraCareWorkers, place, heldBack, training, utilisation);
        OutputFolder folder = OutputFolder.at(out);
        DischargeStudyUseCase study = new DischargeStudyUseCase();
        IcbDischargeData data;
        try {
            data = study.read(request);
        } catch (MetricsImportException e) {
            err().println(e.getMessage());
            return INVALID;
        }
        // Without a dataset, a place must be the ICB itself: said before the dataset would be read.
        if (dataset == null) study.check(request, data, null);
        SystemModel system = null;
        if (dataset != null) {
            var read = readDataset(dataset);
            if (read.isEmpty()) return INVALID;
            system = read.get().model();
        }
        DischargeStudyUseCase.Result result;
        try {
            result = study.run(request, data, system);
        } catch (MetricsImportException | IllegalArgumentException e) {
            if (e instanceof InvalidSetting) throw e;
            err().println(e.getMessage());
            return INVALID;
        }
        folder.write(result.outputs());
        out().print(result.text());
        out().println("Wrote " + out.resolve(DischargeStudyUseCase.FIT_TXT) + " and "
                + out.resolve(DischargeStudyUseCase.FIT_HTML));
        return 0;
    }
}
