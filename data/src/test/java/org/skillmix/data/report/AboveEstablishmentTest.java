package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.data.dataset.DatasetReader;

/**
 * On the GM example the nursing associate pipeline trains more than the posts funded: by March 2035, at every
 * parameter's mode, its trusts' nursing associates stand above their establishment. Worked here from the inputs: each
 * line's establishment is workforce.csv's in post + vacancies grown by its establishment_growth (organisation, role,
 * sector, then ALL), and the role's figure is the sum over lines of in post less that, where positive.
 */
class AboveEstablishmentTest {
    private static final String ALL = SeriesKey.ALL;
    private static final String ROLE = "NURSING_ASSOC";

    @Test
    void theNursingAssociatePipelineOutgrowsItsPostsAndTheReportSaysSo() throws Exception {
        Path repo = Path.of(System.getProperty("skillmix.repoRoot", "..")).toAbsolutePath();
        SystemModel gm = new DatasetReader()
                .load(repo.resolve("examples/greater-manchester"))
                .model();
        Projection p = new Projector(gm).run(new ProjectionSettings(10, 0, 1, 1), ProgressListener.NONE);
        int last = 119;
        double expected = 0;
        for (WorkforceLine w : gm.workforce()) {
            if (!w.roleCode().equals(ROLE)) continue;
            Organisation org = gm.organisation(w.orgCode()).orElseThrow();
            double g = growth(gm, org, w.roleCode());
            double establishment = (w.fteInPost() + w.vacancyFte()) * Math.pow(g, last / 12.0);
            double inPost = line(p, Measure.STAFF_IN_POST_FTE, w.orgCode())[last];
            double vacancy = line(p, Measure.VACANCY_FTE, w.orgCode())[last];
            double above = line(p, Measure.ABOVE_ESTABLISHMENT_FTE, w.orgCode())[last];
            assertThat(above).as(w.orgCode()).isCloseTo(Math.max(0, inPost - establishment), within(1e-6));
            assertThat(inPost + vacancy - above).as(w.orgCode()).isCloseTo(establishment, within(1e-6));
            expected += Math.max(0, inPost - establishment);
        }
        double total = line(p, Measure.ABOVE_ESTABLISHMENT_FTE, ALL)[last];
        assertThat(total).isCloseTo(expected, within(1e-6)).isGreaterThan(100);

        String html = new HtmlReport(gm, p, HtmlReportTest.run(p)).render();
        int table = html.indexOf("Staff in post above the funded establishment at year ends");
        assertThat(table).isPositive();
        String row = html.substring(html.indexOf("Nursing associate", table));
        assertThat(row.substring(0, row.indexOf("</tr>"))).endsWith(new Figures().fte(total) + "</td>");
    }

    private static double[] line(Projection p, Measure m, String org) {
        return p.series().stream()
                .filter(s -> s.key().measure() == m
                        && s.key().role().equals(ROLE)
                        && s.key().organisation().equals(org)
                        && s.key().capability().equals(ALL)
                        && (!org.equals(ALL)
                                || (s.key().sector().equals(ALL)
                                        && s.key().place().equals(ALL))))
                .findFirst()
                .map(Series::mean)
                .orElseThrow();
    }

    /** establishment_growth's mode for the line: organisation, then role, then sector, then ALL; 1 if none. */
    private static double growth(SystemModel gm, Organisation org, String role) {
        for (String scope : List.of(org.code(), role, org.sector().code(), ALL)) {
            Optional<Assumption> a = gm.assumptions().stream()
                    .filter(x -> x.parameter().equals(Assumption.Parameters.ESTABLISHMENT_GROWTH)
                            && x.scope().equals(scope))
                    .findFirst();
            if (a.isPresent()) return a.get().value().mode();
        }
        return 1.0;
    }
}
