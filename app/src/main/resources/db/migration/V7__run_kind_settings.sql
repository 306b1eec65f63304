-- Each kind of run has its own settings (issue 13 item 4). A mutual-aid plan kept its surge's weeks in the
-- projection's years column, its search seconds in draws and "staff and surge N" in scenario, and its progress in
-- seconds in draws_done and draws_total; the first day, weeks and moves of a finished plan went into base_month,
-- months and series_count. A plan's settings now have their own columns (its first day, weeks and figures are in
-- mutual_aid_inputs and mutual_aid_plans), and progress is named for what it counts.

ALTER TABLE runs ALTER COLUMN years DROP NOT NULL;
ALTER TABLE runs ALTER COLUMN draws DROP NOT NULL;
ALTER TABLE runs ALTER COLUMN scenario DROP NOT NULL;
ALTER TABLE runs ADD COLUMN weeks int;
ALTER TABLE runs ADD COLUMN seconds int;
-- Stop the search after this many steps as well (NULL: by time only): the same seed then gives the same plan.
ALTER TABLE runs ADD COLUMN steps int;
-- A projection's or comparison's supply baseline (funded-plan or current-trends), kept with the run rather than in
-- the server's memory until it starts. NULL for runs stored before this: their run.json names the baseline.
ALTER TABLE runs ADD COLUMN baseline text CHECK (baseline IN ('funded-plan', 'current-trends'));

UPDATE runs SET weeks = years, seconds = draws, years = NULL, draws = NULL, scenario = NULL,
                base_month = NULL, months = NULL, series_count = NULL
 WHERE kind = 'MUTUAL_AID';

ALTER TABLE runs RENAME COLUMN draws_done TO progress_done;
ALTER TABLE runs RENAME COLUMN draws_total TO progress_total;

ALTER TABLE runs
    ADD CONSTRAINT runs_settings_by_kind CHECK (
    (kind = 'MUTUAL_AID' AND weeks IS NOT NULL AND seconds IS NOT NULL AND years IS NULL AND draws IS NULL)
    OR (kind <> 'MUTUAL_AID' AND years IS NOT NULL AND draws IS NOT NULL AND scenario IS NOT NULL
        AND weeks IS NULL AND seconds IS NULL AND steps IS NULL)),
    ADD CONSTRAINT runs_mutual_aid_has_no_baseline CHECK (kind <> 'MUTUAL_AID' OR baseline IS NULL);
