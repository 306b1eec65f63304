package org.skillmix.app.web.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.dataset.ReadResult;
import org.skillmix.data.export.DatasetChecksum;
import org.springframework.stereotype.Service;

/**
 * Uploads: validated whole by the dataset reader, then stored as the canonical files the writer makes (so
 * a run reads back exactly what was checked, whatever shape the upload had).
 */
@Service
public class DatasetService {
    /** The name the server's own imports are stored and logged under. */
    public static final String SERVER = "system";

    private final DatasetStore store;
    private final AuditLog audit;
    /** Models read back from storage; a stored dataset never changes, so they never go stale. */
    private final Map<Long, SystemModel> models = new ConcurrentHashMap<>();

    public DatasetService(DatasetStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** One uploaded file: its name as the browser gave it, and its bytes. */
    public record Upload(String fileName, InputStream content) {}

    public List<StoredDataset> list(Account account) {
        return store.all().stream()
                .filter(d -> AccessPolicy.seesSystem(account, d.icbCode()))
                .toList();
    }

    public StoredDataset get(Account account, long id) {
        return of(account, id, "datasetId", "dataset " + id);
    }

    /**
     * The dataset a thing of it belongs to (its staff files, say), answered for the thing: a dataset the account
     * does not see makes it "no " + what, as a missing thing is, without naming the dataset.
     */
    public StoredDataset of(Account account, long datasetId, String field, String what) {
        StoredDataset dataset = store.get(datasetId);
        AccessPolicy.requireSystem(account, dataset.icbCode(), field, what);
        return dataset;
    }

    /**
     * Validates and stores an upload: one .zip or .xlsx, or the CSV files of a dataset folder.
     *
     * @throws UploadProblems listing every problem when the upload is not a valid dataset
     */
    public StoredDataset upload(Account account, String name, List<Upload> files) {
        AccessPolicy.require(account, Permission.UPLOAD_DATASETS, "only an analyst can upload datasets");
        if (files.isEmpty())
            throw new Invalid("file", "choose a dataset: a .zip, an .xlsx workbook or a folder's CSV files");
        Path work = null;
        try {
            work = Files.createTempDirectory("skillmix-upload");
            Path dataset = saveUpload(files, work);
            String sourceName = files.size() == 1 ? files.get(0).fileName() : files.size() + " CSV files";
            return validateAndStore(account, name, sourceName, dataset, work, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) deleteQuietly(work);
        }
    }

    /** Imports a dataset folder already on disk by the server itself (the shipped example), into its own ICS. */
    public StoredDataset importFolder(String name, String sourceName, Path folder) throws IOException {
        Path work = Files.createTempDirectory("skillmix-import");
        try {
            return validateAndStore(null, name, sourceName, folder, work, null, null);
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * Stores a dataset the server imported from the published files for the account's ICS (DatasetImports): checked
     * and stored exactly as an upload of the folder would be (the same canonical files, the same refusal of a
     * manifest naming another ICB), with its import report in the same transaction.
     */
    StoredDataset storeImport(Account account, String name, String sourceName, Path folder, DatasetFile report)
            throws IOException {
        AccessPolicy.require(account, Permission.UPLOAD_DATASETS, "only an analyst can import datasets");
        Path work = Files.createTempDirectory("skillmix-import");
        try {
            return validateAndStore(account, name, sourceName, folder, work, null, report);
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * The import report of a dataset imported from the published files, after the access check: it names every
     * trust's figures, so only those who see every organisation read it (as a run's report).
     *
     * @throws NotFound when the dataset was uploaded, not imported
     */
    public DatasetFile importReport(Account account, long id) {
        get(account, id);
        if (!AccessPolicy.seesEveryOrganisation(account)) {
            throw new Forbidden(
                    "datasetId", "the import report shows every organisation's figures; an organisation lead cannot");
        }
        return store.importReport(id)
                .orElseThrow(() -> new NotFound("datasetId", "dataset " + id + " was uploaded, not imported"));
    }

    /** The stored datasets that were imported from the published files, so have an import report. */
    public java.util.Set<Long> imported() {
        return store.imported();
    }

    /**
     * Stores a new version of a dataset from edited canonical files: validated whole by the dataset reader,
     * exactly as an upload, and stored in one transaction; the old version stays as it was (runs of it
     * still read what they projected).
     *
     * @throws UploadProblems listing every problem (file, row, column) when the edit breaks the dataset
     */
    public StoredDataset storeVersion(Account account, long previousId, List<DatasetFile> files, String change) {
        StoredDataset previous = get(account, previousId);
        AccessPolicy.require(account, Permission.EDIT_SCENARIOS, "only an analyst can edit datasets");
        Path work = null;
        try {
            work = Files.createTempDirectory("skillmix-edit");
            Path folder = work.resolve("dataset");
            Files.createDirectories(folder);
            for (DatasetFile file : files) Files.write(folder.resolve(safeName(file.name())), file.content());
            return validateAndStore(
                    account, previous.name(), "dataset " + previousId + ", " + change, folder, work, previousId, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) deleteQuietly(work);
        }
    }

    /**
     * Renames a stored dataset (its label; the dataset itself never changes): analysts of its ICS and
     * administrators, audited with the old and the new name.
     */
    public StoredDataset rename(Account account, long id, String name) {
        StoredDataset dataset = get(account, id);
        AccessPolicy.require(account, Permission.UPLOAD_DATASETS, "only an analyst can rename datasets");
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new Invalid("name", "give a name of 1 to 120 characters");
        }
        store.rename(id, trimmed);
        audit.record(
                dataset.icbCode(),
                account.username(),
                "dataset.rename",
                "dataset " + id + " " + dataset.name() + " -> " + trimmed);
        return store.get(id);
    }

    /** A stored dataset's canonical files, after the access check. */
    public List<DatasetFile> files(Account account, long id) {
        get(account, id);
        return store.files(id);
    }

    /** The stored summary, without an access check: for the server's own work (runs). */
    public StoredDataset stored(long id) {
        return store.get(id);
    }

    /** The stored dataset as a model, read back from its canonical files (cached). */
    public SystemModel model(long id) {
        return models.computeIfAbsent(id, key -> {
            try {
                Path folder = materialise(key);
                try {
                    return new DatasetReader().read(folder);
                } finally {
                    deleteQuietly(folder);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DatasetException e) {
                throw new IllegalStateException("stored dataset " + key + " no longer reads: " + e.getMessage(), e);
            }
        });
    }

    /** Writes the stored dataset's files into a new temporary folder; the caller deletes it. */
    public Path materialise(long id) throws IOException {
        Path folder = Files.createTempDirectory("skillmix-dataset-" + id);
        for (DatasetFile file : store.files(id)) {
            Files.write(folder.resolve(file.name()), file.content());
        }
        return folder;
    }

    /**
     * Validates the dataset whole and stores it into the uploader's ICS (the server's own import: the ICS its
     * manifest names).
     *
     * @param account      who uploads; null for the server itself
     * @param importReport the import report of a dataset imported from the published files; null for an upload
     */
    private StoredDataset validateAndStore(
            Account account,
            String name,
            String sourceName,
            Path dataset,
            Path work,
            Long previousId,
            DatasetFile importReport)
            throws IOException {
        String username = account == null ? SERVER : account.username();
        ReadResult read;
        try {
            read = new DatasetReader().load(dataset);
        } catch (DatasetException e) {
            audit.record(
                    username,
                    "dataset.upload.rejected",
                    sourceName + ": " + e.errors().size() + " error(s)");
            throw new UploadProblems(
                    e.problems().stream().map(DatasetService::view).toList());
        }
        SystemModel model = read.model();
        String icb;
        try {
            icb = account == null
                    ? model.info().icbOdsCode()
                    : AccessPolicy.icbOfUpload(account, model.info().icbOdsCode());
        } catch (Forbidden e) {
            audit.record(username, "dataset.upload.refused", sourceName + ": " + e.getMessage());
            throw e;
        }
        Path canonical = work.resolve("canonical");
        List<DatasetFile> files = DatasetFile.canonical(model, canonical);
        String title = name == null || name.isBlank() ? model.info().name() : name.trim();
        StoredDataset summary = new StoredDataset(
                0,
                title,
                icb,
                model.info().name(),
                sourceName,
                DatasetChecksum.sha256(canonical),
                model.places().size(),
                model.organisations().size(),
                model.roles().size(),
                model.capabilities().size(),
                model.services().size(),
                read.warnings().size(),
                username,
                null,
                previousId);
        StoredDataset stored = store.store(summary, files, importReport);
        models.put(stored.id(), model);
        audit.record(
                icb,
                username,
                importReport == null ? "dataset.upload" : "dataset.import",
                "dataset " + stored.id() + " " + title + " from " + sourceName
                        + (model.metrics().isEmpty()
                                ? ""
                                : ", " + model.metrics().size() + " metric rows"));
        return stored;
    }

    private static Path saveUpload(List<Upload> files, Path work) throws IOException {
        if (files.size() == 1 && !files.get(0).fileName().toLowerCase().endsWith(".csv")) {
            Path target = work.resolve(safeName(files.get(0).fileName()));
            Files.copy(files.get(0).content(), target);
            return target;
        }
        // A folder's files (a browser's folder upload sends each as "folder/name.csv").
        Path folder = work.resolve("dataset");
        Files.createDirectories(folder);
        for (Upload file : files) {
            Files.copy(file.content(), folder.resolve(safeName(file.fileName())));
        }
        return folder;
    }

    /** The file's own name, without any folder a browser put in front: never a path outside the work folder. */
    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            throw new Invalid("file", "an uploaded file has no usable name: " + fileName);
        }
        return name;
    }

    private static UploadProblems.ProblemView view(Problem p) {
        return new UploadProblems.ProblemView(p.file(), p.row(), p.column(), p.reason(), p.isError());
    }

    static void deleteQuietly(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
