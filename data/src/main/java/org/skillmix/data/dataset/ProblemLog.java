package org.skillmix.data.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one read. Past a cap per file the rest are only counted: a million bad
 * rows would otherwise bury the first few a planner needs to see (usually one mistake repeated).
 */
public final class ProblemLog {

    static final int MAX_PER_FILE = 500;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> countByFile = new HashMap<>();
    private final Map<String, Integer> droppedErrors = new HashMap<>();

    public void error(String file, int row, String column, String reason) {
        add(Problem.error(file, row, column, reason));
    }

    public void warning(String file, int row, String column, String reason) {
        add(Problem.warning(file, row, column, reason));
    }

    void add(Problem problem) {
        int count = countByFile.merge(problem.file(), 1, Integer::sum);
        if (count <= MAX_PER_FILE) {
            problems.add(problem);
        } else if (problem.isError()) {
            droppedErrors.merge(problem.file(), 1, Integer::sum);
        }
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Whether any error so far is in this file. */
    boolean hasErrors(String file) {
        return problems.stream().anyMatch(p -> p.isError() && p.file().equals(file)) || droppedErrors.containsKey(file);
    }

    /** All problems, with a closing note for each file whose problems were cut off. */
    public List<Problem> all() {
        List<Problem> all = new ArrayList<>(problems);
        countByFile.forEach((file, count) -> {
            if (count > MAX_PER_FILE) {
                String reason = (count - MAX_PER_FILE) + " more problems in this file are not listed;"
                        + " fix the ones above and read it again";
                // Cut-off warnings must not turn into an error that stops the dataset loading.
                all.add(
                        droppedErrors.containsKey(file)
                                ? Problem.error(file, 0, "", reason)
                                : Problem.warning(file, 0, "", reason));
            }
        });
        return all;
    }
}
