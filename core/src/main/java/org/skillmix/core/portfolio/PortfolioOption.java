package org.skillmix.core.portfolio;

/**
 * One fundable intervention for the optimiser: funded at level n in 0..maxLevel (level 1 = the intervention's scale
 * as given, level n = n times it), in projection year y it costs {@link #cost}(y, n) and closes {@link #closed}(y, n)
 * FTE of the target gap. Either linearised from level 1 (the first constructors: fixedCost[y] once funded, whatever the
 * level, plus n x costPerLevel[y]; n x closedPerLevel[y] closed) or measured at every level ({@link #measured}: each
 * level run on its own, so a pay uplift that saturates closes what it closes, not n times level 1). The optimiser's
 * explanation names it by {@code name}: what a planner reads, such as "Flexible working offer (flex-work)".
 *
 * @param fixedCost      GBP a year once funded, whatever the level
 * @param costPerLevel   level 1's cost less the fixed cost (linearised: each level adds it)
 * @param closedPerLevel level 1's gap closed (linearised: each level adds it)
 * @param costAtLevel    [level - 1][year]: the whole cost at each level
 * @param closedAtLevel  [level - 1][year]: the gap closed at each level
 */
public record PortfolioOption(
        String code,
        int maxLevel,
        double[] fixedCost,
        double[] costPerLevel,
        double[] closedPerLevel,
        String name,
        double[][] costAtLevel,
        double[][] closedAtLevel) {

    /** A linearised option named by its code alone. */
    public PortfolioOption(
            String code, int maxLevel, double[] fixedCost, double[] costPerLevel, double[] closedPerLevel) {
        this(code, maxLevel, fixedCost, costPerLevel, closedPerLevel, code);
    }

    /** A linearised option: level n costs fixedCost + n x costPerLevel and closes n x closedPerLevel. */
    public PortfolioOption(
            String code,
            int maxLevel,
            double[] fixedCost,
            double[] costPerLevel,
            double[] closedPerLevel,
            String name) {
        this(
                code,
                maxLevel,
                fixedCost,
                costPerLevel,
                closedPerLevel,
                name,
                linear(maxLevel, fixedCost, costPerLevel),
                linear(maxLevel, new double[closedPerLevel.length], closedPerLevel));
    }

    public PortfolioOption {
        if (maxLevel < 1) throw new IllegalArgumentException("max level must be >= 1");
        if (fixedCost.length != costPerLevel.length || costPerLevel.length != closedPerLevel.length) {
            throw new IllegalArgumentException("option " + code + ": yearly arrays differ in length");
        }
        if (costAtLevel.length != maxLevel || closedAtLevel.length != maxLevel)
            throw new IllegalArgumentException("option " + code + ": one cost and one gap closed per level");
        fixedCost = fixedCost.clone();
        costPerLevel = costPerLevel.clone();
        closedPerLevel = closedPerLevel.clone();
        costAtLevel = copy(costAtLevel, fixedCost.length, code);
        closedAtLevel = copy(closedAtLevel, fixedCost.length, code);
    }

    /**
     * An option measured at every level: costAtLevel[l - 1][y] and closedAtLevel[l - 1][y] are level l's whole cost
     * and gap closed in year y, the fixed cost included.
     */
    public static PortfolioOption measured(
            String code, String name, double[] fixedCost, double[][] costAtLevel, double[][] closedAtLevel) {
        double[] first = costAtLevel[0].clone();
        for (int y = 0; y < first.length; y++) first[y] -= fixedCost[y];
        return new PortfolioOption(
                code, costAtLevel.length, fixedCost, first, closedAtLevel[0], name, costAtLevel, closedAtLevel);
    }

    public int years() {
        return fixedCost.length;
    }

    public double cost(int year, int level) {
        return level == 0 ? 0 : costAtLevel[level - 1][year];
    }

    public double closed(int year, int level) {
        return level == 0 ? 0 : closedAtLevel[level - 1][year];
    }

    private static double[][] linear(int maxLevel, double[] base, double[] perLevel) {
        double[][] out = new double[Math.max(0, maxLevel)][base.length];
        for (int l = 0; l < out.length; l++)
            for (int y = 0; y < base.length && y < perLevel.length; y++) out[l][y] = base[y] + (l + 1) * perLevel[y];
        return out;
    }

    private static double[][] copy(double[][] byLevel, int years, String code) {
        double[][] out = new double[byLevel.length][];
        for (int l = 0; l < byLevel.length; l++) {
            if (byLevel[l].length != years)
                throw new IllegalArgumentException("option " + code + ": yearly arrays differ in length");
            out[l] = byLevel[l].clone();
        }
        return out;
    }
}
