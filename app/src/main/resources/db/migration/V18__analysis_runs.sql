-- Winter plans, the collaborative bank, portfolio optimisation and workforce design in the web application (issue 13
-- item 2). Each is a run of its own kind, so it waits in the same fair queue with progress and cancel, and keeps its
-- files in run_files as `skillmix winter|bank|optimise|design` names them. Their settings are their use case's
-- settings record (WinterRequest, BankRequest, OptimiseRequest, DesignRequest) as JSON in analysis_settings, not in
-- the projection's columns; the files they read (a surge file, a bank pool and its shifts) are kept as uploaded.

ALTER TABLE runs DROP CONSTRAINT runs_kind_check;
ALTER TABLE runs ADD CONSTRAINT runs_kind_check
    CHECK (kind IN ('PROJECTION', 'COMPARISON', 'MUTUAL_AID', 'WINTER', 'BANK', 'OPTIMISE', 'DESIGN'));

-- Only a projection, comparison, mutual-aid plan or portfolio draws at random.
ALTER TABLE runs ALTER COLUMN seed DROP NOT NULL;

ALTER TABLE runs DROP CONSTRAINT runs_settings_by_kind;
ALTER TABLE runs
    ADD CONSTRAINT runs_settings_by_kind CHECK (
    (kind = 'MUTUAL_AID' AND weeks IS NOT NULL AND seconds IS NOT NULL AND years IS NULL AND draws IS NULL
        AND seed IS NOT NULL)
    OR (kind IN ('PROJECTION', 'COMPARISON') AND years IS NOT NULL AND draws IS NOT NULL AND scenario IS NOT NULL
        AND weeks IS NULL AND seconds IS NULL AND steps IS NULL AND seed IS NOT NULL)
    OR (kind IN ('WINTER', 'BANK', 'OPTIMISE', 'DESIGN') AND years IS NULL AND draws IS NULL AND weeks IS NULL
        AND seconds IS NULL AND steps IS NULL AND baseline IS NULL AND scenario IS NULL
        AND (seed IS NOT NULL) = (kind = 'OPTIMISE')));

CREATE TABLE analysis_settings (
    run_id   bigint PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    settings jsonb NOT NULL
);

-- The bank pool is personal data (pseudonymous worker ids): deleting the run deletes it.
CREATE TABLE analysis_inputs (
    run_id    bigint NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    part      text NOT NULL CHECK (part IN ('surge', 'bank', 'shifts')),
    file_name text NOT NULL,
    content   bytea NOT NULL,
    PRIMARY KEY (run_id, part)
);
