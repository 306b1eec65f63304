package org.skillmix.core.measure;

/**
 * The three "gaps" Skillmix reports, each defined once: every command, page and the board pack's glossary
 * take their label and definition from here, so a reader meets one meaning per word. All three come from the
 * same projection and the same draws; for one month and one slice
 *
 * <pre>
 *   net gap   = sum over cells (demand - supply)                    (surpluses offset shortfalls)
 *   shortfall = sum over cells unmet                                 (unmet = demand no allocation covers, >= 0)
 *   shortfall - net gap = the surpluses of the cells that have more supply than demand  (>= 0)
 *   average shortfall over a year = (1/12) x sum over the year's twelve months of the shortfall
 * </pre>
 *
 * so a system can show a net surplus and still be short in some capabilities and places, and a March figure
 * differs from the year's average by the season.
 */
public enum GapMeasure {
    NET_GAP(
            "net gap",
            "FTE in a month",
            "Demand minus supply in one month, summed over capabilities, sectors and places: a surplus in one"
                    + " capability or place offsets a shortfall in another. Positive is a shortfall, negative a"
                    + " surplus. The projection report's headline, fan charts and heatmap, and projection.csv's"
                    + " gap_fte, use it."),
    SHORTFALL(
            "shortfall",
            "FTE in a month",
            "Demand in one month that no allocation of the staff there are could cover, summed over capabilities,"
                    + " sectors and places: a surplus in one place does not offset a shortfall in another, so it is"
                    + " never below the net gap; the difference is the surplus of the places and capabilities"
                    + " that have more staff than demand. projection.csv's unmet_fte."),
    AVERAGE_SHORTFALL(
            "average shortfall over a year",
            "FTE, mean of a projection year's twelve months",
            "The shortfall averaged over the twelve months of a projection year (from the base month: a financial"
                    + " year, April to March, when the dataset starts in April), so winter and summer both count. compare, optimise and the board pack measure interventions against it"
                    + " (their \"target gap\" is the average shortfall over a year of the target capabilities).");

    private final String label;
    private final String unit;
    private final String definition;

    GapMeasure(String label, String unit, String definition) {
        this.label = label;
        this.unit = unit;
        this.definition = definition;
    }

    /** The name used for it everywhere, lower case ("net gap"). */
    public String label() {
        return label;
    }

    /** What a figure of it is measured in. */
    public String unit() {
        return unit;
    }

    public String definition() {
        return definition;
    }

    /** The label with a capital first letter, for a heading or a table's first column. */
    public String title() {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
