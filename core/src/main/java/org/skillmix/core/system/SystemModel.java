package org.skillmix.core.system;

import java.util.List;
import java.util.Optional;

/**
 * A whole, validated system: what a dataset holds once loaded. Lists keep the order of the files.
 * The data module guarantees referential integrity (every code used is defined) before building one.
 */
public record SystemModel(SystemInfo info,
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
    }

    public Optional<Place> place(String code) {
        return places.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<Organisation> organisation(String code) {
        return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
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
                .filter(a -> a.parameter().equals(parameter) && a.scope().equals(scope)).findFirst();
        if (exact.isPresent() || "ALL".equals(scope)) return exact;
        return assumptions.stream().filter(a -> a.parameter().equals(parameter) && a.scope().equals("ALL")).findFirst();
    }
}
