package org.skillmix.core.projection;

import org.skillmix.core.allocation.SkillMixProblem;

/**
 * One skill-mix allocation: the organisations of one sector that serve one place pool each role's
 * effective FTE, each line weighted by the share of its organisation's time that serves the place (its
 * catchment), and the LP assigns it to the capabilities demanded of that sector there.
 *
 * @param place         place index (model order)
 * @param sector        sector ordinal
 * @param roles         the group's roles as global role indices; position = the problem's role index
 * @param lines         workforce lines (global indices) in the group
 * @param lineLocalRole for each of lines, its role's position in roles
 * @param lineShare     for each of lines, the share of its organisation's time that serves this place
 * @param capabilities  the problem's capabilities as global capability indices
 * @param cells         for each of capabilities, its demand cell (capability x sector x place)
 */
public record AllocationGroup(
        int place,
        int sector,
        int[] roles,
        int[] lines,
        int[] lineLocalRole,
        double[] lineShare,
        int[] capabilities,
        int[] cells,
        SkillMixProblem problem) {}
