package org.skillmix.app.web.account;

/**
 * A user of the web application. What the account may do is decided by {@link AccessPolicy}; the methods
 * here ask it.
 *
 * @param icbCode the ICB (ODS code) whose systems the user works on; null only for an administrator
 * @param orgCode an organisation lead's or a guardian's own organisation (ODS code); null for other roles
 */
public record Account(String username, AccessRole role, String icbCode, String orgCode) {

    public boolean canRun() {
        return AccessPolicy.may(this, Permission.START_RUNS);
    }

    /** Whether the account has the permission; pages ask it by name ({@code me.may('START_RUNS')}). */
    public boolean may(Permission permission) {
        return AccessPolicy.may(this, permission);
    }

    public boolean may(String permission) {
        return may(Permission.valueOf(permission));
    }

    public boolean seesSystem(String icb) {
        return AccessPolicy.seesSystem(this, icb);
    }

    /** Whether the account may see figures of this organisation ("ALL" is a total over organisations). */
    public boolean seesOrganisation(String organisation) {
        return AccessPolicy.seesOrganisation(this, organisation);
    }
}
