package org.skillmix.app.web.mutualaid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.run.MutualAidRunSettings;
import org.skillmix.app.web.run.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.mutualaid.PlanSummary;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.MutualAidCsv;
import org.skillmix.data.report.MutualAidReport;
import org.skillmix.data.report.Names;
import org.skillmix.usecase.mutualaid.MutualAidUseCase;
import org.springframework.stereotype.Service;

/**
 * What a reader may see of a finished mutual-aid plan: the moves, each donor's lending, the cover and the files.
 * An analyst sees the whole plan; an organisation lead the moves of their own organisation's people, their own
 * services' lending and the shortfalls in their organisation; a viewer the cover only, never a staff id.
 */
@Service
public class MutualAidPlans {
    private final MutualAidStore store;
    private final DatasetService datasets;
    private final RunService runs;
    private final ResultStore results;
    private final AuditLog audit;

    MutualAidPlans(
            MutualAidStore store, DatasetService datasets, RunService runs, ResultStore results, AuditLog audit) {
        this.store = store;
        this.datasets = datasets;
        this.runs = runs;
        this.results = results;
        this.audit = audit;
    }

    public record MoveView(
            int week,
            String staffId,
            String fromOrg,
            String fromService,
            String toOrg,
            String toService,
            String capability,
            double fte,
            String supervisedBy) {}

    public record DonorWeekView(
            int week, String org, String service, double staffFte, double lentFte, double floorFte, double leftFte) {}

    public record CoverView(
            int week,
            String org,
            String service,
            String capability,
            boolean critical,
            double shortfallFte,
            double coveredFte,
            double stillShortFte) {}

    /** FTE of cover received by each service (organisation and service) in each week: cells are [row, week index, FTE]. */
    public record Received(List<String> services, List<Integer> weeks, List<double[]> cells) {}

    /** The moves of the people the account may see, optionally of one week and to or from one organisation. */
    public List<MoveView> moves(Account account, long runId, Integer week, String org) {
        if (!account.may(Permission.READ_STAFF_MOVES)) {
            throw new Forbidden(null, "the plan names staff (pseudonymous ids): a viewer sees the cover only");
        }
        return summary(account, runId).moves().stream()
                .filter(m -> week == null || m.week() == week)
                .filter(m -> org == null
                        || org.isBlank()
                        || m.fromOrg().equalsIgnoreCase(org)
                        || m.toOrg().equalsIgnoreCase(org))
                .map(m -> new MoveView(
                        m.week(),
                        m.staffId(),
                        m.fromOrg(),
                        m.fromService(),
                        m.toOrg(),
                        m.toService(),
                        m.capability(),
                        m.fteCenti() / 100.0,
                        m.supervisedBy()))
                .toList();
    }

    public List<DonorWeekView> donorLosses(Account account, long runId) {
        if (!account.may(Permission.READ_STAFF_MOVES)) {
            throw new Forbidden(
                    null, "what each service lends comes from the staff file: a viewer sees the cover only");
        }
        return summary(account, runId).donorWeeks().stream()
                .map(d -> new DonorWeekView(
                        d.week(),
                        d.org(),
                        d.service(),
                        d.staffCenti() / 100.0,
                        d.lentCenti() / 100.0,
                        d.floorCenti() / 100.0,
                        (d.staffCenti() - d.lentCenti()) / 100.0))
                .toList();
    }

    public List<CoverView> cover(Account account, long runId) {
        return summary(account, runId).cover().stream()
                .map(c -> new CoverView(
                        c.week(),
                        c.org(),
                        c.service(),
                        c.capability(),
                        c.critical(),
                        c.neededCenti() / 100.0,
                        c.coveredCenti() / 100.0,
                        c.stillShortCenti() / 100.0))
                .toList();
    }

    public Received received(Account account, long runId) {
        PlanSummary summary = summary(account, runId);
        List<String> services = new ArrayList<>(new TreeSet<>(
                summary.cover().stream().map(c -> c.org() + " " + c.service()).toList()));
        Map<String, Integer> covered = new LinkedHashMap<>();
        for (PlanSummary.Cover c : summary.cover())
            covered.merge(c.org() + " " + c.service() + "|" + c.week(), c.coveredCenti(), Integer::sum);
        List<Integer> weeks = new ArrayList<>();
        List<double[]> cells = new ArrayList<>();
        for (int w = 1; w <= summary.weeks(); w++) {
            weeks.add(w);
            for (int r = 0; r < services.size(); r++) {
                cells.add(new double[] {r, w - 1, covered.getOrDefault(services.get(r) + "|" + w, 0) / 100.0});
            }
        }
        return new Received(services, weeks, cells);
    }

