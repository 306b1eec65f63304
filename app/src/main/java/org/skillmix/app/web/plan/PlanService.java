package org.skillmix.app.web.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.AccessRole;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.ApiException;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.result.SeriesView;
import org.skillmix.app.web.run.ProjectionRunSettings;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.system.Organisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans that partners sign off (docs/web.md, "Plans"): the ICS team makes a plan of a finished run and shares it
 * with partner organisations; each partner's lead comments and approves or declines their organisation's part;
 * when every partner approved, the ICS lead publishes it, and it never changes again (a new version does). Who may
 * do what is {@link AccessPolicy}'s; every step is in the audit log.
 */
@Service
public class PlanService {
    private final PlanStore store;
    private final RunService runs;
    private final ResultService results;
    private final DatasetService datasets;
    private final AuditLog audit;

    PlanService(PlanStore store, RunService runs, ResultService results, DatasetService datasets, AuditLog audit) {
        this.store = store;
        this.runs = runs;
        this.results = results;
        this.datasets = datasets;
        this.audit = audit;
    }

    /** A new draft plan of a finished projection run: its dataset version and scenario are the run's. */
    @Transactional
    public Plan create(Account account, long runId, String title) {
        AccessPolicy.requireManagesPlans(account);
        Run run = finishedProjection(account, runId);
        long id = store.create(
                null, run.icbCode(), title(title), run.id(), run.datasetId(), scenario(run), account.username());
        record(account, run.icbCode(), "plan-create", id, "run " + runId + ", scenario " + scenario(run));
        return get(account, id);
    }

    /** A new draft version of a plan (of the same run unless another is given): the way to change a published one. */
    @Transactional
    public Plan newVersion(Account account, long planId, Long runId, String title) {
        AccessPolicy.requireManagesPlans(account);
        Plan old = visible(account, planId);
        Run run = finishedProjection(account, runId == null ? old.runId() : runId);
        long id = store.create(
                old.lineage(),
                old.icbCode(),
                title == null || title.isBlank() ? old.title() : title(title),
                run.id(),
                run.datasetId(),
                scenario(run),
                account.username());
        record(account, old.icbCode(), "plan-version", id, "new version of plan " + planId + ", run " + run.id());
        return get(account, id);
    }

    private static String scenario(Run run) {
        return run.settings(ProjectionRunSettings.class).scenario();
    }

    public List<Plan> list(Account account) {
        return store.all().stream()
                .filter(p -> AccessPolicy.seesPlan(account, p.icbCode(), p.status() == PlanStatus.DRAFT, codes(p)))
                .toList();
    }

    public Plan get(Account account, long planId) {
        Plan plan = visible(account, planId);
        List<Plan.Comment> comments = plan.comments();
        if (!AccessPolicy.seesEveryOrganisation(account)) {
            comments = comments.stream()
                    .filter(c -> c.orgCode() == null || c.orgCode().equalsIgnoreCase(account.orgCode()))
                    .toList();
        }
        return plan.with(plan.partners(), comments, parts(account, plan));
    }

