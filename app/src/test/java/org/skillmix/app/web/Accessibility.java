package org.skillmix.app.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.WebDriver;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The browser test's accessibility record: axe-core's serious and critical violations on each page it was run on,
 * and which of the application's pages were checked at all.
 */
final class Accessibility {
    /**
     * GET mappings of page controllers that are not pages of their own: the sign-in redirect, and the blocks htmx
     * swaps into a page (checked inside the page that shows them: the results page with its explain table open,
     * the run and plan pages with their progress).
     */
    static final Set<String> NOT_PAGES = Set.of(
            "/",
            "/runs/{id}/progress",
            "/mutual-aid/plans/{id}/progress",
            "/analyses/{id}/progress",
            "/runs/{id}/board-pack",
            "/runs/{id}/heat-table",
            "/runs/{id}/explain");

    private final Axe axe = new Axe();
    private final Map<String, List<String>> violations = new LinkedHashMap<>();
    private final Set<String> checked = new LinkedHashSet<>();

    void check(WebDriver browser) {
        String path = URI.create(browser.getCurrentUrl()).getPath();
        checked.add(path);
        List<String> found = axe.violations(browser);
        // said at once too, so a failing path still shows what axe found before it stopped
        found.forEach(v -> System.out.println("axe: " + path + ": " + v));
        if (!found.isEmpty())
            violations.merge(path, found, (a, b) -> {
                var all = new java.util.ArrayList<>(a);
                b.stream().filter(v -> !all.contains(v)).forEach(all::add);
                return all;
            });
    }

    /** Each page with a serious or critical violation, and the violations. */
    Map<String, List<String>> violations() {
        return violations;
    }

    /** The pages (GET mappings of @Controller classes that render a template) that no check visited. */
    Set<String> unchecked(RequestMappingHandlerMapping mappings) {
        Set<String> out = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            if (!isPage(e.getKey(), e.getValue())) continue;
            for (PathPattern pattern : e.getKey().getPathPatternsCondition().getPatterns()) {
                if (NOT_PAGES.contains(pattern.getPatternString())) continue;
                boolean seen = checked.stream().anyMatch(p -> pattern.matches(PathContainer.parsePath(p)));
                if (!seen) out.add(pattern.getPatternString());
            }
        }
        return out;
    }

    private static boolean isPage(RequestMappingInfo info, HandlerMethod method) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
        Class<?> type = method.getBeanType();
        return get
                && info.getPathPatternsCondition() != null
                && AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                && !AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
                && !method.hasMethodAnnotation(ResponseBody.class)
                && method.getReturnType().getParameterType() == String.class;
    }
}
