package org.skillmix.app.web.run;

import java.time.Instant;

/** When a run was asked for, started and finished (null until it does). */
public record RunTimes(Instant createdAt, Instant startedAt, Instant finishedAt) {}
