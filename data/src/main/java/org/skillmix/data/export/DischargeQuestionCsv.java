package org.skillmix.data.export;

import java.io.Writer;
import java.util.List;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.core.discharge.StaffingEffect;

/**
 * The discharge question's file (docs/discharge.md, "The discharge question"): one row for the place asked about,
 * with and without the extra FTE, then one row for each place with one more homecare FTE there, in binding order
 * (the most bed days saved a year first, by P50: the first binds). Every row is a place's year at the stored
 * calibration (without, with) beside the answer, bed days saved a year as a range (P10, P50, P90) from the basis
 * named in the row. Each code has its place's name beside it, and each column header its unit.
 */
public final class DischargeQuestionCsv {
    public static final String HEADER = "question,binding_rank,place_code,place_name,kind,extra_fte,"
            + "extra_homecare_fte,ready_to_leave_patients_mean_without,ready_to_leave_patients_mean_with,"
            + "bed_days_lost_per_year_without,bed_days_lost_per_year_with,ga_occupancy_share_without,"
            + "ga_occupancy_share_with,handover_hours_lost_per_day_without,handover_hours_lost_per_day_with,"
            + "bed_days_saved_per_year_at_calibration,bed_days_saved_per_year_p10,bed_days_saved_per_year_p50,"
            + "bed_days_saved_per_year_p90,bed_days_saved_per_year_per_extra_fte_p10,"
            + "bed_days_saved_per_year_per_extra_fte_p50,bed_days_saved_per_year_per_extra_fte_p90,"
            + "capacity_identified,discharge_basis";

    /** The question column of the place asked about. */
    public static final String ASKED = "asked";

    /** The question column of the places run with one more homecare FTE each. */
    public static final String BINDING = "binding";

    /**
     * One place's run with extra staff.
     *
     * @param kind     who the extra staff are, as the question's code (care-workers, homecare-posts)
     * @param extraFte the extra FTE of that kind (of whom the effect's own extra FTE work in homecare)
     * @param effect   the place's year with and without them, at the stored calibration
     * @param range    bed days saved a year by them, as a range, and its basis
     */
    public record Row(String kind, double extraFte, PlaceEffect effect, DischargeBenefitRange range) {}

    /** Writes the asked place's row, then the binding places' in the order given, to w, which stays open. */
    public void write(Row asked, List<Row> binding, Writer w) {
        CsvOutput csv = CsvOutput.withHeader(w, HEADER);
        row(csv, ASKED, 0, asked);
        for (int i = 0; i < binding.size(); i++) row(csv, BINDING, i + 1, binding.get(i));
        csv.flush();
    }

    private static void row(CsvOutput csv, String question, int rank, Row r) {
        StaffingEffect e = r.effect().effect();
        // The run is whole weeks (364 days); a year is 365 of them, as bed days saved a year are everywhere.
        double year = 365.0 / e.days();
        csv.text(question);
        if (rank == 0) csv.blank();
        else csv.integer(rank);
        csv.text(r.effect().place())
                .text(r.effect().name())
                .text(r.kind())
                .number(r.extraFte(), 3)
                .number(e.extraFte(), 3)
                .number(e.baselineMeanBacklog(), 3)
                .number(e.meanBacklog(), 3)
                .number(e.baselineBedDays() * year, 2)
                .number(e.bedDays() * year, 2)
                .number(e.baselineOccupancy(), 6)
                .number(e.occupancy(), 6)
                .number(r.effect().baselineHandoverHours(), 4)
                .number(r.effect().handoverHours(), 4)
                .number(e.bedDaysSaved() * year, 3);
        DischargeBenefitRange.Spread saved = r.range().bedDaysSavedPerYear();
        csv.number(saved.p10(), 3).number(saved.p50(), 3).number(saved.p90(), 3);
        if (r.extraFte() == 0) csv.blank().blank().blank();
        else
            csv.number(saved.p10() / r.extraFte(), 4)
                    .number(saved.p50() / r.extraFte(), 4)
                    .number(saved.p90() / r.extraFte(), 4);
        csv.yesNo(r.range().identified()).text(r.range().basis()).endRow();
    }
}
