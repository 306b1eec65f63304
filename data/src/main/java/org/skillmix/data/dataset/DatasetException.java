package org.skillmix.data.dataset;

import java.util.List;

/**
 * A dataset that cannot be loaded. It carries every problem found (errors and warnings, in reading
 * order), not just the first, so a planner can fix them all in one pass.
 */
public final class DatasetException extends Exception {

    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final transient List<Problem> problems;

    public DatasetException(String dataset, List<Problem> problems) {
        super(message(dataset, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors and warnings, in the order the files were read. */
    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static String message(String dataset, List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        StringBuilder text = new StringBuilder(dataset)
                .append(" cannot be loaded: ")
                .append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors");
        errors.stream()
                .limit(PROBLEMS_IN_MESSAGE)
                .forEach(p -> text.append(System.lineSeparator()).append(p));
        if (errors.size() > PROBLEMS_IN_MESSAGE) {
            text.append(System.lineSeparator())
                    .append("... and ")
                    .append(errors.size() - PROBLEMS_IN_MESSAGE)
                    .append(" more");
        }
        return text.toString();
    }
}
