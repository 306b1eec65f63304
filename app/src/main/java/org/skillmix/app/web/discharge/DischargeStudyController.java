package org.skillmix.app.web.discharge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.usecase.discharge.DischargeQuestionRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/discharge-studies")
@Tag(
        name = "Discharge",
        description = "What extra care workers do to the criteria-to-reside backlog, bed days, occupancy and handovers")
public class DischargeStudyController {
    private final DischargeStudies studies;
    private final CurrentAccount current;

    public DischargeStudyController(DischargeStudies studies, CurrentAccount current) {
        this.studies = studies;
        this.current = current;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Fit the discharge flow model to your ICB's published daily series (skillmix discharge)",
            description = "As `skillmix discharge --icb <your ICB>` on the server's folder of published files"
                    + " (skillmix.published-data); datasetId (a dataset of your ICS) splits the ICB into its places,"
                    + " as --dataset. The ICB is the account's; an administrator names it or the dataset does. Answered"
                    + " when done: 201 with the stored study, whose files are downloaded by name; 400 naming a setting"
                    + " out of range (extraCareWorkers 0-" + (long) DischargeQuestionRequest.MOST_EXTRA_FTE
                    + ", heldBackMonths 1-120, trainingMonths 2-120, 0 <"
                    + " utilisation < 1, place one of the dataset's); 422 when the published files cannot be used; 409"
                    + " when the server has no published-data folder.")
    public DischargeStudy run(@RequestBody(required = false) DischargeStudies.StudyRequest request) {
        DischargeStudies.StudyRequest asked =
                request == null ? new DischargeStudies.StudyRequest(null, null, null, null, null, null, null) : request;
        return studies.run(current.get(), asked);
    }

    @GetMapping
    @Operation(summary = "The discharge studies of your ICS, newest first")
    public List<DischargeStudy> list() {
        return studies.list(current.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One discharge study: its settings and the names of its files")
    public DischargeStudy get(@PathVariable long id) {
        return studies.get(current.get(), id);
    }

    @GetMapping("/{id}/download/{name}")
    @Operation(summary = "A discharge study's file: discharge-fit.txt or discharge-fit.html")
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String name) {
        DischargeStudyStore.StudyFile file = studies.file(current.get(), id, name);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name())
                                .build()
                                .toString())
                .contentType(
                        file.name().endsWith(".html")
                                ? MediaType.parseMediaType("text/html;charset=UTF-8")
                                : MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .body(file.content());
    }
}
