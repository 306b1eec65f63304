package org.skillmix.data.boardpack;

import java.util.List;
import java.util.Locale;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.projection.Series;

/**
 * The pack's charts as inline SVG, so the same markup draws in a browser and, as vectors, in the PDF. Each chart
 * has a title and a description for screen readers; its figures are also in a table beside it.
 */
final class SvgCharts {
    static final int WIDTH = 640, HEIGHT = 260;
    private static final int LEFT = 64, RIGHT = 24, TOP = 30, BOTTOM = 34;
    private static final String DEMAND = "#d5281b", SUPPLY = "#005eb8", RECOMMENDED = "#007f3b", BASE = "#768692";

    private SvgCharts() {}

    /** Demand against supply by month: the P10-P90 band shaded, the P50 (or the mean without quantiles) a line. */
    static String fan(String description, List<String> yearLabels, Series demand, Series supply) {
        int n = demand.mean().length;
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (Series s : List.of(demand, supply)) {
            for (double v : lower(s)) lo = Math.min(lo, v);
            for (double v : upper(s)) hi = Math.max(hi, v);
        }
        Scale y = Scale.of(lo, hi);
        StringBuilder svg = open(description);
        axes(svg, y);
        for (Series s : List.of(supply, demand)) {
            String colour = s == demand ? DEMAND : SUPPLY;
            double[] low = lower(s), high = upper(s);
            StringBuilder band = new StringBuilder();
            for (int i = 0; i < n; i++) band.append(point(x(i, n), y.at(high[i])));
            for (int i = n - 1; i >= 0; i--) band.append(point(x(i, n), y.at(low[i])));
            svg.append("<polygon fill=\"")
                    .append(colour)
                    .append("\" fill-opacity=\"0.18\" stroke=\"none\" points=\"")
                    .append(band.toString().trim())
                    .append("\"/>\n");
            StringBuilder line = new StringBuilder();
            double[] middle = s.p50() != null ? s.p50() : s.mean();
            for (int i = 0; i < n; i++) line.append(point(x(i, n), y.at(middle[i])));
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(colour)
                    .append("\" points=\"")
                    .append(line.toString().trim())
                    .append("\"/>\n");
        }
        for (int k = 0; k < yearLabels.size(); k++) {
            double at = x(Math.min(n - 1, 12 * k + 11), n);
            if (k % Math.max(1, yearLabels.size() / 5) != 0 && k != yearLabels.size() - 1) continue;
            text(svg, at, HEIGHT - BOTTOM + 16, k == yearLabels.size() - 1 ? "end" : "middle", yearLabels.get(k));
        }
        legend(svg, new String[] {"Demand", "Supply"}, new String[] {DEMAND, SUPPLY});
        return svg.append("</svg>\n").toString();
    }

    /** One bar per year and scenario at the mean, with a P10-P90 whisker. */
    static String yearBars(String description, List<String> yearLabels, List<Figure> baseline, List<Figure> other) {
        double hi = 0, lo = 0;
        for (List<Figure> list : other == null ? List.of(baseline) : List.of(baseline, other)) {
            for (Figure f : list) {
                hi = Math.max(hi, Math.max(f.p90(), f.mean()));
                lo = Math.min(lo, Math.min(f.p10(), f.mean()));
            }
        }
        Scale y = Scale.of(lo, hi);
        StringBuilder svg = open(description);
        axes(svg, y);
        int n = yearLabels.size();
        double slot = (WIDTH - LEFT - RIGHT) / (double) n;
        int series = other == null ? 1 : 2;
        double bar = slot * 0.7 / series;
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < series; s++) {
                Figure f = (s == 0 ? baseline : other).get(i);
                double left = LEFT + slot * i + slot * 0.15 + bar * s;
                double top = y.at(Math.max(0, f.mean())), bottom = y.at(Math.min(0, f.mean()));
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                        left,
                        top,
                        bar,
                        Math.max(0.5, bottom - top),
                        s == 0 ? BASE : RECOMMENDED));
                double mid = left + bar / 2;
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#212b32\" stroke-width=\"1\"/>\n",
                        mid,
                        mid,
                        y.at(f.p10()),
                        y.at(f.p90())));
            }
            if (n <= 6 || i % 2 == 0 || i == n - 1)
                text(svg, LEFT + slot * (i + 0.5), HEIGHT - BOTTOM + 16, "middle", yearLabels.get(i));
        }
        legend(
                svg,
                other == null ? new String[] {"Baseline"} : new String[] {"Baseline", "Recommended portfolio"},
                new String[] {BASE, RECOMMENDED});
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(String description) {
        StringBuilder svg = new StringBuilder(8_192);
        // alt as well as the title: the PDF's accessibility tagging (PDF/UA) reads a chart's text from alt.
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" alt=\"")
                .append(escape(description))
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\"><title>")
                .append(escape(description))
                .append("</title>\n");
        return svg;
    }

    private static void axes(StringBuilder svg, Scale y) {
        for (double tick : y.ticks()) {
            double at = y.at(tick);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>\n",
                    LEFT,
                    WIDTH - RIGHT,
                    at,
                    at,
                    tick == 0 ? "#212b32" : "#d8dde0"));
            text(svg, LEFT - 6, at + 4, "end", String.format(Locale.UK, "%,.0f", tick));
        }
        text(svg, LEFT - 6, TOP - 12, "end", "FTE");
    }

    private static void legend(StringBuilder svg, String[] names, String[] colours) {
        double x = LEFT + 8;
        for (int i = 0; i < names.length; i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
                    x,
                    2,
                    colours[i]));
            text(svg, x + 16, 12, "start", names[i]);
            x += 28 + 7 * names[i].length();
        }
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append(String.format(
                        Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"#212b32\">", x, y, anchor))
                .append(escape(text))
                .append("</text>\n");
    }

    private static double x(int i, int n) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (n == 1 ? 0.5 : i / (double) (n - 1));
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f ", x, y);
    }

    private static double[] lower(Series s) {
        return s.p10() != null ? s.p10() : s.mean();
    }

    private static double[] upper(Series s) {
        return s.p90() != null ? s.p90() : s.mean();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** A linear y scale from lo to hi (widened to include 0 and to round ticks), in SVG pixels. */
    private record Scale(double lo, double hi, double step) {
        static Scale of(double lo, double hi) {
            lo = Math.min(0, finite(lo));
            hi = Math.max(0, finite(hi));
            if (hi - lo < 1e-9) hi = lo + 1;
            double raw = (hi - lo) / 5;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = magnitude * (raw / magnitude <= 2 ? 2 : raw / magnitude <= 5 ? 5 : 10);
            return new Scale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
        }

        private static double finite(double v) {
            return Double.isFinite(v) ? v : 0;
        }

        double at(double value) {
            double v = Double.isFinite(value) ? value : 0;
            return TOP + (HEIGHT - TOP - BOTTOM) * (hi - v) / (hi - lo);
        }

        List<Double> ticks() {
            List<Double> ticks = new java.util.ArrayList<>();
            for (double t = lo; t <= hi + step / 2; t += step) ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
            return ticks;
        }
    }
}
