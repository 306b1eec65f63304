package org.skillmix.app.web.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.data.importer.ImportException;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.importer.ImportRequest;
import org.skillmix.usecase.importer.ImportUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * `skillmix import` in the web application: a dataset for the caller's own ICS built by {@link ImportUseCase} from
 * the server's published files, stored as an upload of the folder it writes would be, with its import report.
 *
 * <p>Answered within the request, not queued as a run: a run belongs to a stored dataset (its ICS, its pages),
 * which an import has only once it is done, and an import is one step of a few seconds to half a minute with no
 * count to show progress by. The request waits its turn at the published files ({@link PublishedData#turn}).
 */
@Service
public class DatasetImports {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetImports.class);

    private final DatasetService datasets;
    private final PublishedData published;
    private final AuditLog audit;

    public DatasetImports(DatasetService datasets, PublishedData published, AuditLog audit) {
        this.datasets = datasets;
        this.published = published;
        this.audit = audit;
    }

    /**
     * Imports and stores a dataset of the account's ICS (an administrator names it).
     *
     * @param requestedIcb null for the account's own; an analyst naming another ICS is refused
     * @param name         the dataset's name (blank: the system's own)
     * @throws UploadProblems naming every problem of the published files (file and row): nothing was stored
     */
    public StoredDataset importFor(Account account, String requestedIcb, String name) {
        AccessPolicy.require(account, Permission.UPLOAD_DATASETS, "only an analyst can import datasets");
        Path from = published.require();
        String icb = AccessPolicy.icbOfRequest(account, requestedIcb);
        ImportRequest request = Invalid.unlessRefused(() -> new ImportRequest(icb, from, null));
        Path work = null;
        try (PublishedData.Turn turn = published.turn()) {
            work = Files.createTempDirectory("skillmix-published-import");
            Path folder = work.resolve("dataset");
            ImportUseCase.Result result =
                    new ImportUseCase().run(request, folder, step -> LOG.debug("import {}: {}", icb, step));
            Output report = result.outputs().get(ImportUseCase.IMPORT_REPORT_HTML);
            return datasets.storeImport(
                    account,
                    name,
                    "import of " + icb + " from the published files",
                    folder,
                    new DatasetFile(report.name(), report.bytes()));
        } catch (ImportException e) {
            audit.record(
                    icb,
                    account.username(),
                    "dataset.import.rejected",
                    icb + ": " + e.problems().size() + " problem(s) in the published files");
            throw new UploadProblems(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    e.problems().size() + " problem(s) in the published files: no dataset was stored",
                    e.problems().stream()
                            .map(p -> new UploadProblems.ProblemView(
                                    p.file(), p.row(), p.column(), p.reason(), p.isError()))
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) DatasetService.deleteQuietly(work);
        }
    }
}
