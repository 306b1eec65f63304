package org.skillmix.app.web.system;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.RequestValidator;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/datasets")
@Tag(name = "Datasets", description = "Systems: upload, validate and list datasets")
public class DatasetController {
    private final DatasetService datasets;
    private final CurrentAccount current;
    private final RequestValidator validator;

    public DatasetController(DatasetService datasets, CurrentAccount current, RequestValidator validator) {
        this.datasets = datasets;
        this.current = current;
        this.validator = validator;
    }

    @GetMapping
    @Operation(summary = "The datasets of the signed-in user's ICS, newest first")
    public List<StoredDataset> list() {
        return datasets.list(current.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dataset's summary")
    public StoredDataset get(@PathVariable long id) {
        return datasets.get(current.get(), id);
    }

    /** A dataset's new name. */
    public record NewName(
            @jakarta.validation.constraints.NotBlank(message = "give a name")
            @jakarta.validation.constraints.Size(max = 120, message = "a name has at most 120 characters")
            String name) {}

    @PutMapping("/{id}/name")
    @Operation(
            summary = "Rename a dataset (analysts of its ICS): its label only; the dataset and its runs do not change",
            description = "200 with the dataset; audited (dataset.rename).")
    public StoredDataset rename(@PathVariable long id, @RequestBody NewName request) {
        validator.check(request);
        return datasets.rename(current.get(), id, request.name());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Upload a dataset (one .zip or .xlsx, or a folder's CSV files as several 'file' parts)",
            description =
                    "201 with the stored dataset; 422 with every problem {file,row,column,reason} and nothing stored.")
    public StoredDataset upload(
            @RequestParam("file") List<MultipartFile> file, @RequestParam(value = "name", required = false) String name)
            throws IOException {
        List<DatasetService.Upload> uploads = new ArrayList<>();
        for (MultipartFile part : file) {
            if (part.isEmpty() && file.size() == 1) continue;
            uploads.add(new DatasetService.Upload(part.getOriginalFilename(), part.getInputStream()));
        }
        return datasets.upload(current.get(), name, uploads);
    }
}
