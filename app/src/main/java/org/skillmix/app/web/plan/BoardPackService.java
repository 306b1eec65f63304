package org.skillmix.app.web.plan;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.analysis.AnalysisResults;
import org.skillmix.app.web.analysis.AnalysisService;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.time.PageTimes;
import org.skillmix.data.boardpack.CqcEvidence;
import org.skillmix.usecase.boardpack.BoardPackUseCase;
import org.springframework.stereotype.Service;

/**
 * The board pack of a run or a plan, the same as `skillmix board-pack` writes, made once as a run of its own
 * kind in the fair queue (progress and cancel on its analysis page) and served from store on every download: a
 * reader who sees every organisation gets the full PDF, an organisation lead the partners' copy with small
 * numbers suppressed. A plan's pack carries its sign-off record in the CQC evidence; a published plan's record no
 * longer changes, so it has one pack, which the database keeps unchanged.
 */
@Service
public class BoardPackService {
    private final AnalysisService analyses;
    private final AnalysisResults files;
    private final AuditLog audit;

    BoardPackService(AnalysisService analyses, AnalysisResults files, AuditLog audit) {
        this.analyses = analyses;
        this.files = files;
        this.audit = audit;
    }

    /** Queues a run's pack, or gives the one made or being made. */
    public Run makeOfRun(Account account, long runId) {
        return analyses.startBoardPack(account, runId, null, null);
    }

    /** Queues a plan's pack with its sign-off record as it stands, or gives the one made or being made of it. */
    public Run makeOfPlan(Account account, Plan plan) {
        return analyses.startBoardPack(account, plan.runId(), plan.id(), record(plan));
    }

    public Optional<Run> ofRun(Account account, long runId) {
        return analyses.boardPackOfRun(account, runId);
    }

    public Optional<Run> ofPlan(Account account, Plan plan) {
        return analyses.boardPackOfPlan(account, plan.id());
    }

    public ResultService.Download pdfOfRun(Account account, long runId) {
        Run pack = made(ofRun(account, runId), "run " + runId, "/api/runs/" + runId + "/board-pack");
        audit.record(
                pack.icbCode(),
                account.username(),
                "download",
                "board pack of run " + runId + " (pack run " + pack.id() + ")");
        return pdf(account, pack, "skillmix-run-" + runId + "-board-pack.pdf");
    }

    public ResultService.Download pdfOfPlan(Account account, Plan plan) {
        Run pack = made(ofPlan(account, plan), "plan " + plan.id(), "/api/plans/" + plan.id() + "/board-pack");
        audit.record(
                plan.icbCode(),
                account.username(),
                "download",
                "board pack of plan " + plan.id() + " (pack run " + pack.id() + ")");
        return pdf(account, pack, "skillmix-plan-" + plan.id() + "-v" + plan.version() + "-board-pack.pdf");
    }

    /** The CQC evidence of a dataset's ICS, from the pack that stands for it (see AnalysisService#evidencePack). */
    public record Evidence(Run pack, List<CqcEvidence.Statement> statements) {}

    public Optional<Evidence> evidence(Account account, long datasetId) {
        return analyses.evidencePack(account, datasetId).map(pack -> {
            byte[] csv =
                    files.file(account, pack.id(), BoardPackUseCase.CQC_CSV).content();
            return new Evidence(pack, CqcEvidence.readCsv(new StringReader(new String(csv, StandardCharsets.UTF_8))));
        });
    }

    /** cqc-evidence.csv of a dataset's ICS, as the pack that stands for it keeps it. */
    public ResultService.Download evidenceCsv(Account account, long datasetId) {
        Run pack =
                analyses.evidencePack(account, datasetId).orElseThrow(() -> new NotFound("id", noEvidence(datasetId)));
        ResultService.Download csv = files.download(account, pack.id(), BoardPackUseCase.CQC_CSV);
        return new ResultService.Download(
                "skillmix-" + pack.icbCode() + "-cqc-evidence.csv", csv.mediaType(), csv.content());
    }

    static String noEvidence(long datasetId) {
        return "no board pack has been made in the ICS of dataset " + datasetId + ": its CQC evidence comes from one"
                + " (an analyst makes it from a run's results page or a plan's page)";
    }

    /** The plan's sign-off record in the words the pack's CQC evidence quotes. */
    static String record(Plan plan) {
        long approved = plan.partners().stream()
                .filter(p -> p.decision() == Plan.Decision.APPROVED)
                .count();
        return String.format(
                "plan %d version %d \"%s\" is %s; %d of %d partner organisations approved%s.",
                plan.id(),
                plan.version(),
                plan.title(),
                plan.status().name().toLowerCase(Locale.ROOT),
                approved,
                plan.partners().size(),
                plan.publishedAt() == null ? "" : ", published " + PageTimes.at(plan.publishedAt()));
    }

    private static Run made(Optional<Run> pack, String of, String request) {
        Run found = pack.orElseThrow(() -> new NotFound(
                "id", "no board pack of " + of + " has been made: an analyst makes it (POST " + request + ")"));
        if (found.status() != RunStatus.SUCCEEDED)
            throw new NotFound(
                    "id",
                    "the board pack of " + of + " is " + found.status().name().toLowerCase(Locale.ROOT)
                            + (found.status().finished() ? "" : " (" + found.percent() + "%)") + ": see /analyses/"
                            + found.id()
                            + (found.status().finished()
                                    ? "; an analyst can make it again (POST " + request + ")"
                                    : ""));
        return found;
    }

    private ResultService.Download pdf(Account account, Run pack, String fileName) {
        ResultService.Download d = files.file(account, pack.id(), BoardPackUseCase.PDF);
        return new ResultService.Download(fileName, d.mediaType(), d.content());
    }
}
