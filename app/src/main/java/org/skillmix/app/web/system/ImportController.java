package org.skillmix.app.web.system;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.skillmix.app.web.account.CurrentAccount;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Datasets", description = "Systems: upload, validate and list datasets")
public class ImportController {
    private final DatasetImports imports;
    private final DatasetService datasets;
    private final CurrentAccount current;

    public ImportController(DatasetImports imports, DatasetService datasets, CurrentAccount current) {
        this.imports = imports;
        this.datasets = datasets;
        this.current = current;
    }

    /**
     * What to import: nothing for an analyst's own ICS; an administrator names the ICB.
     *
     * @param icb  the ICB's ODS code: an administrator's choice; an analyst may leave it out or name their own
     * @param name the new dataset's name (blank: the system's own)
     */
    public record ImportSettings(String icb, String name) {}

    @PostMapping("/api/imports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Import a dataset of your ICS from the server's published national files (skillmix import)",
            description = "Builds the dataset as `skillmix import --icb <your ICB>` does, from the server's folder of"
                    + " published files (skillmix.published-data), and stores it as an upload of that folder would"
                    + " be, with its import report. The ICB is the account's, never another; an administrator names"
                    + " it. Answered when done (a few seconds to half a minute): 201 with the stored dataset; 422"
                    + " with every problem {file,row,column,reason} of the published files and nothing stored; 409"
                    + " when the server has no published-data folder.")
    public StoredDataset importDataset(@RequestBody(required = false) ImportSettings settings) {
        ImportSettings s = settings == null ? new ImportSettings(null, null) : settings;
        return imports.importFor(current.get(), s.icb(), s.name());
    }

    @GetMapping("/api/datasets/{id}/import-report")
    @Operation(
            summary = "The import report of a dataset imported from the published files (import-report.html)",
            description = "Every source, row count and default the import used; 404 for an uploaded dataset. It"
                    + " names every trust's figures, so an organisation lead cannot read it.")
    public ResponseEntity<byte[]> importReport(@PathVariable long id) {
        DatasetFile report = datasets.importReport(current.get(), id);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(report.name())
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(report.content());
    }
}
