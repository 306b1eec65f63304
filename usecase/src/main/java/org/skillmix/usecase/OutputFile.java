package org.skillmix.usecase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One file a command writes on its own (the dataset template, a generated dataset workbook), whole or not at all
 * as {@link OutputFolder} writes a folder: into a hidden file beside it ({@code .NAME.incomplete-PID-...}), on
 * disk, then renamed over it in one step. A command that fails or is killed leaves the previous file as it was
 * (or none), never a truncated workbook that Excel calls damaged.
 */
public final class OutputFile {
    private final Path target;

    private OutputFile(Path target) {
        this.target = target;
    }

    /**
     * The file, checked before any work: a path naming a folder, or a place that cannot be written, fails at once.
     *
     * @throws InvalidSetting (field "out") naming the path and what is wrong
     */
    public static OutputFile at(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new InvalidSetting("out", file + " is a folder: give the file's name, such as dataset.xlsx");
        }
        if (target.getParent() == null) throw new InvalidSetting("out", "give a file below " + target);
        OutputFolder.at(target.getParent());
        return new OutputFile(target);
    }

    public Path path() {
        return target;
    }

    /** Writes the file beside its place, then moves it into place; returns its final path. */
    public Path write(Output.Content content) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        String prefix = "." + target.getFileName() + OutputFolder.INCOMPLETE;
        OutputFolder.removeLeftovers(folder, prefix);
        Path incomplete = folder.resolve(prefix + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            OutputFolder.writeSynced(new Output(target.getFileName().toString(), Output.XLSX, content), incomplete);
            Files.move(incomplete, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(incomplete);
        }
        return target;
    }
}
