-- Mutual aid (issue 6): a staff file and a surge file uploaded for a stored system, and the plans made from them.
-- A plan is made by a run of kind MUTUAL_AID, so it waits in the same fair queue with progress and cancel.

ALTER TABLE runs DROP CONSTRAINT runs_kind_check;
ALTER TABLE runs ADD CONSTRAINT runs_kind_check CHECK (kind IN ('PROJECTION', 'COMPARISON', 'MUTUAL_AID'));

-- The files as uploaded, after they passed validation against the dataset. The staff file is personal data
-- (pseudonymous ids, capabilities, passports): deleting the row deletes it, and the plans made from it.
CREATE TABLE mutual_aid_inputs (
    id              bigserial PRIMARY KEY,
    dataset_id      bigint NOT NULL REFERENCES datasets (id),
    first_day       date NOT NULL,
    staff_file_name text NOT NULL,
    staff_csv       bytea NOT NULL,
    surge_file_name text NOT NULL,
    surge_csv       bytea NOT NULL,
    willing_staff   int NOT NULL,
    not_willing     int NOT NULL,
    shortfalls      int NOT NULL,
    weeks           int NOT NULL,
    uploaded_by     text NOT NULL,
    uploaded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mutual_aid_inputs_dataset ON mutual_aid_inputs (dataset_id);

-- One plan: the run that made it and, once it succeeded, its cover and the bound on critical cover, in
-- hundredths of an FTE-week as the solver counts. Its tables (plan.csv, donor-losses.csv, cover.csv) and the
-- printable plan.html are the run's run_files.
CREATE TABLE mutual_aid_plans (
    run_id                bigint PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    input_id              bigint NOT NULL REFERENCES mutual_aid_inputs (id) ON DELETE CASCADE,
    seconds               int NOT NULL,
    bound_centi           bigint,
    critical_centi        bigint,
    other_centi           bigint,
    critical_needed_centi bigint,
    other_needed_centi    bigint
);
CREATE INDEX mutual_aid_plans_input ON mutual_aid_plans (input_id);
