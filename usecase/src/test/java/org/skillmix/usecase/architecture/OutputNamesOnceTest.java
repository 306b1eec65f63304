package org.skillmix.usecase.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skillmix.usecase.GmExample;

/**
 * Each output file a use case names (its public constants: projection.csv, run.json, plan.csv ...) is spelt once in
 * all the main sources: where a second class spells the name again, the two can drift apart, and the web would look
 * for a file the use case no longer writes (issue 13: file names defined once). Refer to the use case's constant.
 */
class OutputNamesOnceTest {
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9_.-]+\\.(csv|html|txt|json|xlsx|pdf)");

    /** The output file names the use cases publish, from their constants (whether spelt there or in data). */
    static TreeSet<String> outputNames() throws IllegalAccessException {
        TreeSet<String> names = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.skillmix.usecase")) {
            for (Field f : type.reflect().getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isPublic(m) || !Modifier.isStatic(m) || !Modifier.isFinal(m)) continue;
                if (f.getType() != String.class) continue;
                String value = (String) f.get(null);
                if (value != null && FILE_NAME.matcher(value).matches()) names.add(value);
            }
        }
        return names;
    }

    @Test
    void everyOutputFileNameIsSpeltOnceInTheMainSources() throws Exception {
        TreeSet<String> names = outputNames();
        assertThat(names).as("the use cases' output names").contains("projection.csv", "run.json", "plan.csv");
        Map<String, List<String>> spelt = new TreeMap<>();
        for (Path source : mainSources()) {
            String text = Files.readString(source);
            for (String name : names) {
                if (text.contains('"' + name + '"'))
                    spelt.computeIfAbsent(name, k -> new ArrayList<>()).add(source.toString());
            }
        }
        Map<String, List<String>> twice = new TreeMap<>();
        spelt.forEach((name, where) -> {
            if (where.size() > 1) twice.put(name, where);
        });
        assertThat(twice)
                .as("output file names spelt in more than one main source: use the use case's constant")
                .isEmpty();
    }

    /** Every main Java source of every module. */
    static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("core", "data", "usecase", "app", "bench")) {
            Path root = GmExample.repo().resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        assertThat(sources).as("main sources under %s", GmExample.repo()).hasSizeGreaterThan(100);
        return sources;
    }
}
