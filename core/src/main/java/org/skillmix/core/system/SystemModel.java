package org.skillmix.core.system;

import java.util.List;
import java.util.Optional;
import org.skillmix.core.discharge.DischargeInputs;
import org.skillmix.core.discharge.DischargeValue;
import org.skillmix.core.intervention.Scenario;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.SystemMetrics;

/**
 * A whole, validated system: what a dataset holds once loaded. Lists keep the order of the files.
 * The data module guarantees referential integrity (every code used is defined) before building one,
 * and that each organisation's catchment shares add up to 1. Scenarios (interventions.csv) travel with the
 * system but never change a plain projection; so do the system metrics (metrics.csv), the published figures the
 * system is held to account on, which a projection never reads.
 */
public record SystemModel(
        SystemInfo info,
        List<Place> places,
        List<Organisation> organisations,
        List<Capability> capabilities,
        List<Role> roles,
        List<RoleCapability> roleCapabilities,
        List<Service> services,
        List<PopulationCount> population,
        List<Deprivation> deprivation,
        List<Utilisation> utilisation,
        List<CapabilityHours> capabilityHours,
        List<Seasonality> seasonality,
        List<WorkforceLine> workforce,
        List<Flow> flows,
        List<PipelineIntake> pipeline,
        List<Assumption> assumptions,
        List<Catchment> catchments,
        List<Scenario> scenarios,
        List<MetricPoint> metrics,
        List<DischargeValue> discharge) {

    /** A system without discharge inputs (discharge.csv absent). */
    public SystemModel(
            SystemInfo info,
            List<Place> places,
            List<Organisation> organisations,
            List<Capability> capabilities,
            List<Role> roles,
            List<RoleCapability> roleCapabilities,
            List<Service> services,
            List<PopulationCount> population,
            List<Deprivation> deprivation,
            List<Utilisation> utilisation,
            List<CapabilityHours> capabilityHours,
            List<Seasonality> seasonality,
            List<WorkforceLine> workforce,
            List<Flow> flows,
            List<PipelineIntake> pipeline,
            List<Assumption> assumptions,
            List<Catchment> catchments,
            List<Scenario> scenarios,
            List<MetricPoint> metrics) {
        this(
                info,
                places,
                organisations,
                capabilities,
                roles,
                roleCapabilities,
                services,
                population,
                deprivation,
                utilisation,
                capabilityHours,
                seasonality,
                workforce,
                flows,
                pipeline,
                assumptions,
                catchments,
                scenarios,
                metrics,
                List.of());
    }

    /** A system without stored metrics (metrics.csv absent). */
    public SystemModel(
            SystemInfo info,
            List<Place> places,
            List<Organisation> organisations,
            List<Capability> capabilities,
            List<Role> roles,
            List<RoleCapability> roleCapabilities,
            List<Service> services,
            List<PopulationCount> population,
            List<Deprivation> deprivation,
            List<Utilisation> utilisation,
            List<CapabilityHours> capabilityHours,
            List<Seasonality> seasonality,
            List<WorkforceLine> workforce,
            List<Flow> flows,
            List<PipelineIntake> pipeline,
            List<Assumption> assumptions,
            List<Catchment> catchments,
            List<Scenario> scenarios) {
        this(
                info,
                places,
                organisations,
                capabilities,
                roles,
                roleCapabilities,
                services,
                population,
                deprivation,
                utilisation,
                capabilityHours,
                seasonality,
                workforce,
                flows,
                pipeline,
                assumptions,
                catchments,
                scenarios,
                List.of());
    }

    /** A system without stored scenarios (interventions.csv absent). */
    public SystemModel(
            SystemInfo info,
            List<Place> places,
            List<Organisation> organisations,
            List<Capability> capabilities,
            List<Role> roles,
            List<RoleCapability> roleCapabilities,
            List<Service> services,
            List<PopulationCount> population,
            List<Deprivation> deprivation,
            List<Utilisation> utilisation,
            List<CapabilityHours> capabilityHours,
            List<Seasonality> seasonality,
            List<WorkforceLine> workforce,
            List<Flow> flows,
            List<PipelineIntake> pipeline,
            List<Assumption> assumptions,
            List<Catchment> catchments) {
        this(
                info,
                places,
                organisations,
                capabilities,
                roles,
                roleCapabilities,
                services,
                population,
                deprivation,
                utilisation,
                capabilityHours,
                seasonality,
                workforce,
                flows,
                pipeline,
                assumptions,
                catchments,
                List.of());
    }

    /** A system whose organisations each serve only their home place (no catchment rows). */
    public SystemModel(
            SystemInfo info,
            List<Place> places,
            List<Organisation> organisations,
            List<Capability> capabilities,
            List<Role> roles,
            List<RoleCapability> roleCapabilities,
            List<Service> services,
            List<PopulationCount> population,
            List<Deprivation> deprivation,
            List<Utilisation> utilisation,
            List<CapabilityHours> capabilityHours,
            List<Seasonality> seasonality,
            List<WorkforceLine> workforce,
            List<Flow> flows,
            List<PipelineIntake> pipeline,
            List<Assumption> assumptions) {
        this(
                info,
                places,
                organisations,
                capabilities,
                roles,
                roleCapabilities,
                services,
                population,
                deprivation,
                utilisation,
                capabilityHours,
                seasonality,
                workforce,
                flows,
                pipeline,
                assumptions,
                List.of());
    }

    public SystemModel {
        places = List.copyOf(places);
        organisations = List.copyOf(organisations);
        capabilities = List.copyOf(capabilities);
        roles = List.copyOf(roles);
        roleCapabilities = List.copyOf(roleCapabilities);
        services = List.copyOf(services);
        population = List.copyOf(population);
        deprivation = List.copyOf(deprivation);
        utilisation = List.copyOf(utilisation);
        capabilityHours = List.copyOf(capabilityHours);
        seasonality = List.copyOf(seasonality);
        workforce = List.copyOf(workforce);
        flows = List.copyOf(flows);
        pipeline = List.copyOf(pipeline);
        assumptions = List.copyOf(assumptions);
        catchments = List.copyOf(catchments);
        scenarios = List.copyOf(scenarios);
        metrics = List.copyOf(metrics);
        discharge = List.copyOf(discharge);
    }

    /** What the discharge benefit of extra care workers needs (discharge.csv), or empty when the dataset has none. */
    public Optional<DischargeInputs> dischargeInputs() {
        return DischargeInputs.from(info.icbOdsCode(), places, discharge);
    }

    /** The stored metrics, by organisation and for the ICS (its ICB code). */
    public SystemMetrics systemMetrics() {
        return new SystemMetrics(info.icbOdsCode(), metrics);
    }

    /** A stored scenario by code. */
    public Optional<Scenario> scenario(String code) {
        return scenarios.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<Place> place(String code) {
        return places.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<Organisation> organisation(String code) {
        return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /**
     * The places an organisation's staff serve, with their shares: its catchment rows in file order, or,
     * when it has none, its home place with share 1. Empty for an unknown organisation.
     */
    public List<Catchment> catchmentOf(String orgCode) {
        List<Catchment> rows =
                catchments.stream().filter(c -> c.orgCode().equals(orgCode)).toList();
        if (!rows.isEmpty()) return rows;
        return organisation(orgCode)
                .map(o -> List.of(new Catchment(o.code(), o.placeCode(), 1.0)))
                .orElse(List.of());
    }

    public Optional<Capability> capability(String code) {
        return capabilities.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Role> role(String code) {
        return roles.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public Optional<Service> service(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The assumption for a parameter and scope, falling back to scope "ALL". */
    public Optional<Assumption> assumption(String parameter, String scope) {
        Optional<Assumption> exact = assumptions.stream()
                .filter(a -> a.parameter().equals(parameter) && a.scope().equals(scope))
                .findFirst();
        if (exact.isPresent() || "ALL".equals(scope)) return exact;
        return assumptions.stream()
                .filter(a -> a.parameter().equals(parameter) && a.scope().equals("ALL"))
                .findFirst();
    }
}
