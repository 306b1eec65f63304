package org.skillmix.usecase.discharge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who the extra staff are: care workers of the place's social care workforce, of whom only the dataset's homecare
 * share work in homecare, or posts in a homecare service (a trust growing its own), who all do.
 */
public enum DischargeQuestion {
    CARE_WORKERS("more care workers in the place"),
    HOMECARE_POSTS("more homecare posts (a trust growing its own homecare service)");

    private final String words;

    DischargeQuestion(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The code used on the command line, in the page's form and the API: care-workers or homecare-posts. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The question of this code; care workers when blank. */
    public static Optional<DischargeQuestion> fromCode(String code) {
        if (code == null || code.isBlank()) return Optional.of(CARE_WORKERS);
        for (DischargeQuestion q : values()) if (q.code().equalsIgnoreCase(code.strip())) return Optional.of(q);
        return Optional.empty();
    }

    /** Every code, as a refusal lists them: "care-workers or homecare-posts". */
    public static String codes() {
        return String.join(
                " or ", Arrays.stream(values()).map(DischargeQuestion::code).toList());
    }

    /**
     * The extra FTE of this kind who work in homecare: care workers at the dataset's homecare share, homecare posts
     * all of them.
     */
    public double homecareFte(double extraFte, double homecareShare) {
        return this == HOMECARE_POSTS ? extraFte : extraFte * homecareShare;
    }
}
