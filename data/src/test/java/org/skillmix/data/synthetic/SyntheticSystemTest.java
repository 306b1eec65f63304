package org.skillmix.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Capability;
import org.skillmix.core.system.CapabilityHours;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.Flow;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.Seasonality;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.dataset.DatasetWriter;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.synthetic.SyntheticSystem.Size;

class SyntheticSystemTest {

    private static final SystemModel STRESS = SyntheticSystem.generate(Size.STRESS, 42L);

    @TempDir
    Path tmp;

    @Test
    void hasTheRequestedSizes() {
        assertThat(STRESS.roles()).hasSize(60);
        assertThat(STRESS.organisations()).hasSize(40);
        assertThat(STRESS.places()).hasSize(10);
        assertThat(STRESS.capabilities()).hasSize(30);
        assertThat(STRESS.services()).hasSize(20);
        assertThat(STRESS.population()).hasSize(10 * 19 * 2 * SyntheticSystem.YEARS.size());
        assertThat(STRESS.deprivation()).hasSize(10);
        assertThat(STRESS.flows()).isNotEmpty();
        assertThat(STRESS.pipeline()).isNotEmpty();
        assertThat(STRESS.assumptions()).isNotEmpty();
    }

    @Test
    void sameSeedGivesAnEqualModelAndAnotherSeedDoesNot() {
        assertThat(SyntheticSystem.generate(Size.STRESS, 42L)).isEqualTo(STRESS);
        assertThat(SyntheticSystem.generate(Size.STRESS, 43L)).isNotEqualTo(STRESS);
    }

    @Test
    void everyCodeUsedIsDefined() {
        assertIntegrity(STRESS);
        for (long seed = 0; seed < 20; seed++) {
            assertIntegrity(SyntheticSystem.generate(Size.SMALL, seed));
            assertIntegrity(SyntheticSystem.generate(new Size(1, 1, 1, 2, 1), seed));
            assertIntegrity(SyntheticSystem.generate(new Size(3, 12, 1, 40, 9), seed));
        }
    }

    @Test
    void hasRealisticShapes() {
        Map<String, Long> employers = STRESS.workforce().stream()
                .collect(Collectors.groupingBy(WorkforceLine::roleCode, Collectors.counting()));
        assertThat(employers).hasSize(60);
        assertThat(employers.values()).allMatch(n -> n >= 2);
        assertThat(STRESS.workforce()).allMatch(w -> w.fteInPost() >= 5 && w.fteInPost() <= 500);
        Map<String, Long> capsPerRole = STRESS.roleCapabilities().stream()
                .collect(Collectors.groupingBy(RoleCapability::roleCode, Collectors.counting()));
        assertThat(capsPerRole.values()).allMatch(n -> n >= 2 && n <= 8);
        Map<String, Long> capsPerService = STRESS.capabilityHours().stream()
                .collect(Collectors.groupingBy(CapabilityHours::serviceCode, Collectors.counting()));
        assertThat(capsPerService).hasSize(20);
        assertThat(capsPerService.values()).allMatch(n -> n >= 2 && n <= 6);
        Set<Object> sectors =
                STRESS.organisations().stream().map(Organisation::sector).collect(Collectors.toSet());
        assertThat(sectors).hasSizeGreaterThanOrEqualTo(6);
        Map<String, Double> perPlace = new HashMap<>();
        STRESS.population().stream()
                .filter(p -> p.year() == 2023)
                .forEach(p -> perPlace.merge(p.placeCode(), p.persons(), Double::sum));
        assertThat(perPlace.values()).allMatch(n -> n >= 149_000 && n <= 501_000);
    }

