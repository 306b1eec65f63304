package org.skillmix.data.boardpack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.data.report.Templates;

/**
 * The board pack's template rendered once with made-up figures (one of everything it iterates over or tests), on
 * the PDF renderer's warm-up thread ({@link BoardPackPdf#warmUpInBackground}): in a process that makes one pack,
 * the first render of the page loaded Thymeleaf and OGNL, set up logging and parsed the template, about 0.8 s on
 * the main thread after the analysis. The engine caches the parsed template and expressions, so the real render
 * reuses them and writes the same page.
 */
final class PackWarmUp {
    private PackWarmUp() {}

    static String render() {
        Map<String, Object> v = new HashMap<>();
        for (String text : List.of(
                "title",
                "description",
                "subtitle",
                "figuresCaption",
                "checksCaption",
                "budget",
                "noRecommendation",
                "barChart",
                "fanChart",
                "bindingYear",
                "yearKind",
                "endMonth",
                "inequalities",
                "metrics",
                "assumptionServices",
                "assumptionWorkforce",
                "assumptionOther",
                "reconcile",
                "bedDaysBasis")) {
            v.put(text, "1");
        }
        v.put("lead", List.of("1"));
        v.put("risks", List.of("1"));
        v.put("hasRecommendation", true);
        v.put("drawn", true);
        BoardPackPage.KeyFigure figure = new BoardPackPage.KeyFigure("1", "1", "1", "1");
        v.put("figures", List.of(figure));
        v.put("run", List.of(figure));
        BoardPackPage.Funded funded = new BoardPackPage.Funded("1", "1", "1", "1", "1", "1");
        v.put("funded", List.of(funded));
        v.put("interventionSources", List.of(funded));
        v.put("checks", List.of(new ChoiceChecks.Row("1", "1", "1", "1", "1", "1", "1", "1", "1", "1")));
        v.put("years", List.of(new BoardPackPage.YearRow("1", "1", "1", "1", "1")));
        BoardPackPage.Binding binding = new BoardPackPage.Binding("1", "1", "1");
        v.put("bindingCapabilities", List.of(binding));
        v.put("bindingPlaces", List.of(binding));
        v.put("glossary", List.of(new Glossary.Term("1", "1", "1")));
        v.put("cqc", List.of(new CqcEvidence.Statement("1", "1", List.of("1"), List.of("1"))));
        return Templates.render("board-pack", v);
    }
}
