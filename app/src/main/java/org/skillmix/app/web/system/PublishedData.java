package org.skillmix.app.web.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.skillmix.app.web.api.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The server's folder of published national files (skillmix.published-data, `serve --published-data`), which the
 * web's import and discharge study read as `skillmix import --from` and `skillmix discharge --from` do. Unset by
 * default: the server needs no published files to run, and those two then answer that it has none.
 */
@Component
public class PublishedData {
    static final String SETTING = "skillmix.published-data";

    private final Path folder;
    /** Fair: requests take their turn in the order they came. */
    private final ReentrantLock turns = new ReentrantLock(true);

    public PublishedData(@Value("${" + SETTING + ":}") String folder) {
        this.folder = folder == null || folder.isBlank()
                ? null
                : Path.of(folder.strip()).toAbsolutePath().normalize();
    }

    /** The folder, when the server was given one. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Whether the pages offer import and the discharge study. */
    public boolean configured() {
        return folder != null;
    }

    /** @throws Unavailable when the server has no folder, or the one it was given is not there */
    public Path require() {
        if (folder == null) {
            throw new Unavailable("this server has no published-data folder; its administrator sets " + SETTING
                    + " (skillmix serve --published-data DIR) to the folder of published national files");
        }
        // The path is the administrator's, not the caller's business: the answer does not name it.
        if (!Files.isDirectory(folder)) {
            throw new Unavailable("this server's published-data folder (" + SETTING
                    + ") is not there; its administrator must mend the setting");
        }
        return folder;
    }

    /**
     * Waits for this request's turn at the published files: one import or study at a time, since each reads the
     * national files whole (an import holds a few hundred MB while it builds) and a second at once would only
     * slow both and double the memory. Closing the turn lets the next one go.
     */
    public Turn turn() {
        turns.lock();
        return turns::unlock;
    }

    /** A request's turn at the published files; closing it ends the turn. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** Answered as HTTP CONFLICT: the server is not set up for what was asked, whoever asks. */
    public static final class Unavailable extends ApiException {
        Unavailable(String message) {
            super(HttpStatus.CONFLICT, null, message);
        }
    }
}
