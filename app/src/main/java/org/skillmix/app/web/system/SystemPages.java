package org.skillmix.app.web.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.PageRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The Systems page: stored datasets, and uploading one with its validation report. */
@Controller
public class SystemPages {
    private final DatasetService datasets;
    private final DatasetImports imports;
    private final PublishedData published;
    private final CurrentAccount current;

    public SystemPages(
            DatasetService datasets, DatasetImports imports, PublishedData published, CurrentAccount current) {
        this.datasets = datasets;
        this.imports = imports;
        this.published = published;
        this.current = current;
    }

    /** Whether the server has published files to import from: without, the page says so instead of a form. */
    @ModelAttribute("publishedData")
    boolean publishedData() {
        return published.configured();
    }

    /** The datasets imported from the published files, whose import report the page links to. */
    @ModelAttribute("importedIds")
    Set<Long> importedIds() {
        return datasets.imported();
    }

    @GetMapping("/systems")
    String systems(Model model) {
        model.addAttribute("datasets", DatasetVersion.of(datasets.list(current.get())));
        return "systems";
    }

    /** The form that renames a dataset (its label: the dataset itself never changes). */
    @GetMapping("/datasets/{id}/name")
    String renameForm(@PathVariable long id, Model model) {
        model.addAttribute("dataset", datasets.get(current.get(), id));
        return "dataset-name";
    }

    @PostMapping("/datasets/{id}/name")
    String rename(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            HttpServletResponse response,
            Model model) {
        var account = current.get();
        try {
            model.addAttribute("renamed", datasets.rename(account, id, name));
        } catch (Invalid e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("dataset", datasets.get(account, id));
            model.addAttribute("nameError", e.getMessage());
            model.addAttribute("name", name);
            return "dataset-name";
        }
        model.addAttribute("datasets", DatasetVersion.of(datasets.list(account)));
        return "systems";
    }

    /** `skillmix import` for the account's own ICS (an administrator names it): stored as an upload, or its problems. */
    @PostMapping("/systems/imports")
    String importDataset(
            @RequestParam(required = false) String icb,
            @RequestParam(required = false) String name,
            HttpServletResponse response,
            Model model) {
        try {
            model.addAttribute("stored", imports.importFor(current.get(), icb, name));
            model.addAttribute("importedIds", datasets.imported());
        } catch (UploadProblems e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("problems", e.problems());
            model.addAttribute("problemSummary", e.getMessage());
            model.addAttribute("errorField", "import-name");
        } catch (Invalid e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("problemSummary", e.getMessage());
            model.addAttribute("errorField", "import-name");
        }
        model.addAttribute("datasets", DatasetVersion.of(datasets.list(current.get())));
        return "systems";
    }

    @PostMapping("/systems")
    String upload(
            @RequestParam(value = "file", required = false) List<MultipartFile> file,
            @RequestParam(value = "folder", required = false) List<MultipartFile> folder,
            @RequestParam(value = "name", required = false) String name,
            HttpServletResponse response,
            Model model)
            throws IOException {
        List<DatasetService.Upload> uploads = new ArrayList<>();
        for (List<MultipartFile> parts : java.util.Arrays.asList(file, folder)) {
            if (parts == null) continue;
            for (MultipartFile part : parts) {
                if (!part.isEmpty())
                    uploads.add(new DatasetService.Upload(part.getOriginalFilename(), part.getInputStream()));
            }
        }
        try {
            StoredDataset stored = datasets.upload(current.get(), name, uploads);
            model.addAttribute("stored", stored);
        } catch (UploadProblems e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("problems", e.problems());
            model.addAttribute("problemSummary", e.getMessage());
        } catch (Invalid e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("problemSummary", e.getMessage());
            // "name" is the upload's name box; any other refusal is of the files chosen.
            if ("name".equals(e.field())) model.addAttribute("errorField", "name");
        }
        model.addAttribute("datasets", DatasetVersion.of(datasets.list(current.get())));
        return "systems";
    }
}
