package org.skillmix.core.portfolio;

/**
 * One fundable intervention for the optimiser, linearised: funded at level n in 0..maxLevel (level 1 =
 * the intervention's scale as given, level n = n times it), in projection year y it costs
 * fixedCost[y] (once funded, whatever the level) + n x costPerLevel[y], and closes n x closedPerLevel[y]
 * FTE of the target gap.
 */
public record PortfolioOption(
        String code, int maxLevel, double[] fixedCost, double[] costPerLevel, double[] closedPerLevel) {
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
