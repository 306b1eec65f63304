-- Scenarios and comparisons (issue 5). runs.scenario exists since V1 (a projection's scenario code);
-- a comparison is a run of another kind, so it shares the fair queue, progress and cancel.

-- PROJECTION: one scenario's full projection; COMPARISON: scenarios side by side on the same draws.
ALTER TABLE runs ADD COLUMN kind text NOT NULL DEFAULT 'PROJECTION' CHECK (kind IN ('PROJECTION', 'COMPARISON'));
-- A comparison's scenario codes, comma-separated, in the order asked (the baseline is always added).
ALTER TABLE runs ADD COLUMN scenarios text;
-- The capabilities whose gap the target is about, comma-separated (blank: all), and the target in FTE.
ALTER TABLE runs ADD COLUMN target_capabilities text;
ALTER TABLE runs ADD COLUMN target_fte float8;

-- A stored dataset never changes (runs read it back); editing its scenarios stores a new version, which
-- remembers the version it was made from.
ALTER TABLE datasets ADD COLUMN previous_id bigint REFERENCES datasets (id);
