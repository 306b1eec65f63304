package org.skillmix.app.web.analysis;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/** A file as uploaded: its plain name (no folders) and its bytes. */
public record Upload(String name, byte[] content) {

    /** The part as a file, or null when none was chosen. */
    static Upload of(MultipartFile part, String defaultName) throws IOException {
        if (part == null || part.isEmpty()) return null;
        String original = part.getOriginalFilename();
        String name = original == null
                ? ""
                : original.substring(original.replace('\\', '/').lastIndexOf('/') + 1)
                        .strip();
        return new Upload(name.startsWith(".") || name.isBlank() ? defaultName : name, part.getBytes());
    }
}
