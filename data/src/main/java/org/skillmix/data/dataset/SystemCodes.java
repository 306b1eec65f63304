package org.skillmix.data.dataset;

import org.skillmix.core.system.Capability;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;

/** The codes of a loaded system, as the side files' references are checked against them. */
public record SystemCodes(Codes organisations, Codes services, Codes roles, Codes capabilities, Codes places) {

    public static SystemCodes of(SystemModel system) {
        return new SystemCodes(
                Codes.of("organisations.csv", system.organisations(), Organisation::code),
                Codes.of("services.csv", system.services(), Service::code),
                Codes.of("roles.csv", system.roles(), Role::code),
                Codes.of("capabilities.csv", system.capabilities(), Capability::code),
                Codes.of("places.csv", system.places(), Place::code));
    }
}
