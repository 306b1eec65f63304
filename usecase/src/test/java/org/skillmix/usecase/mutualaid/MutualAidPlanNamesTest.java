package org.skillmix.usecase.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.mutualaid.MutualAidInputs;
import org.skillmix.usecase.GmExample;
import org.skillmix.usecase.Progress;

/**
 * The printable plan partners read (plan.html) gave organisations, services and capabilities as codes alone ("R0A
 * UEC", "TRIAGE"): issue 14 asks for names beside codes in mutual aid's outputs. The names are the GM example's
 * organisations.csv, services.csv and capabilities.csv.
 */
class MutualAidPlanNamesTest {

    @Test
    void thePrintablePlanNamesEachOrganisationServiceAndCapabilityBesideItsCode() throws Exception {
        SystemModel gm = GmExample.model();
        MutualAidRequest request = new MutualAidRequest(LocalDate.of(2026, 12, 1), 60, 20260401L, 200);
        MutualAidUseCase mutualAid = new MutualAidUseCase();
        MutualAidInputs inputs = mutualAid.read(gm, GmExample.staff(), GmExample.surge(), request);
        MutualAidUseCase.Result plan = mutualAid.run(gm, inputs, request, Progress.NONE, best -> {});
        assertThat(plan.summary().moves()).isNotEmpty();
        String html = new String(plan.outputs().bytes(MutualAidUseCase.PLAN_HTML), StandardCharsets.UTF_8);
        // the surge's first shortfall: R0A's urgent and emergency care, triage, critical
        assertThat(html)
                .contains("<td>Manchester University NHS Foundation Trust (R0A)</td>"
                        + "<td>Urgent and emergency care (A&amp;E, UTC) (UEC)</td>"
                        + "<td>Triage and assessment (TRIAGE)</td><td>yes</td>")
                .contains("<th>From (organisation, service)</th>")
                .doesNotContain("<td>R0A</td>")
                .doesNotContain("<td>TRIAGE</td>")
                .doesNotContain(" ACUTE_IP</td>")
                .doesNotContain(" COMM_NURSING</td>");
        // every move's from and to read "Name (CODE), Service (CODE)"
        assertThat(html).containsPattern("<td>[^<]+ \\((RM3|RWJ|R0A)\\), [^<]+ \\((ACUTE_IP|COMM_NURSING|UEC)\\)</td>");
    }
}
