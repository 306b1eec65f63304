package org.skillmix.core.system;

import java.util.List;
import java.util.Optional;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.metrics.SystemMetrics;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.uncertainty.Interval;

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
        List<DischargeValue> discharge,
        List<ReservedCapability> reservedCapabilities,
        List<Supervision> supervision,
        List<StaffExperience> staffExperience,
        List<SicknessSeason> sicknessSeasonality,
        List<WorkforceEquality> workforceEquality) {

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
        reservedCapabilities = List.copyOf(reservedCapabilities);
        supervision = List.copyOf(supervision);
        staffExperience = List.copyOf(staffExperience);
        sicknessSeasonality = List.copyOf(sicknessSeasonality);
        workforceEquality = List.copyOf(workforceEquality);
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

    /**
     * How far a service's hours per activity may be from the norm they were set from (workload_norm_factor: its own
     * row, else the ALL row; mode 1), or a point at 1 where the dataset gives none. The engine draws from it.
     */
    public Interval workloadNorm(String service) {
        return assumption(Assumption.Parameters.WORKLOAD_NORM_FACTOR, service)
                .map(Assumption::value)
                .orElse(Interval.fixed(1));
    }

    /**
     * How far a service's deprivation elasticity may be off (deprivation_elasticity_factor: its own row, else the
     * ALL row; mode 1), or a point at 1 where the dataset gives none. The engine draws from it.
     */
    public Interval deprivationFactor(String service) {
        return assumption(Assumption.Parameters.DEPRIVATION_ELASTICITY_FACTOR, service)
                .map(Assumption::value)
                .orElse(Interval.fixed(1));
    }

    /** A builder for a system with this information; every table starts empty. */
    public static Builder builder(SystemInfo info) {
        return new Builder(info);
    }

    /** A builder holding this system's tables, to change one or two of them. */
    public Builder toBuilder() {
        Builder b = new Builder(info);
        b.places = places;
        b.organisations = organisations;
        b.capabilities = capabilities;
        b.roles = roles;
        b.roleCapabilities = roleCapabilities;
        b.services = services;
        b.population = population;
        b.deprivation = deprivation;
        b.utilisation = utilisation;
        b.capabilityHours = capabilityHours;
        b.seasonality = seasonality;
        b.workforce = workforce;
        b.flows = flows;
        b.pipeline = pipeline;
        b.assumptions = assumptions;
        b.catchments = catchments;
        b.scenarios = scenarios;
        b.metrics = metrics;
        b.discharge = discharge;
        b.reservedCapabilities = reservedCapabilities;
        b.supervision = supervision;
        b.staffExperience = staffExperience;
        b.sicknessSeasonality = sicknessSeasonality;
        b.workforceEquality = workforceEquality;
        return b;
    }

    /**
     * Builds a SystemModel table by table. The data module fills it from a validated dataset; tests and the
     * scenario code change a few tables of an existing system without restating the others.
     */
    public static final class Builder {
        private SystemInfo info;
        private List<Place> places = List.of();
        private List<Organisation> organisations = List.of();
        private List<Capability> capabilities = List.of();
        private List<Role> roles = List.of();
        private List<RoleCapability> roleCapabilities = List.of();
        private List<Service> services = List.of();
        private List<PopulationCount> population = List.of();
        private List<Deprivation> deprivation = List.of();
        private List<Utilisation> utilisation = List.of();
        private List<CapabilityHours> capabilityHours = List.of();
        private List<Seasonality> seasonality = List.of();
        private List<WorkforceLine> workforce = List.of();
        private List<Flow> flows = List.of();
        private List<PipelineIntake> pipeline = List.of();
        private List<Assumption> assumptions = List.of();
        private List<Catchment> catchments = List.of();
        private List<Scenario> scenarios = List.of();
        private List<MetricPoint> metrics = List.of();
        private List<DischargeValue> discharge = List.of();
        private List<ReservedCapability> reservedCapabilities = List.of();
        private List<Supervision> supervision = List.of();
        private List<StaffExperience> staffExperience = List.of();
        private List<SicknessSeason> sicknessSeasonality = List.of();
        private List<WorkforceEquality> workforceEquality = List.of();

        private Builder(SystemInfo info) {
            this.info = info;
        }

        public Builder info(SystemInfo info) {
            this.info = info;
            return this;
        }

        public Builder places(List<Place> places) {
            this.places = places;
            return this;
        }

        public Builder organisations(List<Organisation> organisations) {
            this.organisations = organisations;
            return this;
        }

        public Builder capabilities(List<Capability> capabilities) {
            this.capabilities = capabilities;
            return this;
        }

        public Builder roles(List<Role> roles) {
            this.roles = roles;
            return this;
        }

        public Builder roleCapabilities(List<RoleCapability> roleCapabilities) {
            this.roleCapabilities = roleCapabilities;
            return this;
        }

        public Builder services(List<Service> services) {
            this.services = services;
            return this;
        }

        public Builder population(List<PopulationCount> population) {
            this.population = population;
            return this;
        }

        public Builder deprivation(List<Deprivation> deprivation) {
            this.deprivation = deprivation;
            return this;
        }

        public Builder utilisation(List<Utilisation> utilisation) {
            this.utilisation = utilisation;
            return this;
        }

        public Builder capabilityHours(List<CapabilityHours> capabilityHours) {
            this.capabilityHours = capabilityHours;
            return this;
        }

        public Builder seasonality(List<Seasonality> seasonality) {
            this.seasonality = seasonality;
            return this;
        }

        public Builder workforce(List<WorkforceLine> workforce) {
            this.workforce = workforce;
            return this;
        }

        public Builder flows(List<Flow> flows) {
            this.flows = flows;
            return this;
        }

        public Builder pipeline(List<PipelineIntake> pipeline) {
            this.pipeline = pipeline;
            return this;
        }

        public Builder assumptions(List<Assumption> assumptions) {
            this.assumptions = assumptions;
            return this;
        }

        public Builder catchments(List<Catchment> catchments) {
            this.catchments = catchments;
            return this;
        }

        public Builder scenarios(List<Scenario> scenarios) {
            this.scenarios = scenarios;
            return this;
        }

        public Builder metrics(List<MetricPoint> metrics) {
            this.metrics = metrics;
            return this;
        }

        public Builder discharge(List<DischargeValue> discharge) {
            this.discharge = discharge;
            return this;
        }

        public Builder reservedCapabilities(List<ReservedCapability> reservedCapabilities) {
            this.reservedCapabilities = reservedCapabilities;
            return this;
        }

        public Builder supervision(List<Supervision> supervision) {
            this.supervision = supervision;
            return this;
        }

        public Builder staffExperience(List<StaffExperience> staffExperience) {
            this.staffExperience = staffExperience;
            return this;
        }

        public Builder sicknessSeasonality(List<SicknessSeason> sicknessSeasonality) {
            this.sicknessSeasonality = sicknessSeasonality;
            return this;
        }

        public Builder workforceEquality(List<WorkforceEquality> workforceEquality) {
            this.workforceEquality = workforceEquality;
            return this;
        }

        public SystemModel build() {
            return new SystemModel(
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
                    discharge,
                    reservedCapabilities,
                    supervision,
                    staffExperience,
                    sicknessSeasonality,
                    workforceEquality);
        }
    }
}
