package org.skillmix.usecase;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a command writes its outputs to, written whole or not at all. The outputs are written into a
 * hidden folder beside the target ({@code .NAME.incomplete-PID-...}) and moved into place only once every one is
 * complete and on disk: a run that fails or is killed leaves the previous outputs as they were (or none), never
 * a truncated file over a good one. A new target folder appears in one rename; into an existing folder each file
 * moves by one atomic rename, after all have been written, so other files there are left alone.
 */
public final class OutputFolder {
    static final String INCOMPLETE = ".incomplete-";

    private final Path target;

    private OutputFolder(Path target) {
        this.target = target;
    }

    /**
     * The folder for a run's outputs, checked before any work: a path naming a file, or a place that cannot be
     * written, fails at once rather than after the run.
     *
     * @throws InvalidSetting (field "out") naming the path and what is wrong
     */
    public static OutputFolder at(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InvalidSetting("out", folder + " is a file, not a folder: give a folder for the results");
        }
        Path existing = target;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null || !Files.isDirectory(existing)) {
            throw new InvalidSetting("out", folder + ": " + existing + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new InvalidSetting("out", folder + ": cannot write in " + existing + " (permission denied)");
        }
        if (target.getParent() == null) throw new InvalidSetting("out", "give a folder below " + target);
        return new OutputFolder(target);
    }

    public Path path() {
        return target;
    }

    /** The path an output of this name has once written. */
    public Path resolve(String name) {
        return target.resolve(name);
    }

    /** Writes every output, then moves them into place together; returns their final paths. */
    public List<Path> write(Outputs outputs) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String prefix = "." + target.getFileName() + INCOMPLETE;
        removeLeftovers(parent, prefix);
        Path incomplete = Files.createTempDirectory(
                parent, prefix + ProcessHandle.current().pid() + "-");
        try {
            for (Output output : outputs.all()) writeSynced(output, incomplete.resolve(output.name()));
            moveIntoPlace(incomplete, outputs.names());
        } finally {
            deleteTree(incomplete);
        }
        List<Path> written = new ArrayList<>();
        for (String name : outputs.names()) written.add(target.resolve(name));
        return written;
    }

    /**
     * Writes every output as {@link #write(Outputs)} does, then deletes the files of the command's other outputs
     * (named in {@code everyOutput}) that this run did not write: an earlier run's optional file (projection.csv
     * of a run with --full, sensitivity.csv of one with draws) would otherwise sit beside the new outputs looking
     * as current as they are. Files of other names in the folder stay.
     */
    public List<Path> write(Outputs outputs, List<String> everyOutput) throws IOException {
        List<Path> written = write(outputs);
        for (String name : everyOutput) {
            if (!outputs.names().contains(name)) Files.deleteIfExists(target.resolve(name));
        }
        return written;
    }

    static void writeSynced(Output output, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            output.content().writeTo(out);
            out.flush();
            // On disk before it replaces anything: a crash after the rename must not find an empty file.
            channel.force(true);
        }
    }

    private void moveIntoPlace(Path incomplete, List<String> names) throws IOException {
        if (!Files.exists(target)) {
            try {
                Files.move(incomplete, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // Created meanwhile, or another file system: move file by file below.
            }
        }
        Files.createDirectories(target);
        for (String name : names) {
            Files.move(
                    incomplete.resolve(name),
                    target.resolve(name),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Hidden folders (or files: {@link OutputFile}) of runs that were killed (their process is gone) are deleted. */
    static void removeLeftovers(Path parent, String prefix) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                String name = p.getFileName().toString();
                if (!name.startsWith(prefix)) continue;
                String rest = name.substring(prefix.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                deleteTree(p);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
