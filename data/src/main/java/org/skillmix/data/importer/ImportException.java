package org.skillmix.data.importer;

import java.util.List;
import java.util.stream.Collectors;
import org.skillmix.data.dataset.Problem;

/**
 * An import that could not finish: a source file missing, unreadable, truncated or with a value that is
 * not what its publisher writes there. Each problem names the file (relative to the --from folder), the
 * row a spreadsheet shows and, where one is to blame, the column. Nothing is written when this is thrown.
 */
public final class ImportException extends Exception {

    private final transient List<Problem> problems;

    public ImportException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ImportException(Problem problem) {
        this(List.of(problem));
    }

    static ImportException at(String file, int row, String column, String reason) {
        return new ImportException(Problem.error(file, row, column, reason));
    }

    static ImportException file(String file, String reason) {
        return new ImportException(Problem.error(file, 0, "", reason));
    }

    public List<Problem> problems() {
        return problems;
    }
}
