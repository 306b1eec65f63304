package org.skillmix.app.web.system;

import java.util.List;
import java.util.Map;
import org.skillmix.app.web.api.ApiException;
import org.springframework.http.HttpStatus;

/** An upload that is not a valid dataset: every problem, each with file, row, column and reason. */
public final class UploadProblems extends ApiException {
    private final List<ProblemView> problems;

    public UploadProblems(List<ProblemView> problems) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "file",
                problems.stream().filter(ProblemView::error).count() + " problem(s): the dataset was not stored");
        this.problems = List.copyOf(problems);
    }

    /** Problems in other uploads than a dataset (a staff file), with the status and summary the caller chooses. */
    public UploadProblems(HttpStatus status, String message, List<ProblemView> problems) {
        super(status, "file", message);
        this.problems = List.copyOf(problems);
    }

    public List<ProblemView> problems() {
        return problems;
    }

    /** Every problem in the API's answer, so a script can show them all. */
    @Override
    public Map<String, Object> properties() {
        return Map.of("problems", problems);
    }

    /** One problem as the API and the page show it. */
    public record ProblemView(String file, int row, String column, String reason, boolean error) {}
}