    /** Shares a draft with partner organisations (default: every organisation of the run's dataset). */
    @Transactional
    public Plan share(Account account, long planId, List<String> organisations) {
        AccessPolicy.requireManagesPlans(account);
        Plan plan = visible(account, planId);
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.SHARED)
            throw new Conflict("planId", "plan " + planId + " is " + words(plan.status()) + ": it is already shared");
        Map<String, String> names = new LinkedHashMap<>();
        for (Organisation o : datasets.model(plan.datasetId()).organisations()) names.put(o.code(), o.name());
        List<String> chosen =
                organisations == null || organisations.isEmpty() ? List.copyOf(names.keySet()) : organisations;
        for (String org : chosen) {
            if (!names.containsKey(org))
                throw new Invalid("organisations", org + " is not an organisation of the plan's dataset");
        }
        for (String org : chosen) store.addPartner(planId, org, names.get(org));
        store.setStatus(planId, PlanStatus.SHARED);
        record(account, plan.icbCode(), "plan-share", planId, "with " + String.join(", ", chosen));
        return get(account, planId);
    }

    /** A partner lead's decision on their organisation's part, with an optional comment. */
    @Transactional
    public Plan decide(Account account, long planId, Plan.Decision decision, String comment) {
        Plan plan = visible(account, planId);
        if (!AccessPolicy.decidesFor(account, codes(plan)))
            throw new Forbidden(
                    "decision", "only the lead of a partner organisation approves or declines its part of a plan");
        if (decision == null || decision == Plan.Decision.PENDING)
            throw new Invalid("decision", "give APPROVED or DECLINED");
        if (plan.status() != PlanStatus.SHARED && plan.status() != PlanStatus.APPROVED)
            throw new Conflict("planId", "plan " + planId + " is " + words(plan.status()) + ": no decision is open");
        String org = ownCode(account, plan);
        store.decide(planId, org, decision, account.username());
        if (comment != null && !comment.isBlank()) store.comment(planId, org, account.username(), body(comment));
        boolean all = store.partners(planId).stream().allMatch(p -> p.decision() == Plan.Decision.APPROVED);
        store.setStatus(planId, all ? PlanStatus.APPROVED : PlanStatus.SHARED);
        record(
                account,
                plan.icbCode(),
                decision == Plan.Decision.APPROVED ? "plan-approve" : "plan-decline",
                planId,
                org + (all ? "; every partner has approved" : ""));
        return get(account, planId);
    }

    @Transactional
    public Plan comment(Account account, long planId, String text) {
        Plan plan = visible(account, planId);
        if (!AccessPolicy.commentsOn(account, codes(plan)))
            throw new Forbidden("body", "only the ICS team and the leads of partner organisations comment on a plan");
        if (plan.status() == PlanStatus.PUBLISHED)
            throw new Conflict("planId", "plan " + planId + " is published: comment on a new version");
        String org = account.role() == AccessRole.ORG_LEAD ? ownCode(account, plan) : null;
        store.comment(planId, org, account.username(), body(text));
        record(account, plan.icbCode(), "plan-comment", planId, org == null ? "ICS team" : org);
        return get(account, planId);
    }

    /** Publishes a plan every partner approved; from then on it is immutable. */
    @Transactional
    public Plan publish(Account account, long planId) {
        AccessPolicy.requirePublishesPlans(account);
        Plan plan = visible(account, planId);
        if (plan.status() != PlanStatus.APPROVED) {
            long waiting = plan.partners().stream()
                    .filter(p -> p.decision() != Plan.Decision.APPROVED)
                    .count();
            throw new Conflict(
                    "planId",
                    "plan " + planId + " is " + words(plan.status()) + ": it is published once every partner approved"
                            + (plan.status() == PlanStatus.SHARED ? " (" + waiting + " not yet)" : ""));
        }
        store.publish(planId, account.username());
        record(account, plan.icbCode(), "plan-publish", planId, "version " + plan.version());
        return get(account, planId);
    }

    private Plan visible(Account account, long planId) {
        Plan plan = store.find(planId).orElseThrow(() -> new NotFound("planId", "no plan " + planId));
        AccessPolicy.requireSystem(account, plan.icbCode(), "planId", "plan " + planId);
        if (!AccessPolicy.seesPlan(account, plan.icbCode(), plan.status() == PlanStatus.DRAFT, codes(plan)))
            throw new Forbidden(
                    "planId",
                    plan.status() == PlanStatus.DRAFT
                            ? "plan " + planId + " is a draft: the ICS team shares it with partners first"
                            : "plan " + planId + " is not shared with your organisation");
        return plan;
    }

    /** Each partner's own figures the reader may see: an organisation lead their own, suppression applied. */
    private List<Plan.Part> parts(Account account, Plan plan) {
        List<Plan.Part> parts = new ArrayList<>();
        for (Plan.Partner p : plan.partners()) {
            if (!account.seesOrganisation(p.orgCode())) continue;
            try {
                SeriesView staff =
                        results.series(account, plan.runId(), "staff_in_post_fte", null, null, null, p.orgCode(), null);
                SeriesView vacancy =
                        results.series(account, plan.runId(), "vacancy_fte", null, null, null, p.orgCode(), null);
                int last = staff.months().size() - 1;
                parts.add(new Plan.Part(
                        p.orgCode(),
                        p.orgName(),
                        at(staff, 0),
                        at(staff, last),
                        at(vacancy, 0),
                        at(vacancy, last),
                        staff.months().get(0),
                        staff.months().get(last),
                        staff.suppressed() != null ? staff.suppressed() : vacancy.suppressed()));
            } catch (ApiException e) {
                parts.add(new Plan.Part(p.orgCode(), p.orgName(), null, null, null, null, null, null, e.getMessage()));
            }
        }
        return parts;
    }

    private static Double at(SeriesView s, int month) {
        return s.mean() == null ? null : s.mean()[month];
    }

    private Run finishedProjection(Account account, long runId) {
        Run run = runs.get(account, runId);
        if (run.kind() != RunKind.PROJECTION || run.status() != RunStatus.SUCCEEDED)
            throw new Conflict("runId", "a plan is made of a finished projection run; run " + runId + " is not one");
        return run;
    }

    private static String ownCode(Account account, Plan plan) {
        return codes(plan).stream()
                .filter(c -> c.equalsIgnoreCase(account.orgCode()))
                .findFirst()
                .orElseThrow(() -> new Forbidden("planId", "your organisation is not a partner of plan " + plan.id()));
    }

    private static List<String> codes(Plan plan) {
        return plan.partners().stream().map(Plan.Partner::orgCode).toList();
    }

    private static String title(String title) {
        if (title == null || title.isBlank() || title.length() > 200)
            throw new Invalid("title", "give the plan a title of 1 to 200 characters");
        return title.trim();
    }

    private static String body(String text) {
        if (text == null || text.isBlank() || text.length() > 2000)
            throw new Invalid("body", "a comment is 1 to 2,000 characters");
        return text.trim();
    }

    private static String words(PlanStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void record(Account account, String icb, String action, long planId, String detail) {
        audit.record(icb, account.username(), action, "plan " + planId + ": " + detail);
    }
}
