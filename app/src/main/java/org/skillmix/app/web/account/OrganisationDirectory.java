package org.skillmix.app.web.account;

import java.util.Set;

/**
 * The organisations an ICS has, as its stored datasets list them: an organisation lead's organisation must be
 * one of them. (Implemented where the datasets are kept, so accounts do not depend on storage.)
 */
public interface OrganisationDirectory {
    /** The ODS codes of the organisations in any stored dataset of this ICB; empty when it has none. */
    Set<String> organisationsOf(String icbCode);
}
