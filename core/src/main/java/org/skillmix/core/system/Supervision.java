package org.skillmix.core.system;

/**
 * A row of supervision.csv: a role that works under the supervision of another role, and how many FTE of it one
 * FTE of the supervisor role can supervise (a physician associate under a doctor, a care worker under a senior care
 * worker). A role with several supervisor rows may be supervised by any of them; a supervisor's places are shared by
 * every role it supervises. The one definition of supervision: workforce design (core/design) and mutual aid
 * (core/mutualaid SupervisionRules) both read these rows.
 */
public record Supervision(String roleCode, String supervisorRoleCode, double maxSuperviseesPerFte, String source) {}
