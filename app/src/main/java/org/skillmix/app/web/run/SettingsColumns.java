package org.skillmix.app.web.run;

import java.util.List;

/**
 * A run's settings among every kind's, each null (a list empty) where the run's kind has none: the API's JSON
 * names them so, and the pages that list runs of several kinds read them so. Each kind's own settings are a
 * {@link RunSettings}.
 *
 * @param scenario           a projection's scenario code; a comparison's baseline
 * @param scenarios          a comparison's scenario codes
 * @param targetCapabilities a comparison's target capabilities (empty: all)
 * @param targetFte          a comparison's target gap
 * @param years              a projection's or comparison's financial years
 * @param draws              a projection's or comparison's Monte Carlo draws, 0 for deterministic
 * @param seed               the seed of a run that draws at random: a projection, comparison, mutual-aid plan or
 *                           portfolio
 * @param baseline           a projection's, comparison's or mutual-aid plan's supply baseline (null for projections
 *                           and comparisons before V7; a mutual-aid plan stored before V24 ran the funded plan)
 * @param weeks              a mutual-aid plan's surge weeks
 * @param seconds            a mutual-aid plan's search seconds
 * @param steps              a mutual-aid plan's search steps (null: by time only)
 */
public record SettingsColumns(
        String scenario,
        List<String> scenarios,
        List<String> targetCapabilities,
        Double targetFte,
        Integer years,
        Integer draws,
        Long seed,
        String baseline,
        Integer weeks,
        Integer seconds,
        Integer steps) {}
