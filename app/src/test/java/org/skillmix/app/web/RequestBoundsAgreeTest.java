package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.skillmix.app.web.analysis.AnalysisService;
import org.skillmix.app.web.result.WhatIfChange;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.optimise.OptimiseRequest;
import org.skillmix.usecase.whatif.WhatIfRequest;

/**
 * The web's request records say their limits as Bean Validation constraints, so an API caller gets a 400 naming the
 * field before anything is queued; the use case's settings record holds the same limits for the command line. Both
 * read one constant: here, at each bound and just past it, the web refuses exactly what the use case refuses, and
 * in the same words.
 */
class RequestBoundsAgreeTest {
    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    /** On current trends, not the default: the bounds are the same whichever baseline the runs are on. */
    static AnalysisService.NewPortfolio portfolio(int maxLevel, int timeLimit) {
        return new AnalysisService.NewPortfolio(
                1e6, null, maxLevel, List.of(), null, 2, 0, 1L, timeLimit, Baseline.CURRENT_TRENDS.code());
    }

    /** The use case's message when it refuses, else null. */
    static String useCase(Runnable make) {
        try {
            make.run();
            return null;
        } catch (InvalidSetting e) {
            return e.getMessage();
        }
    }

    /** The web's message when it refuses, else null. */
    static String web(Object request) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(request);
        assertThat(violations).hasSizeLessThanOrEqualTo(1);
        return violations.isEmpty() ? null : violations.iterator().next().getMessage();
    }

    static void agree(Object request, Runnable useCase) {
        String web = web(request);
        String ours = useCase(useCase);
        assertThat(web == null)
                .as("web %s, use case %s, for %s", web, ours, request)
                .isEqualTo(ours == null);
        // The use case adds the value it was given ("..., not 101"); the words are the web's.
        if (web != null) assertThat(ours).contains(web);
    }

    @Test
    void aPortfoliosMaxLevelAndTimeLimitHaveTheOptimisersBounds() {
        for (int level : new int[] {0, 1, RunDefaults.LARGEST_MAX_LEVEL, RunDefaults.LARGEST_MAX_LEVEL + 1}) {
            agree(
                    portfolio(level, 5),
                    () -> OptimiseRequest.of(1e6, null, level, null, null, 2, 0, 1L, 1, 5, "current-trends"));
        }
        for (int seconds :
                new int[] {0, 1, OptimiseRequest.MAX_TIME_LIMIT_SECONDS, OptimiseRequest.MAX_TIME_LIMIT_SECONDS + 1}) {
            agree(
                    portfolio(2, seconds),
                    () -> OptimiseRequest.of(1e6, null, 2, null, null, 2, 0, 1L, 1, seconds, "current-trends"));
        }
    }

    @Test
    void aWhatIfsFactorsAndLevelsHaveTheUseCasesBounds() {
        for (double factor : new double[] {
            WhatIfRequest.MIN_FACTOR - 0.01,
            WhatIfRequest.MIN_FACTOR,
            WhatIfRequest.MAX_FACTOR,
            WhatIfRequest.MAX_FACTOR + 0.01
        }) {
            agree(
                    new WhatIfChange(Map.of(), factor, 1.0, null),
                    () -> new WhatIfRequest(null, 2, Baseline.FUNDED_PLAN, Map.of(), factor, 1));
            agree(
                    new WhatIfChange(Map.of(), 1.0, factor, null),
                    () -> new WhatIfRequest(null, 2, Baseline.FUNDED_PLAN, Map.of(), 1, factor));
        }
        for (double level : new double[] {-1, 0, WhatIfRequest.MAX_LEVEL, WhatIfRequest.MAX_LEVEL + 1}) {
            agree(
                    new WhatIfChange(Map.of("PAY5", level), 1.0, 1.0, null),
                    () -> new WhatIfRequest(null, 2, Baseline.FUNDED_PLAN, Map.of("PAY5", level), 1, 1));
        }
    }
}
