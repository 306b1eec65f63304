package org.skillmix.usecase.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.boardpack.BoardPack;
import org.skillmix.data.boardpack.BoardPackSettings;
import org.skillmix.data.boardpack.CqcEvidence;
import org.skillmix.usecase.GmExample;
import org.skillmix.usecase.Progress;

/**
 * The CQC evidence listed the NHS Staff Survey as missing while the GM example's staff_experience.csv held its
 * burnout, work-stress and enough-staff results for ten trusts and the projection used the first two. The expected
 * figures are read by hand from examples/greater-manchester/staff_experience.csv, survey year 2024.
 */
class CqcStaffSurveyEvidenceTest {

    private static List<CqcEvidence.Statement> evidence(SystemModel model) {
        BoardPack pack = BoardPackAnalysis.of(
                model,
                new BoardPackSettings(1, 0, 0, 1L, 1, Baseline.FUNDED_PLAN, null, 1, 0),
                null,
                Progress.NONE,
                line -> {});
        return CqcEvidence.of(pack, CqcEvidence.Records.NONE);
    }

    private static CqcEvidence.Statement statement(List<CqcEvidence.Statement> all, String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theStaffSurveyHeldIsEvidenceNotMissing() throws Exception {
        List<CqcEvidence.Statement> all = evidence(GmExample.model());
        // Q3i 2024: RM3 28.33 lowest, RBV 46.23 highest, England 34.35; RM3, RMP, RWJ, R0A and RMC below it.
        assertThat(statement(all, "Safe and effective staffing").evidence())
                .contains("NHS Staff Survey 2024, 10 organisations: 28.3% to 46.2% of staff agree there are enough"
                        + " staff to do their job properly (Q3i), England 34.4%, 5 of the 10 below England's"
                        + " (staff_experience.csv).");
        CqcEvidence.Statement wellbeing = statement(all, "Workforce wellbeing and enablement");
        // Q12b 2024: RT2 23.99 to RX7 35.45, England 29.88, six above; Q11c: RBV 36.88 to RX7 48.7, England 41.39,
        // five above.
        assertThat(wellbeing.evidence())
                .contains("NHS Staff Survey 2024, 10 organisations: 24.0% to 35.5% of staff often or always burnt out"
                        + " because of work (Q12b), England 29.9%, 6 of the 10 above England's; 2024, 10"
                        + " organisations: 36.9% to 48.7% of staff unwell from work-related stress (Q11c), England"
                        + " 41.4%, 5 of the 10 above England's (staff_experience.csv).")
                .anyMatch(e -> e.startsWith("The projection raises the leaver rate of an organisation whose burnout"
                        + " is above England's, and the sickness absence of one whose work-related stress is above"
                        + " England's"));
        // the pack's two sickness rates say what each covers: the dataset's every sector here, the trusts' in metrics
        assertThat(wellbeing.evidence())
                .anyMatch(e -> e.startsWith("Sickness absence ")
                        && e.contains("a year across every sector of the dataset")
                        && e.contains("the system metrics give the NHS trusts' published sickness rate alone"));
        assertThat(wellbeing.missing())
                .noneMatch(m -> m.startsWith("NHS Staff Survey engagement and morale scores"))
                .anyMatch(m -> m.contains("only the questions above are held"));
    }

    @Test
    void withoutStaffSurveyResultsTheEvidenceSaysTheyAreMissing() throws Exception {
        SystemModel none =
                GmExample.model().toBuilder().staffExperience(List.of()).build();
        List<CqcEvidence.Statement> all = evidence(none);
        assertThat(statement(all, "Safe and effective staffing").evidence()).noneMatch(e -> e.contains("Staff Survey"));
        CqcEvidence.Statement wellbeing = statement(all, "Workforce wellbeing and enablement");
        assertThat(wellbeing.evidence()).noneMatch(e -> e.contains("Staff Survey") || e.contains("burnout"));
        assertThat(wellbeing.missing())
                .anyMatch(m -> m.startsWith(
                        "NHS Staff Survey engagement and morale scores (staff_experience.csv has" + " none)"));
    }
}