    /**
     * plan (plan.csv), donor-losses, cover (cover.csv) or html (the printable plan). An organisation lead gets
     * their part of each, the printable plan made again from it; a viewer gets cover.csv only.
     */
    public ResultService.Download download(Account account, long runId, String format) {
        boolean whole = account.may(Permission.READ_STAFF_MOVES) && AccessPolicy.seesEveryOrganisation(account);
        if (!account.may(Permission.READ_STAFF_MOVES) && !"cover".equals(format)) {
            throw new Forbidden("format", "a viewer may download the cover only (cover.csv)");
        }
        Run run = finished(account, runId);
        PlanSummary part = whole ? null : summary(account, runId);
        // A part names the plan's baseline as the whole files do.
        Baseline baseline = run.settings(MutualAidRunSettings.class).supplyBaseline();
        String base = "skillmix-mutual-aid-" + runId;
        ResultService.Download d = switch (format) {
            case "plan" ->
                csv(
                        base + "-plan.csv",
                        whole ? file(runId, MutualAidCsv.PLAN) : bytes(MutualAidCsv.plan(part, baseline)));
            case "donor-losses" ->
                csv(
                        base + "-donor-losses.csv",
                        whole
                                ? file(runId, MutualAidCsv.DONOR_LOSSES)
                                : bytes(MutualAidCsv.donorLosses(part, baseline)));
            case "cover" ->
                csv(
                        base + "-cover.csv",
                        whole ? file(runId, MutualAidCsv.COVER) : bytes(MutualAidCsv.cover(part, baseline)));
            case "html" ->
                new ResultService.Download(
                        base + ".html",
                        "text/html;charset=UTF-8",
                        whole
                                ? file(runId, MutualAidUseCase.PLAN_HTML)
                                : bytes(partHtml(account, run, baseline, part)));
            default -> throw new Invalid("format", "give plan, donor-losses, cover or html");
        };
        audit.record(run.icbCode(), account.username(), "download", d.fileName());
        return d;
    }

    /** An organisation's part of the printable plan, its organisations, services and capabilities named. */
    private String partHtml(Account account, Run run, Baseline baseline, PlanSummary part) {
        SystemModel model = datasets.model(run.datasetId());
        return MutualAidReport.render(
                model.info().name(),
                store.input(store.plan(run.id()).orElseThrow().inputId())
                        .orElseThrow()
                        .firstDay(),
                baseline,
                part,
                "Only organisation " + account.orgCode()
                        + "'s part: its own staff's moves, its services' lending and the shortfalls in it.",
                new Names(model));
    }

    /** The part of a finished plan this account may see. */
    PlanSummary summary(Account account, long runId) {
        Run run = finished(account, runId);
        PlanSummary whole = MutualAidCsv.read(
                run.settings(MutualAidRunSettings.class).weeks(),
                text(runId, MutualAidCsv.PLAN),
                text(runId, MutualAidCsv.DONOR_LOSSES),
                text(runId, MutualAidCsv.COVER));
        if (!account.may(Permission.READ_STAFF_MOVES))
            return new PlanSummary(whole.weeks(), List.of(), List.of(), whole.cover());
        if (AccessPolicy.seesEveryOrganisation(account)) return whole;
        return whole.narrowedTo(org -> AccessPolicy.seesOrganisation(account, org));
    }

    Run plan(Account account, long runId) {
        Run run = runs.get(account, runId);
        if (run.kind() != RunKind.MUTUAL_AID)
            throw new NotFound("planId", "run " + runId + " is not a mutual-aid plan");
        return run;
    }

    private Run finished(Account account, long runId) {
        Run run = plan(account, runId);
        if (run.status() != RunStatus.SUCCEEDED) {
            throw new Conflict(
                    "planId",
                    "plan " + runId + " has no results: it is "
                            + run.status().name().toLowerCase(Locale.ROOT));
        }
        return run;
    }

    private byte[] file(long runId, String name) {
        return results.file(runId, name).orElseThrow(() -> new NotFound("format", "plan " + runId + " has no " + name));
    }

    private String text(long runId, String name) {
        return new String(file(runId, name), StandardCharsets.UTF_8);
    }

    private static ResultService.Download csv(String name, byte[] content) {
        return new ResultService.Download(name, "text/csv;charset=UTF-8", content);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
