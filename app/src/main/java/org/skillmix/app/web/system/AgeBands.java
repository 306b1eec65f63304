package org.skillmix.app.web.system;

import java.util.Comparator;

/**
 * Age bands in the order of age, not of text: 0-4, 5-9, 10-14 … 85+ (as text, 10-14 would sort before 5-9). A
 * band's order is its first number; a band without one ("all") goes last, bands with the same start by text.
 */
public final class AgeBands {
    public static final Comparator<String> BY_AGE =
            Comparator.comparingInt(AgeBands::lowerBound).thenComparing(Comparator.naturalOrder());

    private AgeBands() {}

    static int lowerBound(String band) {
        if (band == null) return Integer.MAX_VALUE;
        int i = 0;
        while (i < band.length() && !Character.isDigit(band.charAt(i))) i++;
        int j = i;
        while (j < band.length() && Character.isDigit(band.charAt(j)) && j - i < 4) j++;
        return i == j ? Integer.MAX_VALUE : Integer.parseInt(band.substring(i, j));
    }
}
