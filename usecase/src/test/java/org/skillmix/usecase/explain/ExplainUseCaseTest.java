package org.skillmix.usecase.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillmix.core.system.SystemModel;
import org.skillmix.usecase.GmExample;

class ExplainUseCaseTest {

    /** GP hours come from the 15-minute norm (0.8-1.2 in assumptions.csv); the acute services' are calibrated. */
    @Test
    void aNormedServicesHoursCarryTheRangeTheMonteCarloDraws() throws Exception {
        String text = new ExplainUseCase()
                .run(
                        GmExample.model(),
                        new ExplainUseCase.Request(YearMonth.of(2030, 1), "MEDICAL", "E08000003", false));
        assertThat(text)
                .contains("  hours/act of GP: the Monte Carlo draws 0.80 to 1.20 times this (workload_norm_factor")
                .doesNotContain("hours/act of UEC:")
                .doesNotContain("hours/act of ACUTE_IP:");
        assertThat(text.indexOf("hours/act of GP:")).isLessThan(text.indexOf("SUPPLY"));
    }

    /** The GM example's deprivation factor is 0.5-1.5 for ALL; UEC's elasticity is 0.5 and cancer's 0.1. */
    @Test
    void eachServicesElasticityCarriesTheRangeTheMonteCarloDraws() throws Exception {
        String text = new ExplainUseCase()
                .run(
                        GmExample.model(),
                        new ExplainUseCase.Request(YearMonth.of(2030, 1), "MEDICAL", "E08000003", false));
        assertThat(text)
                .contains("  dep of UEC: the Monte Carlo draws its elasticity 0.50 times 0.50 to 1.50"
                        + " (deprivation_elasticity_factor), holding the service's ICB total")
                .contains("  dep of GP: the Monte Carlo draws its elasticity 0.20 times 0.50 to 1.50");
        assertThat(text.indexOf("dep of UEC:")).isLessThan(text.indexOf("SUPPLY"));
    }

    /** A planner types the names the pages show; the table is the one the codes give. */
    @Test
    void aPlaceAndCapabilityGivenByNameReadAsTheirCodes() throws Exception {
        ExplainUseCase explain = new ExplainUseCase();
        String byCode = explain.run(
                GmExample.model(), new ExplainUseCase.Request(YearMonth.of(2030, 1), "WOUND", "E08000003", false));
        String byName = explain.run(
                GmExample.model(),
                new ExplainUseCase.Request(YearMonth.of(2030, 1), "wound care", " Manchester", false));

        assertThat(byName).isEqualTo(byCode).startsWith("Wound care (WOUND) in Manchester (E08000003), Jan 2030");
        // Manchester's community services are a millionth below their base-year pressure: no "-0.0000"
        assertThat(byCode).contains("CHS-E08000003").doesNotContain(" -0.0000");
        assertThatThrownBy(() -> explain.check(
                        GmExample.model(),
                        new ExplainUseCase.Request(YearMonth.of(2030, 1), "WOUND", "Greater Manchester", false)))
                .hasMessageContaining("unknown place 'Greater Manchester'; the dataset has: Bolton (E08000001)");
    }

    /**
     * The tables keep codes to stay narrow; every service, role and organisation code in them is named below them,
     * with the dataset's own name, and the sector column reads as words.
     */
    @Test
    void everyCodeInTheTablesIsNamedBelowThem() throws Exception {
        SystemModel model = GmExample.model();
        String text = new ExplainUseCase()
                .run(model, new ExplainUseCase.Request(YearMonth.of(2030, 1), "WOUND", "E08000003", false));
        String[] parts = text.split("\nCodes in the tables:\n", 2);
        assertThat(parts).hasSize(2);
        Map<String, String> legend = new HashMap<>();
        for (String line : parts[1].lines().toList()) {
            String[] codeAndName = line.trim().split(" {2,}", 2);
            legend.put(codeAndName[0], codeAndName[1]);
        }
        List<String> lines = parts[0].lines().toList();
        int demandHeader = indexOf(lines, "  service "), supplyHeader = indexOf(lines, "  sector ");
        int services = 0, supplyRows = 0;
        for (String row : lines.subList(demandHeader + 1, lines.size())) {
            if (!row.startsWith("  ") || row.startsWith("  (")) break;
            String code = row.trim().split(" +")[0];
            assertThat(legend)
                    .containsEntry(code, model.service(code).orElseThrow().name());
            services++;
        }
        for (String row : lines.subList(supplyHeader + 1, lines.size())) {
            if (!row.startsWith("  ")) break;
            // the sector in words ("Adult social care"), then the role and organisation codes
            Matcher m = SUPPLY_ROW.matcher(row);
            assertThat(m.matches()).as(row).isTrue();
            assertThat(m.group(1)).isIn("Acute", "Community", "Mental health", "Primary care", "Adult social care");
            assertThat(legend)
                    .containsEntry(
                            m.group(2), model.role(m.group(2)).orElseThrow().name());
            assertThat(legend)
                    .containsEntry(
                            m.group(3),
                            model.organisation(m.group(3)).orElseThrow().name());
            supplyRows++;
        }
        assertThat(services).isEqualTo(4);
        assertThat(supplyRows).isGreaterThan(20);
    }

    private static final Pattern SUPPLY_ROW = Pattern.compile(
            "  (Acute|Community|Mental health|Primary care|Adult social care|Ambulance) +(\\S+) +(\\S+) .*");

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        throw new AssertionError("no line starting " + prefix);
    }
}
