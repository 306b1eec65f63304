package org.skillmix.data.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.system.CapabilityHours;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.winter.SurgeUplift;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.export.SampleSystem;

/** The uplift form of the surge file: extra demand for the winter plan. */
class SurgeUpliftFileTest {

    private static final SystemModel SYSTEM = withHours(SampleSystem.system("Test ICS", "Wound care"));
    private static final String HEADER = "service_code,capability_code,place_code,from_week,to_week,uplift,unit\n";

    private static SystemModel withHours(SystemModel m) {
        return m.toBuilder()
                .capabilityHours(List.of(
                        new CapabilityHours("uec", "triage", 0.5),
                        new CapabilityHours("comm_nursing", "wound_care", 1)))
                .scenarios(List.of())
                .metrics(List.of())
                .discharge(List.of())
                .build();
    }

    private static List<SurgeUplift> read(String text, int weeks) throws DatasetException {
        return SurgeFile.readUplifts("surge.csv", text.getBytes(StandardCharsets.UTF_8), SYSTEM, weeks);
    }

    private static List<String> errors(String body) {
        try {
            read(HEADER + body, 16);
        } catch (DatasetException e) {
            return e.errors().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the surge file to be refused");
    }

    @Test
    void readsPercentAndFteUpliftsWithAllAndEmptyMeaningEverything() throws DatasetException {
        List<SurgeUplift> uplifts = read(
                HEADER + "uec,ALL,,1,4,15,%\n,wound_care,E08000007,3,3,2.5,FTE\nuec,triage,ALL,5,6,20%,percent\n", 16);
        assertThat(uplifts)
                .containsExactly(
                        new SurgeUplift("surge.csv:2", "uec", null, null, 1, 4, SurgeUplift.Unit.PERCENT, 15),
                        new SurgeUplift(
                                "surge.csv:3", null, "wound_care", "E08000007", 3, 3, SurgeUplift.Unit.FTE, 2.5),
                        new SurgeUplift("surge.csv:4", "uec", "triage", null, 5, 6, SurgeUplift.Unit.PERCENT, 20));
        assertThat(SurgeFile.upliftWeeks(uplifts)).isEqualTo(6);
    }

    @Test
    void placeColumnIsOptional() throws DatasetException {
        assertThat(read("service_code,capability_code,from_week,to_week,uplift,unit\nuec,,1,2,10,%\n", 4))
                .singleElement()
                .extracting(SurgeUplift::placeCode)
                .isNull();
    }

    @Test
    void eachBadCellIsNamedByRowAndColumnAndNothingIsLoaded() {
        assertThat(errors("uec,,,1,4,15,%\nxyz,,,1,4,15,%\n"))
                .containsExactly("surge.csv:3:service_code: service \"xyz\" is not in services.csv");
        assertThat(errors("uec,juggling,,1,4,15,%\n"))
                .containsExactly("surge.csv:2:capability_code: capability \"juggling\" is not in capabilities.csv");
        assertThat(errors("uec,wound_care,,1,4,15,%\n"))
                .containsExactly(
                        "surge.csv:2:capability_code: service uec has no demand for wound_care (no row in capability_hours.csv)");
        assertThat(errors("ALL,,,1,4,15,%\n"))
                .singleElement()
                .asString()
                .startsWith("surge.csv:2:service_code: name a service");
        assertThat(errors("uec,,E99,1,4,15,%\n"))
                .containsExactly("surge.csv:2:place_code: place \"E99\" is not in places.csv");
        assertThat(errors("uec,,,1,17,15,%\n"))
                .containsExactly(
                        "surge.csv:2:to_week: must be a whole number between 1 and 16 weeks, not 17: the plan has 16 weeks");
        assertThat(errors("uec,,,4,2,15,%\n")).containsExactly("surge.csv:2:to_week: week 2 is before from_week 4");
        assertThat(errors("uec,,,0,2,15,%\n"))
                .containsExactly("surge.csv:2:from_week: must be a whole number between 1 and 16 weeks, not 0");
        assertThat(errors("uec,,,1,2,-5,%\n"))
                .containsExactly("surge.csv:2:uplift: must be more than 0 and at most 1000 %, not -5");
        assertThat(errors("uec,,,1,2,lots,FTE\n")).containsExactly("surge.csv:2:uplift: \"lots\" is not a number");
        assertThat(errors("uec,,,1,4,15,%\nuec,ALL,,1,4,15,%\n"))
                .as("the same uplift twice would be applied twice")
                .containsExactly("surge.csv:3:uplift: duplicates row 2: the same service, capability, place, weeks and"
                        + " unit would add its uplift twice; give one row with the total");
        assertThat(errors("uec,,,1,2,5,beds\n")).containsExactly("surge.csv:2:unit: must be % or FTE, not \"beds\"");
    }

    @Test
    void eachFormIsToldApartAndTheWrongOneRefusedWithTheReason(@TempDir Path dir) throws IOException, DatasetException {
        assertThatThrownBy(() -> read(
                        "week,org_code,service_code,capability_code,shortfall_fte,critical\n1,R0A,uec,triage,2.5,yes\n",
                        8))
                .isInstanceOf(DatasetException.class)
                .extracting(e -> ((DatasetException) e).errors().get(0).toString())
                .asString()
                .startsWith("surge.csv:1:shortfall_fte: this surge file lists shortfalls");
        assertThatThrownBy(() -> SurgeFile.read(
                        "surge.csv",
                        (HEADER + "uec,,,1,4,15,%\n").getBytes(StandardCharsets.UTF_8),
                        SYSTEM,
                        LocalDate.of(2026, 12, 1)))
                .isInstanceOf(DatasetException.class)
                .extracting(e -> ((DatasetException) e).errors().get(0).toString())
                .asString()
                .startsWith("surge.csv:1:uplift: this surge file gives uplifts of demand");

        Path uplift = Files.writeString(dir.resolve("uplift.csv"), "\uFEFF" + HEADER + "uec,,,1,30,15,%\n");
        SurgeFile.Surge surge = SurgeFile.readEither(uplift, SYSTEM, LocalDate.of(2026, 12, 1));
        assertThat(surge.upliftForm()).isTrue();
        assertThat(surge.uplifts())
                .singleElement()
                .extracting(SurgeUplift::toWeek)
                .isEqualTo(30);
        Path shortfalls = Files.writeString(
                dir.resolve("short.csv"),
                "week,org_code,service_code,capability_code,shortfall_fte,critical\n1,R0A,uec,triage,2.5,yes\n");
        SurgeFile.Surge listed = SurgeFile.readEither(shortfalls, SYSTEM, LocalDate.of(2026, 12, 1));
        assertThat(listed.upliftForm()).isFalse();
        assertThat(listed.shortfalls()).hasSize(1);
    }
}
