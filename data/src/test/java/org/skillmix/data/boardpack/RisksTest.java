package org.skillmix.data.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.uncertainty.FirstOrderIndices.Share;
import org.skillmix.core.uncertainty.ParameterGroup;

class RisksTest {

    /**
     * Greater Manchester's board pack (100 draws, seed 20260401), the net gap in March 2035: growth 0.323 (standard
     * error 0.1255) and population 0.2123 (0.0740) are more than twice their standard errors; leaver rates 0.1997
     * (0.3614: 213 leaver rates on 100 draws) and labour pools 0.1288 (0.0875, 1.47 standard errors) are not.
     * With 1,000 draws the leaver rates' share was 0.039.
     */
    @Test
    void namesOnlySharesMoreThanTwiceTheirStandardError() {
        List<Share> shares = List.of(
                new Share(ParameterGroup.LEAVER_RATE, 213, 0.1997, 0.3614),
                new Share(ParameterGroup.SERVICE_GROWTH, 12, 0.3230, 0.1255),
                new Share(ParameterGroup.LABOUR_POOL, 6, 0.1288, 0.0875),
                new Share(ParameterGroup.POPULATION, 1, 0.2123, 0.0740));

        assertThat(Risks.drivers("Mar 2035", shares, 100))
                .isEqualTo("What drives the uncertainty of the net gap in Mar 2035: non-demographic growth of"
                        + " activity (32.3%), population projection error (21.2%) of its variance. If these come out"
                        + " worse than assumed, the shortfall is nearer its P90. The other groups' shares are within"
                        + " twice their standard errors of 0 with 100 draws, too few to tell them from chance.");
    }

    @Test
    void namesTheThreeLargestWhenEveryShareStandsOut() {
        // 1,000 draws: the standard errors shrink, every share here is more than twice its own.
        List<Share> shares = List.of(
                new Share(ParameterGroup.ESTABLISHMENT_GROWTH, 2, 0.1196, 0.0196),
                new Share(ParameterGroup.SERVICE_GROWTH, 12, 0.2927, 0.0305),
                new Share(ParameterGroup.LABOUR_POOL, 6, 0.1347, 0.0209),
                new Share(ParameterGroup.POPULATION, 1, 0.2120, 0.0230));

        assertThat(Risks.drivers("Mar 2035", shares, 1000))
                .isEqualTo("What drives the uncertainty of the net gap in Mar 2035: non-demographic growth of"
                        + " activity (29.3%), population projection error (21.2%), labour pool caps on recruits"
                        + " (13.5%) of its variance. If these come out worse than assumed, the shortfall is nearer"
                        + " its P90.");
    }

    @Test
    void saysSoWhenNoShareCanBeToldFromChance() {
        List<Share> shares = List.of(
                new Share(ParameterGroup.LEAVER_RATE, 213, 0.30, 0.36),
                new Share(ParameterGroup.FILL_RATE, 179, 0.18, 0.33),
                new Share(ParameterGroup.POPULATION, 1, 0.0, 0.02));

        assertThat(Risks.drivers("Mar 2030", shares, 20))
                .isEqualTo("No assumption group's share of the variance of the net gap in Mar 2030 is more than"
                        + " twice its standard error with 20 draws: too few draws to name what drives the"
                        + " uncertainty.");
    }
}
