package org.skillmix.core.portfolio;

/**
 * One fundable intervention for the optimiser, linearised: funded at level n in 0..maxLevel (level 1 =
 * the intervention's scale as given, level n = n times it), in projection year y it costs
 * fixedCost[y] (once funded, whatever the level) + n x costPerLevel[y], and closes n x closedPerLevel[y]
 * FTE of the target gap. The optimiser's explanation names it by {@code name}: what a planner reads, such as
 * "Flexible working offer (flex-work)".
 */
public record PortfolioOption(
        String code, int maxLevel, double[] fixedCost, double[] costPerLevel, double[] closedPerLevel, String name) {

    /** An option named by its code alone. */
    public PortfolioOption(
            String code, int maxLevel, double[] fixedCost, double[] costPerLevel, double[] closedPerLevel) {
        this(code, maxLevel, fixedCost, costPerLevel, closedPerLevel, code);
    }

    public PortfolioOption {
        if (maxLevel < 1) throw new IllegalArgumentException("max level must be >= 1");
        if (fixedCost.length != costPerLevel.length || costPerLevel.length != closedPerLevel.length) {
            throw new IllegalArgumentException("option " + code + ": yearly arrays differ in length");
        }
        fixedCost = fixedCost.clone();
        costPerLevel = costPerLevel.clone();
        closedPerLevel = closedPerLevel.clone();
    }

    public int years() {
        return fixedCost.length;
    }

    public double cost(int year, int level) {
        return level == 0 ? 0 : fixedCost[year] + level * costPerLevel[year];
    }
}
