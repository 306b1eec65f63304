package org.skillmix.app.web.mutualaid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.run.Run;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.mutualaid.MutualAidRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
@Tag(
        name = "Mutual aid",
        description = "Redeployment plans for a surge from a staff file and a surge file (docs/mutual-aid.md)")
public class MutualAidController {
    private final MutualAidService mutualAid;
    private final MutualAidPlans plans;
    private final CurrentAccount current;

    public MutualAidController(MutualAidService mutualAid, MutualAidPlans plans, CurrentAccount current) {
        this.mutualAid = mutualAid;
        this.plans = plans;
        this.current = current;
    }

    /**
     * How long to search for, the seed, optionally a step limit (with one that ends the search first, the same seed
     * gives the same plan on any machine) and the supply baseline a surge of extra demand is planned on
     * (funded-plan when absent, or current-trends).
     */
    public record NewPlan(Integer seconds, Long seed, Integer steps, String baseline) {}

    @PostMapping(path = "/datasets/{datasetId}/mutual-aid", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Upload a staff file and a surge file (multipart 'staff', 'surge', 'firstDay' YYYY-MM-DD)",
            description =
                    "Analysts and organisation leads. 201 with the stored files' id and counts; 400 with every problem"
                            + " {file,row,column,reason} and nothing stored.")
    public MutualAidInput upload(
            @PathVariable long datasetId,
            @RequestPart("staff") MultipartFile staff,
            @RequestPart("surge") MultipartFile surge,
            @RequestParam("firstDay") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay)
            throws IOException {
        return mutualAid.upload(
                current.get(),
                datasetId,
                firstDay,
                MutualAidPages.file(staff, "staff.csv"),
                MutualAidPages.file(surge, "surge.csv"));
    }

    @GetMapping("/datasets/{datasetId}/mutual-aid")
    @Operation(summary = "The staff and surge files stored for a dataset, each with its plans")
    public List<MutualAidService.InputWithPlans> inputs(@PathVariable long datasetId) {
        return mutualAid.inputs(current.get(), datasetId);
    }

    @DeleteMapping("/mutual-aid/{inputId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete staff and surge files and every plan made from them (the staff file's contents are gone)")
    public void delete(@PathVariable long inputId) {
        mutualAid.delete(current.get(), inputId);
    }

    @PostMapping("/mutual-aid/{inputId}/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Queue a plan from stored files: {seconds (" + MutualAidRequest.DEFAULT_SECONDS + ", at most "
                    + MutualAidRequest.MAX_SECONDS + "), seed (" + RunDefaults.SEED + "), steps (none),"
                    + " baseline (funded-plan or current-trends; funded-plan)}")
    public Run start(@PathVariable long inputId, @RequestBody(required = false) NewPlan request) {
        NewPlan r = request == null ? new NewPlan(null, null, null, null) : request;
        return mutualAid.start(current.get(), inputId, r.seconds(), r.seed(), r.steps(), r.baseline());
    }

    @GetMapping("/mutual-aid/plans/{id}")
    @Operation(
            summary = "A plan's status, its bound, cover and gap (FTE-weeks), and while running the best cover so far")
    public MutualAidService.PlanStatus status(@PathVariable long id) {
        return mutualAid.status(current.get(), id);
    }

    @PostMapping("/mutual-aid/plans/{id}/cancel")
    @Operation(summary = "Cancel a queued or running plan")
    public Run cancel(@PathVariable long id) {
        return mutualAid.cancel(current.get(), id);
    }

    @GetMapping("/mutual-aid/plans/{id}/moves")
    @Operation(
            summary = "Who goes where, week by week (optionally one week, and to or from one organisation)",
            description =
                    "Refused to viewers (staff ids); an organisation lead gets the moves of their own organisation's people.")
    public List<MutualAidPlans.MoveView> moves(
            @PathVariable long id,
            @RequestParam(required = false) Integer week,
            @RequestParam(required = false) String org) {
        return plans.moves(current.get(), id, week, org);
    }

    @GetMapping("/mutual-aid/plans/{id}/donor-losses")
    @Operation(summary = "What each donor service lends each week against its floor (refused to viewers)")
    public List<MutualAidPlans.DonorWeekView> donorLosses(@PathVariable long id) {
        return plans.donorLosses(current.get(), id);
    }

    @GetMapping("/mutual-aid/plans/{id}/cover")
    @Operation(summary = "Each shortfall and how much of it the plan covers")
    public List<MutualAidPlans.CoverView> cover(@PathVariable long id) {
        return plans.cover(current.get(), id);
    }

    @GetMapping("/mutual-aid/plans/{id}/received")
    @Operation(summary = "FTE of cover received by each service in each week (a grid for the heatmap)")
    public MutualAidPlans.Received received(@PathVariable long id) {
        return plans.received(current.get(), id);
    }

    @GetMapping("/mutual-aid/plans/{id}/download/{format}")
    @Operation(summary = "Download plan (plan.csv), donor-losses, cover (cover.csv) or html (the printable plan)")
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) {
        return plans.download(current.get(), id, format).attachment();
    }
}
