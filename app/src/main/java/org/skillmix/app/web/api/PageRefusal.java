package org.skillmix.app.web.api;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.ui.Model;

/**
 * A page's form the application refused, shown again with the problem in the NHS.UK error summary, linked to its
 * field. The page answers under the refusal's status (400 for what was typed, 403 for what the account may not do,
 * 409 for what the stored record no longer allows, 413 for an upload too large), never 200: assistive technology, a
 * script and a test all see the request failed. Every page form that shows its refusal itself answers here.
 *
 * <p>The page's title then begins "Error: " (layout :: head reads {@link #SHOWN}), as the NHS.UK and GOV.UK error
 * summary pattern asks: the title is the first thing a screen reader says of the page that came back.
 */
public final class PageRefusal {
    /** The model attribute, true when the page shows an error summary. */
    public static final String SHOWN = "errorShown";

    private PageRefusal() {}

    public static void answer(ApiException refusal, HttpServletResponse response, Model model) {
        answer(refusal.status(), response, model);
    }

    /** A refusal that is no {@link ApiException}, such as an upload the server could not read (400). */
    public static void answer(HttpStatusCode status, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute(SHOWN, true);
    }

    /**
     * The id of the form's element the error summary links to: the one the refusal's field names, else the form's
     * first field (a refusal may name a field the form has no box for, or none).
     */
    public static String elementOf(String field, Map<String, String> elements, String first) {
        return field == null ? first : elements.getOrDefault(field, first);
    }
}