    /**
     * The stress system's 40 organisations are dealt to 7 sectors in turn, so Z001, Z008, ... are acute,
     * Z005, Z012, ... mental health and Z006, Z013, ... ambulance: 6 + 6 + 5 = 17 organisations, each
     * serving 2 + (index mod 3) places from its home place on, by weights n, ..., 1 (2 places: 0.6667
     * and 0.3333; 3: 0.5, 0.3333, 0.1667; 4: 0.4, 0.3, 0.2, 0.1).
     */
    @Test
    void multiPlaceSectorsServeTwoToFourPlaces() {
        Map<String, List<Catchment>> byOrg =
                STRESS.catchments().stream().collect(Collectors.groupingBy(Catchment::orgCode));
        assertThat(byOrg).hasSize(17);
        for (Organisation organisation : STRESS.organisations()) {
            List<Catchment> rows = byOrg.getOrDefault(organisation.code(), List.of());
            boolean multi =
                    Set.of(Sector.ACUTE, Sector.MENTAL_HEALTH, Sector.AMBULANCE).contains(organisation.sector());
            assertThat(rows)
                    .as(organisation.code())
                    .hasSize(multi ? 2 + (Integer.parseInt(organisation.code().substring(1)) - 1) % 3 : 0);
            if (!multi) continue;
            assertThat(rows.get(0).placeCode()).isEqualTo(organisation.placeCode());
            assertThat(rows.stream().mapToDouble(Catchment::share).sum())
                    .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
        // Z001 is organisation 0: 2 places; Z005 is organisation 4: 3 places; Z006 is organisation 5: 4 places
        assertThat(byOrg.get("Z001")).extracting(Catchment::share).containsExactly(0.6667, 0.3333);
        assertThat(byOrg.get("Z005")).extracting(Catchment::share).containsExactly(0.5, 0.3333, 0.1667);
        assertThat(byOrg.get("Z006")).extracting(Catchment::share).containsExactly(0.4, 0.3, 0.2, 0.1);
        assertThat(SyntheticSystem.generate(new Size(3, 12, 1, 40, 9), 1).catchments())
                .as("one place: nothing to share")
                .isEmpty();
    }

    @Test
    void seasonalityProfilesHaveADayWeightedMeanOfOne() {
        Map<String, List<Seasonality>> profiles = STRESS.seasonality().stream()
                .collect(Collectors.groupingBy(s -> s.serviceCode() + "|" + s.placeCode()));
        assertThat(profiles).isNotEmpty();
        profiles.forEach((key, months) -> {
            assertThat(months)
                    .extracting(Seasonality::month)
                    .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
            double[] profile = new double[12];
            months.forEach(s -> profile[s.month() - 1] = s.multiplier());
            assertThat(Seasonality.dayWeightedMean(profile))
                    .as(key)
                    .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        });
    }

    @Test
    void passesTheDatasetValidationRules() throws Exception {
        Path folder = tmp.resolve("synthetic");
        new DatasetWriter().writeFolder(STRESS, folder);
        List<Problem> problems = new DatasetReader().check(folder);
        assertThat(problems).isEmpty();
        assertThat(new DatasetReader().read(folder).workforce()).hasSameSizeAs(STRESS.workforce());
    }

    @Test
    void rejectsAnEmptySize() {
        assertThatThrownBy(() -> new Size(0, 1, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Size(1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertIntegrity(SystemModel m) {
        Set<String> places = codes(m.places().stream().map(Place::code).toList());
        Set<String> orgs =
                codes(m.organisations().stream().map(Organisation::code).toList());
        Set<String> caps = codes(m.capabilities().stream().map(Capability::code).toList());
        Set<String> roles = codes(m.roles().stream().map(Role::code).toList());
        Set<String> services = codes(m.services().stream().map(Service::code).toList());
        Set<String> bands = new HashSet<>(SyntheticSystem.AGE_BANDS);
        Set<Object> staffedSectors =
                m.organisations().stream().map(Organisation::sector).collect(Collectors.toSet());

        assertThat(m.organisations()).allMatch(o -> places.contains(o.placeCode()));
        assertThat(m.catchments())
                .allMatch(c -> orgs.contains(c.orgCode())
                        && places.contains(c.placeCode())
                        && c.share() > 0
                        && c.share() <= 1);
        assertThat(m.roleCapabilities())
                .allMatch(rc -> roles.contains(rc.roleCode())
                        && caps.contains(rc.capabilityCode())
                        && rc.maxShare() > 0
                        && rc.maxShare() <= 1);
        assertThat(m.population())
                .allMatch(p -> places.contains(p.placeCode())
                        && bands.contains(p.ageBand())
                        && (p.sex().equals("F") || p.sex().equals("M"))
                        && p.persons() >= 0);
        assertThat(m.deprivation()).allMatch(d -> places.contains(d.placeCode()) && d.imdScore() >= 0);
        assertThat(m.utilisation())
                .allMatch(u -> services.contains(u.serviceCode())
                        && bands.contains(u.ageBand())
                        && u.activityPerPersonYear() >= 0);
        assertThat(m.capabilityHours())
                .allMatch(h -> services.contains(h.serviceCode())
                        && caps.contains(h.capabilityCode())
                        && h.hoursPerActivity() >= 0);
        assertThat(m.seasonality())
                .allMatch(s -> services.contains(s.serviceCode())
                        && (s.placeCode().equals("ALL") || places.contains(s.placeCode()))
                        && s.multiplier() >= 0);
        assertThat(m.workforce())
                .allMatch(w -> orgs.contains(w.orgCode())
                        && roles.contains(w.roleCode())
                        && w.fteInPost() >= 0
                        && w.vacancyFte() >= 0
                        && w.sicknessRate() >= 0
                        && w.sicknessRate() < 1
                        && isShare(w.leaverRate())
                        && isShare(w.fillRate()));
        assertThat(m.flows())
                .allMatch(f -> roles.contains(f.fromRole()) && roles.contains(f.toRole()) && isShare(f.annualRate()));
        assertThat(m.pipeline())
                .allMatch(p -> roles.contains(p.roleCode())
                        && (p.placeCode().equals("ALL") || places.contains(p.placeCode()))
                        && p.courseMonths() >= 1
                        && isShare(p.completionRate())
                        && isShare(p.localRetention()));
        assertThat(m.assumptions()).allMatch(a -> a.scope().equals("ALL") || roles.contains(a.scope()));
        assertThat(m.services())
                .allMatch(s -> staffedSectors.contains(s.sector())
                        && s.growth().low() > 0
                        && s.unmetNeed().low() > 0);

        Set<String> rolesWithCaps =
                m.roleCapabilities().stream().map(RoleCapability::roleCode).collect(Collectors.toSet());
        assertThat(m.workforce()).allMatch(w -> rolesWithCaps.contains(w.roleCode()));
        Set<String> delivered = m.roleCapabilities().stream()
                .map(RoleCapability::capabilityCode)
                .collect(Collectors.toSet());
        assertThat(m.capabilityHours()).allMatch(h -> delivered.contains(h.capabilityCode()));
        Set<String> employed =
                m.workforce().stream().map(WorkforceLine::orgCode).collect(Collectors.toSet());
        assertThat(employed).isEqualTo(orgs);
        Set<String> flowKinds = new HashSet<>();
        for (Flow f : m.flows())
            assertThat(flowKinds.add(f.fromSector() + f.fromRole() + ">" + f.toSector() + f.toRole()))
                    .isTrue();
        for (Assumption a : m.assumptions())
            assertThat(a.value().low()).isLessThanOrEqualTo(a.value().high());
    }

    private static Set<String> codes(List<String> codes) {
        Set<String> set = new HashSet<>(codes);
        assertThat(set).as("codes are unique").hasSameSizeAs(codes);
        assertThat(codes).allMatch(c -> c.matches("[A-Za-z0-9_-]+") && !c.equals("ALL"));
        return set;
    }

    private static boolean isShare(Interval i) {
        return i.low() >= 0 && i.high() <= 1;
    }
}
