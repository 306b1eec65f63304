package org.skillmix.data.boardpack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;

/**
 * An intervention's scale in the words of its kind's unit ({@link InterventionKind}): "300 recruits a year", "90% of
 * staff in scope covered". A bare "0.9" or "5" in the pack's portfolio left a board member to guess whether it was
 * a share, a per cent, places or FTE.
 */
public final class ScaleWords {
    private ScaleWords() {}

    public static String of(Intervention iv) {
        return of(iv.kind(), iv.scale());
    }

    public static String of(InterventionKind kind, double scale) {
        String n = plain(scale);
        String share = plain(scale * 100) + "%";
        // Exhaustive: a new kind does not compile until it says what its scale is.
        return switch (kind) {
            case PAY_UPLIFT -> n + "% pay uplift";
            case RETENTION_PREMIUM -> "£" + n + " per FTE a year";
            case WELLBEING -> share + " of staff in scope covered";
            case FLEXIBLE_WORKING -> share + " of staff in scope offered it";
            case JOINT_RECRUITMENT -> share + " of vacancies in scope recruited jointly";
            case INTERNATIONAL_RECRUITMENT -> n + " recruits a year";
            case TRAINING_PLACES -> n + " extra training places a year";
            case UPSKILLING -> "up to " + share + " of the role's time on the capability";
            case NEW_ROLE -> n + " FTE of new posts";
            case ROTATION -> n + " FTE rotating each way";
            case SYSTEM_BANK -> "bank pay capped at " + n + " x substantive cost";
            case HOMECARE_EXPANSION -> n + " FTE of homecare posts";
        };
    }

    /** Four significant figures, thousands separated, no trailing zeros: 1,500; 0.9; 22.5. */
    private static String plain(double v) {
        BigDecimal d = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        if (d.scale() <= 0) return String.format(Locale.UK, "%,d", d.longValueExact());
        return String.format(Locale.UK, "%,." + d.scale() + "f", d);
    }
}
