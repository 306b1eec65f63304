package org.skillmix.app.web.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.run.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.bank.BankUseCase;
import org.skillmix.usecase.boardpack.BoardPackUseCase;
import org.skillmix.usecase.design.DesignUseCase;
import org.springframework.stereotype.Service;

/**
 * What a reader may see of an analysis run's files. Everyone who sees the ICS sees its winter plans, portfolios and
 * designs; the bank's fills name (pseudonymous) workers, so they need {@link Permission#READ_STAFF_MOVES}. A reader
 * who may not see every organisation (an organisation lead) gets each table without other organisations' rows
 * ({@link OrganisationRows}) and not the reports that set every organisation side by side; of a board pack, the
 * partners' copy, with the totals some organisation lead may not see marked "[c]".
 */
@Service
public class AnalysisResults {
    static final String STAFF_REFUSED = "the bank's fills name workers: only analysts and organisation leads see them";
    static final String REPORT_REFUSED =
            "this report sets every organisation's figures side by side; its tables show your organisation's rows";
    static final String DESIGN_REFUSED = "the design gives each role's FTE today and its growth limit, and a role"
            + " or sector of one organisation (the ambulance trust's emergency care assistants) is that"
            + " organisation's own figure: only readers who see every organisation read it";

    private final AnalysisService analyses;
    private final AnalysisStore store;
    private final ResultStore results;
    private final AuditLog audit;

    AnalysisResults(AnalysisService analyses, AnalysisStore store, ResultStore results, AuditLog audit) {
        this.analyses = analyses;
        this.store = store;
        this.results = results;
        this.audit = audit;
    }

    /**
     * One of the run's files and whether this reader may have it.
     *
     * @param refusal why not, or null when they may
     */
    public record OutputView(String name, String mediaType, String refusal) {
        public boolean readable() {
            return refusal == null;
        }
    }

    /** A run with its settings record (as the use case takes it) and its files once it has succeeded. */
    public record AnalysisView(Run run, Object settings, List<OutputView> outputs) {}

    public AnalysisView view(Account account, long id) {
        Run run = analyses.get(account, id);
        Object settings = AnalysisWork.settings(run.kind(), store.settings(id));
        List<OutputView> outputs = new ArrayList<>();
        if (run.status() == RunStatus.SUCCEEDED) {
            for (String name : AnalysisWork.outputNames(run.kind())) {
                outputs.add(new OutputView(name, mediaType(name), refusal(account, name)));
            }
        }
        return new AnalysisView(run, settings, outputs);
    }

    /**
     * A file to take away, audited as a run's downloads are: the bank's fills name workers, and the ICS must be able
     * to see who took them (its own entries, whoever downloaded).
     */
    public ResultService.Download download(Account account, long id, String name) {
        ResultService.Download d = file(account, id, name);
        audit.record(
                analyses.get(account, id).icbCode(), account.username(), "download", "analysis " + id + " " + name);
        return d;
    }

    /**
     * A file as the reader may see it, not audited: for a page that shows it (a table's preview, the CQC evidence)
     * or a caller that audits the download in its own words (a board pack's PDF).
     */
    public ResultService.Download file(Account account, long id, String name) {
        AnalysisView view = view(account, id);
        OutputView output = view.outputs().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFound(
                        "name",
                        view.run().status() == RunStatus.SUCCEEDED
                                ? "run " + id + " has no file " + name + "; it has "
                                        + AnalysisWork.outputNames(view.run().kind())
                                : "run " + id + " has not succeeded"));
        if (!output.readable()) throw new Forbidden(null, output.refusal());
        // A board pack: a reader who may not see every organisation gets the partners' copy, small numbers suppressed.
        String stored = name.equals(BoardPackUseCase.PDF) && !AccessPolicy.seesEveryOrganisation(account)
                ? BoardPackUseCase.PARTNERS_PDF
                : name;
        byte[] content =
                results.file(id, stored).orElseThrow(() -> new NotFound("name", "run " + id + " kept no " + name));
        if (name.endsWith(".csv") && !AccessPolicy.seesEveryOrganisation(account)) {
            content = OrganisationRows.visible(content, org -> AccessPolicy.seesOrganisation(account, org));
        }
        return new ResultService.Download(name, output.mediaType(), content);
    }

    /**
     * A CSV output as the page shows it: the reader's rows, the first {@code limit} of them, each code cell with
     * its name beside it.
     */
    public Optional<TablePreview> preview(
            Account account, long id, String name, Map<String, Map<String, String>> names, int limit) {
        ResultService.Download d = file(account, id, name);
        OrganisationRows.Table t = OrganisationRows.parse(d.content());
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : t.rows().subList(0, Math.min(limit, t.rows().size()))) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String label = c < t.header().size()
                        ? names.getOrDefault(t.header().get(c), Map.of()).get(cell)
                        : null;
                cells.add(label == null ? cell : cell + ": " + label);
            }
            rows.add(cells);
        }
        return Optional.of(new TablePreview(name, t.header(), rows, t.rows().size()));
    }

    /** The first rows of a table, with how many it has in all. */
    public record TablePreview(String name, List<String> header, List<List<String>> rows, int total) {}

    static String refusal(Account account, String name) {
        if (name.equals(BankUseCase.FILLS_CSV) && !AccessPolicy.may(account, Permission.READ_STAFF_MOVES)) {
            return STAFF_REFUSED;
        }
        // Its rows name no organisation, so withholding other organisations' rows would leave them all; yet a
        // role's FTE today, or its design in a sector, is one organisation's own figure when only that organisation
        // has the role or is in the sector (docs/web.md, "Small numbers").
        boolean design = name.equals(DesignUseCase.DESIGN_CSV) || name.equals(DesignUseCase.SUPERVISION_CSV);
        if (design && !AccessPolicy.seesEveryOrganisation(account)) return DESIGN_REFUSED;
        if (!name.endsWith(".csv")
                && !name.equals(BoardPackUseCase.PDF)
                && !AccessPolicy.seesEveryOrganisation(account)) return REPORT_REFUSED;
        return null;
    }

    static String mediaType(String name) {
        if (name.endsWith(".csv")) return Output.CSV;
        if (name.endsWith(".html")) return Output.HTML;
        if (name.endsWith(".pdf")) return BoardPackUseCase.PDF_TYPE;
        return Output.TEXT;
    }

    /** Code columns and the names of their codes, for the page's tables. */
    static Map<String, Map<String, String>> names(org.skillmix.core.system.SystemModel system) {
        Map<String, String> orgs = new LinkedHashMap<>(),
                services = new LinkedHashMap<>(),
                roles = new LinkedHashMap<>();
        Map<String, String> capabilities = new LinkedHashMap<>(), places = new LinkedHashMap<>();
        Map<String, String> interventions = new LinkedHashMap<>();
        system.organisations().forEach(o -> orgs.put(o.code(), o.name()));
        system.services().forEach(s -> services.put(s.code(), s.name()));
        system.roles().forEach(r -> roles.put(r.code(), r.name()));
        system.capabilities().forEach(c -> capabilities.put(c.code(), c.name()));
        system.places().forEach(p -> places.put(p.code(), p.name()));
        system.scenarios()
                .forEach(s -> s.interventions().forEach(i -> interventions.putIfAbsent(i.code(), i.shownName())));
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        names.put("org_code", orgs);
        names.put("worker_home_org", orgs);
        names.put("service_code", services);
        names.put("role_code", roles);
        names.put("supervisor_role_code", roles);
        names.put("capability_code", capabilities);
        names.put("place_code", places);
        names.put("intervention_code", interventions);
        return names;
    }
}
