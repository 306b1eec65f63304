package org.skillmix.app.web.account;

/**
 * A user of the web application.
 *
 * @param icbCode the ICB (ODS code) whose systems the user works on; null for every system on this server
 * @param orgCode an organisation lead's or a guardian's own organisation (ODS code); null for other roles
 */
public record Account(String username, AccessRole role, String icbCode, String orgCode) {

    public boolean canRun() {
        return role == AccessRole.ANALYST;
    }

    /** A guardian's work is their organisation's speak-up cases: they see no system's datasets, runs or plans. */
    public boolean seesSystem(String icb) {
        return role != AccessRole.GUARDIAN && (icbCode == null || icbCode.equalsIgnoreCase(icb));
    }

    /** Whether the account may see figures of this organisation ("ALL" is a total over organisations). */
    public boolean seesOrganisation(String organisation) {
        return role != AccessRole.ORG_LEAD || "ALL".equals(organisation) || organisation.equalsIgnoreCase(orgCode);
    }
}
