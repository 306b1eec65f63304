package org.skillmix.core.explain;

/**
 * What one organisation's staff in one role give a capability in a month (deterministic run).
 * effectiveFte = staffInPost * (1 - sickness) + bank + agency; allocatedFte is the capability's part of
 * the FTE the skill-mix allocation gave the role in the organisation's place and sector (assigned to
 * demand plus spread), shared among the role's organisations there in proportion to their effective FTE.
 */
public record SupplyTerm(String sector, String role, String organisation, double staffInPost, double sickness,
                         double bank, double agency, double effectiveFte, double allocatedFte) {
}
