package org.skillmix.usecase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file a use case produces: the name it has in an output folder and in the web's store (each name is a
 * constant of its use case, defined once), its media type, and how to write its bytes. Content is written on
 * demand, so a projection.csv of millions of rows streams to its file and is never held whole in memory.
 */
public record Output(String name, String mediaType, Content content) {

    public static final String CSV = "text/csv;charset=UTF-8";
    public static final String HTML = "text/html;charset=UTF-8";
    public static final String TEXT = "text/plain;charset=UTF-8";
    public static final String JSON = "application/json";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Writes a file's bytes to a stream, which it leaves open. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a text file's characters to a writer, which it leaves open. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    public Output {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("an output's name is a plain file name, not '" + name + "'");
        }
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }

    /** A text output, UTF-8. */
    public static Output text(String name, String mediaType, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Output(name, mediaType, out -> out.write(bytes));
    }

    /** A CSV output written as UTF-8 text. */
    public static Output csv(String name, TextContent content) {
        return new Output(name, CSV, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(text);
            text.flush();
        });
    }

    /** The whole content in memory: for the web's store and for tests, never for a large projection. */
    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            content.writeTo(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + name + " to memory", e);
        }
        return buffer.toByteArray();
    }
}
