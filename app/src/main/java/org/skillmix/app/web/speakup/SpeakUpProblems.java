package org.skillmix.app.web.speakup;

import java.util.List;
import org.skillmix.app.web.api.ApiException;
import org.springframework.http.HttpStatus;

/** Everything wrong with a concern, reply or answer at once, each with its field, so the form marks every one. */
public final class SpeakUpProblems extends ApiException {
    private final List<FieldProblem> problems;

    /** One field's problem; {@code field} is the form's and the API's name for it. */
    public record FieldProblem(String field, String message) {}

    SpeakUpProblems(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problems.get(0).field(), problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Every problem in the API's answer, beside the first's field and message. */
    @Override
    public java.util.Map<String, Object> properties() {
        return java.util.Map.of("problems", problems);
    }

    /** The message for one field, or null: what the form shows beside it. */
    public String messageFor(String field) {
        return problems.stream()
                .filter(p -> p.field().equals(field))
                .map(FieldProblem::message)
                .findFirst()
                .orElse(null);
    }
}
