package org.skillmix.data.dataset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Capability;
import org.skillmix.core.system.CapabilityHours;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.Deprivation;
import org.skillmix.core.system.Flow;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.PipelineIntake;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.PopulationCount;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.Seasonality;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemInfo;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.Utilisation;
import org.skillmix.core.system.WorkforceLine;

/** The records read from each table, with their rows, and the file name each table came from. */
final class LoadedTables {

    private final Map<DatasetTable, List<? extends Parsed<?>>> rows = new EnumMap<>(DatasetTable.class);
    private final Map<DatasetTable, String> files = new EnumMap<>(DatasetTable.class);

    <T> void put(DatasetTable table, String file, List<Parsed<T>> parsed) {
        rows.put(table, List.copyOf(parsed));
        files.put(table, file);
    }

    /** Whether the table was there to read (an absent optional table reads as no rows, not as loaded). */
    boolean loaded(DatasetTable table) {
        return rows.containsKey(table);
    }

    String file(DatasetTable table) {
        return files.getOrDefault(table, table.fileName());
    }

    @SuppressWarnings("unchecked")
    <T> List<Parsed<T>> rows(DatasetTable table, Class<T> type) {
        return (List<Parsed<T>>) (List<?>) rows.getOrDefault(table, List.of());
    }

    <T> List<T> values(DatasetTable table, Class<T> type) {
        return rows(table, type).stream().map(Parsed::value).toList();
    }

    SystemModel model(SystemInfo info) {
        return SystemModel.builder(info)
                .places(values(DatasetTable.PLACES, Place.class))
                .organisations(values(DatasetTable.ORGANISATIONS, Organisation.class))
                .capabilities(values(DatasetTable.CAPABILITIES, Capability.class))
                .roles(values(DatasetTable.ROLES, Role.class))
                .roleCapabilities(values(DatasetTable.ROLE_CAPABILITIES, RoleCapability.class))
                .services(values(DatasetTable.SERVICES, Service.class))
                .population(values(DatasetTable.POPULATION, PopulationCount.class))
                .deprivation(values(DatasetTable.DEPRIVATION, Deprivation.class))
                .utilisation(values(DatasetTable.UTILISATION, Utilisation.class))
                .capabilityHours(values(DatasetTable.CAPABILITY_HOURS, CapabilityHours.class))
                .seasonality(values(DatasetTable.SEASONALITY, Seasonality.class))
                .workforce(values(DatasetTable.WORKFORCE, WorkforceLine.class))
                .flows(values(DatasetTable.FLOWS, Flow.class))
                .pipeline(values(DatasetTable.PIPELINE, PipelineIntake.class))
                .assumptions(values(DatasetTable.ASSUMPTIONS, Assumption.class))
                .catchments(values(DatasetTable.CATCHMENTS, Catchment.class))
                .scenarios(scenarios())
                .metrics(values(DatasetTable.METRICS, MetricPoint.class))
                .discharge(values(DatasetTable.DISCHARGE, org.skillmix.core.system.DischargeValue.class))
                .reservedCapabilities(
                        values(DatasetTable.RESERVED_CAPABILITIES, org.skillmix.core.system.ReservedCapability.class))
                .supervision(values(DatasetTable.SUPERVISION, org.skillmix.core.system.Supervision.class))
                .staffExperience(values(DatasetTable.STAFF_EXPERIENCE, org.skillmix.core.system.StaffExperience.class))
                .sicknessSeasonality(
                        values(DatasetTable.SICKNESS_SEASONALITY, org.skillmix.core.system.SicknessSeason.class))
                .workforceEquality(
                        values(DatasetTable.WORKFORCE_EQUALITY, org.skillmix.core.system.WorkforceEquality.class))
                .build();
    }

    /** interventions.csv rows grouped into scenarios, in order of first appearance; a name given on any row names it. */
    private List<Scenario> scenarios() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Intervention>> byScenario = new LinkedHashMap<>();
        for (InterventionsTable.Row row : values(DatasetTable.INTERVENTIONS, InterventionsTable.Row.class)) {
            names.merge(row.scenarioCode(), row.scenarioName(), (a, b) -> a.isEmpty() ? b : a);
            byScenario
                    .computeIfAbsent(row.scenarioCode(), k -> new ArrayList<>())
                    .add(row.intervention());
        }
        List<Scenario> out = new ArrayList<>();
        byScenario.forEach(
                (code, list) -> out.add(new Scenario(code, names.get(code).isEmpty() ? code : names.get(code), list)));
        return out;
    }
}
