package org.skillmix.usecase.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.export.DischargeQuestionCsv;
import org.skillmix.usecase.GmExample;
import org.skillmix.usecase.InvalidSetting;

/**
 * The discharge question on the Greater Manchester example's discharge.csv, whose HOMECARE_SHARE is 0.5 and whose
 * places are its ten local authorities (places.csv).
 */
class DischargeQuestionUseCaseTest {
    static final String MANCHESTER = "E08000003";

    @TempDir
    Path tmp;

    /** discharge-question.csv of an answer, each row by its column names. */
    static List<Map<String, String>> rows(DischargeQuestionUseCase.Result a) throws Exception {
        String text = new String(a.outputs().bytes(DischargeQuestionUseCase.QUESTION_CSV), StandardCharsets.UTF_8);
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            List<String> header = null;
            for (CsvRecord r : reader) {
                if (header == null) {
                    header = r.getFields();
                    assertThat(String.join(",", header)).isEqualTo(DischargeQuestionCsv.HEADER);
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) row.put(header.get(i), r.getField(i));
                rows.add(row);
            }
        }
        return rows;
    }

    static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    static DischargeQuestionUseCase.Result ask(String place, double extraFte, DischargeQuestion kind) throws Exception {
        return new DischargeQuestionUseCase()
                .run(GmExample.model(), new DischargeQuestionRequest(place, extraFte, kind));
    }

    @Test
    void fortyCareWorkersAreTwentyHomecareFteAndTheFileSaysSoWithTheRangePerFte() throws Exception {
        DischargeQuestionUseCase.Result a = ask(MANCHESTER, 40, DischargeQuestion.CARE_WORKERS);
        assertThat(a.available()).isTrue();
        assertThat(a.homecareShare()).isEqualTo(0.5);
        assertThat(a.homecareFte()).isEqualTo(20.0);
        assertThat(a.effect().effect().extraFte()).isEqualTo(20.0);
        // The calibration's year: 364 days scaled to 365, and per extra FTE of the kind asked about.
        double saved =
                a.effect().effect().baselineBedDays() - a.effect().effect().bedDays();
        assertThat(saved).isPositive();
        assertThat(a.bedDaysSavedPerYear()).isCloseTo(saved * 365 / 364, within(1e-9));
        assertThat(a.bedDaysPerExtraFtePerYear()).isCloseTo(saved * 365 / 364 / 40, within(1e-9));

        Map<String, String> asked = rows(a).get(0);
        assertThat(asked)
                .containsEntry("question", DischargeQuestionCsv.ASKED)
                .containsEntry("binding_rank", "")
                .containsEntry("place_code", MANCHESTER)
                .containsEntry("place_name", "Manchester")
                .containsEntry("kind", "care-workers")
                .containsEntry("extra_fte", "40.000")
                .containsEntry("extra_homecare_fte", "20.000")
                .containsEntry("capacity_identified", "no");
        assertThat(asked.get("discharge_basis")).startsWith("structural prior on homecare capacity");
        assertThat(number(asked, "bed_days_lost_per_year_without") - number(asked, "bed_days_lost_per_year_with"))
                .isCloseTo(number(asked, "bed_days_saved_per_year_at_calibration"), within(0.011));
        assertThat(number(asked, "ga_occupancy_share_with")).isLessThan(number(asked, "ga_occupancy_share_without"));
        for (String p : List.of("p10", "p50", "p90")) {
            assertThat(number(asked, "bed_days_saved_per_year_per_extra_fte_" + p))
                    .isCloseTo(number(asked, "bed_days_saved_per_year_" + p) / 40, within(0.0001));
        }
        assertThat(number(asked, "bed_days_saved_per_year_p10"))
                .isLessThan(number(asked, "bed_days_saved_per_year_p50"))
                .isPositive();
        assertThat(number(asked, "bed_days_saved_per_year_p50"))
                .isLessThan(number(asked, "bed_days_saved_per_year_p90"));
    }

    /**
     * Diminishing returns: capacity added to a pathway saves fewer bed days the more of it there is (in the steady
     * state B dC / (C + dC - a), docs/discharge.md), so in every draw of the prior 40 care workers, 20 homecare FTE,
     * save at most 20 times what the place's first homecare FTE (its binding row) saves, and the range with them.
     */
    @Test
    void fortyCareWorkersSaveAtMostTwentyTimesTheFirstHomecareFte() throws Exception {
        List<Map<String, String>> all = rows(ask(MANCHESTER, 40, DischargeQuestion.CARE_WORKERS));
        Map<String, String> first = all.stream()
                .filter(r -> r.get("question").equals(DischargeQuestionCsv.BINDING)
                        && r.get("place_code").equals(MANCHESTER))
                .findFirst()
                .orElseThrow();
        for (String p : List.of("p10", "p50", "p90")) {
            double forty = number(all.get(0), "bed_days_saved_per_year_" + p);
            assertThat(forty)
                    .as(p)
                    .isPositive()
                    .isLessThanOrEqualTo(20 * number(first, "bed_days_saved_per_year_" + p));
        }
        assertThat(number(all.get(0), "bed_days_saved_per_year_at_calibration"))
                .isLessThanOrEqualTo(20 * number(first, "bed_days_saved_per_year_at_calibration") + 0.011);
    }

    /** Care workers count at the homecare share, homecare posts whole: 40 of the one are 20 of the other. */
    @Test
    void fortyCareWorkersDoWhatTwentyHomecarePostsDo() throws Exception {
        Map<String, String> workers =
                rows(ask(MANCHESTER, 40, DischargeQuestion.CARE_WORKERS)).get(0);
        Map<String, String> posts =
                rows(ask(MANCHESTER, 20, DischargeQuestion.HOMECARE_POSTS)).get(0);
        for (String column : DischargeQuestionCsv.HEADER.split(",")) {
            if (column.equals("kind") || column.startsWith("extra_fte") || column.contains("per_extra_fte")) continue;
            assertThat(posts.get(column)).as(column).isEqualTo(workers.get(column));
        }
        assertThat(number(posts, "bed_days_saved_per_year_per_extra_fte_p50"))
                .isCloseTo(2 * number(workers, "bed_days_saved_per_year_per_extra_fte_p50"), within(0.0002));
    }

    /**
     * Every place once, with its name from places.csv, the most bed days saved by one more homecare FTE first (by
     * P50): the first binds, and is the place asked about when none is named. One homecare post asked about in a
     * place is that place's binding row.
     */
    @Test
    void theBindingRowsRankEveryPlaceByP50AndOnePostIsItsOwnRow() throws Exception {
        DischargeQuestionUseCase.Result a = ask(null, 50, DischargeQuestion.CARE_WORKERS);
        List<Map<String, String>> all = rows(a);
        List<Map<String, String>> binding = all.subList(1, all.size());
        Map<String, String> names = new HashMap<>();
        List<String> places = Files.readAllLines(GmExample.dataset().resolve("places.csv"));
        for (String line : places.subList(1, places.size())) {
            String[] cells = line.split(",", -1);
            names.put(cells[0], cells[1]);
        }
        assertThat(binding).hasSize(10);
        List<Double> p50 = new ArrayList<>();
        for (int i = 0; i < binding.size(); i++) {
            Map<String, String> row = binding.get(i);
            assertThat(row).containsEntry("question", DischargeQuestionCsv.BINDING);
            assertThat(row).containsEntry("binding_rank", Integer.toString(i + 1));
            assertThat(row).containsEntry("place_name", names.get(row.get("place_code")));
            assertThat(row).containsEntry("extra_fte", "1.000").containsEntry("extra_homecare_fte", "1.000");
            assertThat(number(row, "bed_days_saved_per_year_per_extra_fte_p50"))
                    .isCloseTo(number(row, "bed_days_saved_per_year_p50"), within(0.001));
            p50.add(number(row, "bed_days_saved_per_year_p50"));
        }
        assertThat(binding.stream().map(r -> r.get("place_code"))).containsExactlyInAnyOrderElementsOf(names.keySet());
        assertThat(p50).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        // GM's range is the structural prior's for the whole ICB, the same in every place: the places then keep the
        // calibration's order, the most bed days saved by one more homecare FTE first (docs/discharge.md: Manchester
        // 0.73 a year, Salford 0.59, Oldham 0.53).
        for (int i = 1; i < binding.size(); i++) {
            if (p50.get(i).equals(p50.get(i - 1)))
                assertThat(number(binding.get(i), "bed_days_saved_per_year_at_calibration"))
                        .isLessThanOrEqualTo(number(binding.get(i - 1), "bed_days_saved_per_year_at_calibration"));
        }
        assertThat(binding.stream().limit(3).map(r -> r.get("place_name")))
                .containsExactly("Manchester", "Salford", "Oldham");
        assertThat(a.place()).isEqualTo(binding.get(0).get("place_code"));

        String third = binding.get(2).get("place_code");
        Map<String, String> one =
                rows(ask(third, 1, DischargeQuestion.HOMECARE_POSTS)).get(0);
        for (String column : DischargeQuestionCsv.HEADER.split(",")) {
            if (column.equals("question") || column.equals("binding_rank")) continue;
            assertThat(one.get(column)).as(column).isEqualTo(binding.get(2).get(column));
        }
    }

    @Test
    void noExtraStaffSaveNothingAndHaveNoFigurePerFte() throws Exception {
        Map<String, String> asked =
                rows(ask(MANCHESTER, 0, DischargeQuestion.CARE_WORKERS)).get(0);
        assertThat(asked.get("bed_days_lost_per_year_with")).isEqualTo(asked.get("bed_days_lost_per_year_without"));
        assertThat(number(asked, "bed_days_saved_per_year_p90")).isZero();
        assertThat(asked.get("bed_days_saved_per_year_per_extra_fte_p50")).isEmpty();
    }

    @Test
    void outOfRangeQuestionsAreRefusedNamingTheField() throws Exception {
        assertThatThrownBy(() -> DischargeQuestionRequest.of(null, -1.0, null))
                .isInstanceOfSatisfying(
                        InvalidSetting.class, e -> assertThat(e.field()).isEqualTo("extraFte"))
                .hasMessageContaining("between 0 and 100000");
        assertThatThrownBy(() -> DischargeQuestionRequest.of(null, 100_001.0, null))
                .isInstanceOfSatisfying(
                        InvalidSetting.class, e -> assertThat(e.field()).isEqualTo("extraFte"));
        assertThatThrownBy(() -> DischargeQuestionRequest.of(null, Double.NaN, null))
                .isInstanceOfSatisfying(
                        InvalidSetting.class, e -> assertThat(e.field()).isEqualTo("extraFte"));
        assertThatThrownBy(() -> DischargeQuestionRequest.of(null, 10.0, "nurses"))
                .isInstanceOfSatisfying(
                        InvalidSetting.class, e -> assertThat(e.field()).isEqualTo("kind"))
                .hasMessageContaining("care-workers or homecare-posts");
        assertThatThrownBy(() -> ask("E99999999", 10, DischargeQuestion.CARE_WORKERS))
                .isInstanceOfSatisfying(
                        InvalidSetting.class, e -> assertThat(e.field()).isEqualTo("place"))
                .hasMessageContaining("its places are Bolton (E08000001), Bury (E08000002), Manchester (E08000003)");
        DischargeQuestionRequest defaults = DischargeQuestionRequest.of(" ", null, "");
        assertThat(defaults)
                .isEqualTo(new DischargeQuestionRequest(
                        null, DischargeQuestionRequest.DEFAULT_EXTRA_FTE, DischargeQuestion.CARE_WORKERS));
        assertThat(DischargeQuestionRequest.of(MANCHESTER, 100_000.0, "Homecare-Posts ")
                        .kind())
                .isEqualTo(DischargeQuestion.HOMECARE_POSTS);
    }

    /** A planner types the name the pages show; the answer and its file are the code's. */
    @Test
    void aPlaceGivenByNameIsAskedAboutAsItsCode() throws Exception {
        DischargeQuestionUseCase.Result byCode = ask(MANCHESTER, 40, DischargeQuestion.CARE_WORKERS);
        DischargeQuestionUseCase.Result byName = ask(" manchester", 40, DischargeQuestion.CARE_WORKERS);

        assertThat(byName.place()).isEqualTo(MANCHESTER);
        assertThat(byName.outputs().bytes(DischargeQuestionUseCase.QUESTION_CSV))
                .isEqualTo(byCode.outputs().bytes(DischargeQuestionUseCase.QUESTION_CSV));
    }

    @Test
    void aDatasetWithoutDischargeCsvHasNoAnswerAndNoFile() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("gm"));
        try (var files = Files.list(GmExample.dataset())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList())
                if (!f.getFileName().toString().equals("discharge.csv")) Files.copy(f, folder.resolve(f.getFileName()));
        }
        SystemModel without = new DatasetReader().load(folder).model();
        DischargeQuestionUseCase.Result a = new DischargeQuestionUseCase()
                .run(without, new DischargeQuestionRequest("E99999999", 10, DischargeQuestion.CARE_WORKERS));
        assertThat(a.available()).isFalse();
        assertThat(a.outputs().names()).isEmpty();
    }
}
