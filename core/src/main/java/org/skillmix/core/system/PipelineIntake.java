package org.skillmix.core.system;

import org.skillmix.core.uncertainty.Interval;

/**
 * Training intake: students starting in a financial year (spread evenly over its months) who qualify
 * into a role courseMonths later, times completion and the share who take a post locally. placeCode
 * "ALL" shares qualifiers across the whole system. Years after the last listed repeat its intake.
 */
public record PipelineIntake(
        String roleCode,
        String placeCode,
        int year,
        double intake,
        int courseMonths,
        Interval completionRate,
        Interval localRetention) {}
