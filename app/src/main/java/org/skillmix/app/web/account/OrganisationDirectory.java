package org.skillmix.app.web.account;

import java.util.Optional;

/**
 * The organisations of each ICS on this server (from its latest stored dataset), for checking an account's
 * organisation. Implemented where the datasets are read (the speak-up feature's directory), so this package
 * depends on no feature.
 */
public interface OrganisationDirectory {
    /** The organisation's name, if the ICS's latest dataset has an organisation with this ODS code. */
    Optional<String> name(String icbCode, String orgCode);
}
