package org.skillmix.app.web.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.skillmix.app.web.account.CurrentAccount;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The board pack PDF of a run or of a plan (docs/outputs.md, "board-pack.pdf"). */
@RestController
@Tag(name = "Board pack", description = "What we should do, the charts, CQC evidence, assumptions and glossary, as PDF")
public class BoardPackController {
    private final BoardPackService packs;
    private final PlanService plans;
    private final CurrentAccount current;

    public BoardPackController(BoardPackService packs, PlanService plans, CurrentAccount current) {
        this.packs = packs;
        this.plans = plans;
        this.current = current;
    }

    @GetMapping("/api/runs/{runId}/board-pack")
    @Operation(summary = "The board pack of a finished projection run, as PDF (small numbers suppressed for a lead)")
    public ResponseEntity<byte[]> ofRun(@PathVariable long runId) {
        return pdf("skillmix-run-" + runId + "-board-pack.pdf", packs.ofRun(current.get(), runId));
    }

    @GetMapping("/api/plans/{id}/board-pack")
    @Operation(summary = "The board pack of a plan, with its sign-off in the CQC evidence, as PDF")
    public ResponseEntity<byte[]> ofPlan(@PathVariable long id) {
        var account = current.get();
        return pdf("skillmix-plan-" + id + "-board-pack.pdf", packs.ofPlan(account, plans.get(account, id)));
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] content) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(content);
    }
}
