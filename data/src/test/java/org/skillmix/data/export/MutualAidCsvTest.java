package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.mutualaid.PlanSummary;
import org.skillmix.core.supply.Baseline;

class MutualAidCsvTest {
    private static final Baseline FUNDED = Baseline.FUNDED_PLAN;

    private static final PlanSummary PLAN = new PlanSummary(
            2,
            List.of(
                    new PlanSummary.Move(1, "NCA-001", "RM3", "ACUTE_IP", "R0A", "UEC", "TRIAGE", 80),
                    new PlanSummary.Move(
                            2, "id,with\"quote", "RM3", "ACUTE_IP", "R0A", "UEC", "TRIAGE", 100, "N-1;N-2")),
            List.of(
                    new PlanSummary.DonorWeek(1, "RM3", "ACUTE_IP", 700, 80, 595),
                    new PlanSummary.DonorWeek(2, "RM3", "ACUTE_IP", 700, 100, 595)),
            List.of(
                    new PlanSummary.Cover(1, "R0A", "UEC", "TRIAGE", 150, 80, true),
                    new PlanSummary.Cover(2, "R0A", "UEC", "TRIAGE", 50, 50, false)));

    /** Every row starts with the baseline the plan was made on, whichever it is. */
    @Test
    void writesTheColumnsOfDocsMutualAid() {
        assertThat(MutualAidCsv.plan(PLAN, Baseline.CURRENT_TRENDS))
                .isEqualTo(
                        "baseline,week,staff_id,from_org,from_service,to_org,to_service,capability,fte,supervised_by\n"
                                + "current-trends,1,NCA-001,RM3,ACUTE_IP,R0A,UEC,TRIAGE,0.80,\n"
                                + "current-trends,2,\"id,with\"\"quote\",RM3,ACUTE_IP,R0A,UEC,TRIAGE,1.00,N-1;N-2\n");
        assertThat(MutualAidCsv.donorLosses(PLAN, Baseline.CURRENT_TRENDS))
                .isEqualTo(
                        "baseline,week,org,service,staff_fte,lent_fte,floor_fte\n"
                                + "current-trends,1,RM3,ACUTE_IP,7.00,0.80,5.95\ncurrent-trends,2,RM3,ACUTE_IP,7.00,1.00,5.95\n");
        assertThat(MutualAidCsv.cover(PLAN, FUNDED))
                .isEqualTo("baseline,week,org,service,capability,shortfall_fte,covered_fte,critical\n"
                        + "funded-plan,1,R0A,UEC,TRIAGE,1.50,0.80,yes\nfunded-plan,2,R0A,UEC,TRIAGE,0.50,0.50,no\n");
    }

    @Test
    void aStaffIdAFormulaWouldRunIsWrittenAsTextAndReadBackAsGiven() {
        PlanSummary risky = new PlanSummary(
                1,
                List.of(
                        new PlanSummary.Move(1, "=1+1", "RM3", "ACUTE_IP", "R0A", "UEC", "TRIAGE", 80),
                        new PlanSummary.Move(1, "=HYPERLINK(\"http://x\",\"y\")", "RM3", "A", "R0A", "UEC", "T", 20),
                        new PlanSummary.Move(1, "@SUM(A1)", "RM3", "A", "R0A", "UEC", "T", 20)),
                List.of(),
                List.of());
        String csv = MutualAidCsv.plan(risky, FUNDED);
        assertThat(csv)
                .contains("\nfunded-plan,1,'=1+1,RM3,")
                .contains("\nfunded-plan,1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",RM3,")
                .contains("\nfunded-plan,1,'@SUM(A1),RM3,")
                .doesNotContain(",=");
        assertThat(MutualAidCsv.read(
                        1, csv, MutualAidCsv.donorLosses(risky, FUNDED), MutualAidCsv.cover(risky, FUNDED)))
                .isEqualTo(risky);
    }

    @Test
    void readsBackWhatItWrote() {
        PlanSummary back = MutualAidCsv.read(
                2,
                MutualAidCsv.plan(PLAN, Baseline.CURRENT_TRENDS),
                MutualAidCsv.donorLosses(PLAN, Baseline.CURRENT_TRENDS),
                MutualAidCsv.cover(PLAN, Baseline.CURRENT_TRENDS));
        assertThat(back).isEqualTo(PLAN);
    }

    /** Plans stored before the files named their baseline (no first column) read back the same. */
    @Test
    void readsPlansStoredBeforeTheBaselineWasNamed() {
        String plan = "week,staff_id,from_org,from_service,to_org,to_service,capability,fte,supervised_by\n"
                + "1,NCA-001,RM3,ACUTE_IP,R0A,UEC,TRIAGE,0.80,\n2,\"id,with\"\"quote\",RM3,ACUTE_IP,R0A,UEC,TRIAGE,1.00,N-1;N-2\n";
        String donors = "week,org,service,staff_fte,lent_fte,floor_fte\n"
                + "1,RM3,ACUTE_IP,7.00,0.80,5.95\n2,RM3,ACUTE_IP,7.00,1.00,5.95\n";
        String cover = "week,org,service,capability,shortfall_fte,covered_fte,critical\n"
                + "1,R0A,UEC,TRIAGE,1.50,0.80,yes\n2,R0A,UEC,TRIAGE,0.50,0.50,no\n";
        assertThat(MutualAidCsv.read(2, plan, donors, cover)).isEqualTo(PLAN);
    }

    @Test
    void readsPlansStoredBeforeSupervisionWithNobodySupervising() {
        String before = "week,staff_id,from_org,from_service,to_org,to_service,capability,fte\n"
                + "1,NCA-001,RM3,ACUTE_IP,R0A,UEC,TRIAGE,0.80\n";
        assertThat(MutualAidCsv.read(
                                2, before, MutualAidCsv.donorLosses(PLAN, FUNDED), MutualAidCsv.cover(PLAN, FUNDED))
                        .moves())
                .containsExactly(PLAN.moves().get(0));
    }
}
