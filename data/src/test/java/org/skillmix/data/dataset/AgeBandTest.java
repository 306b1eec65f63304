package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Age bands are FROM-TO or FROM+ in whole years 0 to 120; anything else is not a band. */
class AgeBandTest {

    @Test
    void closedAndOpenBandsInWholeYears() {
        assertThat(AgeBand.parse("0-4")).contains(new AgeBand(0, 4));
        assertThat(AgeBand.parse("65-69")).contains(new AgeBand(65, 69));
        assertThat(AgeBand.parse("85+")).contains(new AgeBand(85, AgeBand.OLDEST));
        assertThat(AgeBand.parse("0-120")).contains(new AgeBand(0, 120));
    }

    @Test
    void anythingElseIsNotABand() {
        for (String text :
                new String[] {"NaN", "-1", "7", "5-4", "121+", "0-121", "1-", "+", "65 - 69", "1-2+", "", "\uD83D\uDE00"
                }) {
            assertThat(AgeBand.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void bandsThatShareAnAgeOverlap() {
        assertThat(new AgeBand(60, 69).overlaps(new AgeBand(65, 69))).isTrue();
        assertThat(new AgeBand(65, AgeBand.OLDEST).overlaps(new AgeBand(60, 64)))
                .isFalse();
    }
}
