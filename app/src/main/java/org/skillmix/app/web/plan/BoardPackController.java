package org.skillmix.app.web.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.run.Run;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board pack of a run or of a plan (docs/web.md, "Board pack"): made once as a run in the queue, then served
 * from store; and the CQC evidence of an ICS from its pack, as JSON and as the CSV.
 */
@RestController
@Tag(
        name = "Board pack",
        description = "What we should do, the charts, CQC evidence, assumptions and glossary, as PDF; made once in the"
                + " run queue, then served from store")
public class BoardPackController {
    private final BoardPackService packs;
    private final PlanService plans;
    private final CurrentAccount current;

    public BoardPackController(BoardPackService packs, PlanService plans, CurrentAccount current) {
        this.packs = packs;
        this.plans = plans;
        this.current = current;
    }

    @PostMapping("/api/runs/{runId}/board-pack")
    @Operation(
            summary = "Make the board pack of a finished projection run: its run (kind BOARD_PACK) in the queue, or the"
                    + " pack already made or being made",
            description = "Analysts. Follow it at GET /api/runs/{id} or /analyses/{id}; cancel with POST"
                    + " /api/runs/{id}/cancel.")
    public Run makeOfRun(@PathVariable long runId) {
        return packs.makeOfRun(current.get(), runId);
    }

    @GetMapping("/api/runs/{runId}/board-pack")
    @Operation(
            summary = "The board pack of a run, as PDF, from store (404 until it has been made)",
            description = "An organisation lead gets the partners' copy: totals some partner's lead may not see are"
                    + " marked [c].")
    public ResponseEntity<byte[]> ofRun(@PathVariable long runId) {
        return packs.pdfOfRun(current.get(), runId).attachment();
    }

    @PostMapping("/api/plans/{id}/board-pack")
    @Operation(
            summary = "Make the board pack of a plan, with its sign-off record in the CQC evidence: queued, or the one"
                    + " made or being made of the record as it stands (a published plan has one)")
    public Run makeOfPlan(@PathVariable long id) {
        var account = current.get();
        return packs.makeOfPlan(account, plans.get(account, id));
    }

    @GetMapping("/api/plans/{id}/board-pack")
    @Operation(summary = "The newest board pack made of a plan, as PDF, from store (404 until one has been made)")
    public ResponseEntity<byte[]> ofPlan(@PathVariable long id) {
        var account = current.get();
        return packs.pdfOfPlan(account, plans.get(account, id)).attachment();
    }

    @GetMapping("/api/systems/{id}/cqc-evidence")
    @Operation(
            summary = "The CQC evidence of the dataset's ICS by quality statement, from its newest published plan's"
                    + " board pack, else its newest (404 when none has been made)")
    public BoardPackService.Evidence evidence(@PathVariable long id) {
        return packs.evidence(current.get(), id)
                .orElseThrow(() -> new org.skillmix.app.web.api.NotFound("id", BoardPackService.noEvidence(id)));
    }

    @GetMapping("/api/systems/{id}/cqc-evidence/download")
    @Operation(summary = "The same CQC evidence as cqc-evidence.csv (quality_statement, key_question, kind, item)")
    public ResponseEntity<byte[]> evidenceCsv(@PathVariable long id) {
        return packs.evidenceCsv(current.get(), id).attachment();
    }
}
