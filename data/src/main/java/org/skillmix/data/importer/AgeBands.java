package org.skillmix.data.importer;

import java.util.List;

/** The dataset's 18 five-year age bands, 0-4 ... 80-84 and 85+, as the GM example and ONS tables use. */
final class AgeBands {

    static final List<String> BANDS = List.of(
            "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59",
            "60-64", "65-69", "70-74", "75-79", "80-84", "85+");

    /** Index of the first 65+ band. */
    static final int FROM_65 = 13;

    private AgeBands() {}

    static int bandOfAge(int age) {
        return Math.min(age / 5, BANDS.size() - 1);
    }

    /** Single years 0..89 and 90+ (index 90) summed into the bands. */
    static double[] fromSingleYears(double[] ages) {
        double[] bands = new double[BANDS.size()];
        for (int a = 0; a < ages.length; a++) bands[bandOfAge(a)] += ages[a];
        return bands;
    }
}
