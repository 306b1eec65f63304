-- Skillmix web application: accounts, stored datasets, runs and their results, the audit log.

CREATE TABLE users (
    username      text PRIMARY KEY,
    password_hash text NOT NULL,
    role          text NOT NULL CHECK (role IN ('ANALYST', 'ORG_LEAD', 'VIEWER')),
    -- The ICB (ODS code) whose systems the user works on; NULL: every system on this server.
    icb_code      text,
    -- An organisation lead's own organisation (ODS code).
    org_code      text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (role <> 'ORG_LEAD' OR org_code IS NOT NULL)
);

CREATE TABLE datasets (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL,
    icb_code      text NOT NULL,
    icb_name      text NOT NULL,
    source_name   text NOT NULL,
    sha256        text NOT NULL,
    places        int NOT NULL,
    organisations int NOT NULL,
    roles         int NOT NULL,
    capabilities  int NOT NULL,
    services      int NOT NULL,
    warnings      int NOT NULL,
    uploaded_by   text NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now()
);

-- The dataset's canonical CSV files as DatasetWriter writes them: what a run reads back.
CREATE TABLE dataset_files (
    dataset_id bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    file_name  text NOT NULL,
    content    bytea NOT NULL,
    PRIMARY KEY (dataset_id, file_name)
);

CREATE TABLE runs (
    id           bigserial PRIMARY KEY,
    dataset_id   bigint NOT NULL REFERENCES datasets (id),
    owner        text NOT NULL,
    scenario     text NOT NULL DEFAULT 'baseline',
    years        int NOT NULL,
    draws        int NOT NULL,
    seed         bigint NOT NULL,
    status       text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    draws_done   int NOT NULL DEFAULT 0,
    draws_total  int NOT NULL DEFAULT 0,
    message      text,
    base_month   text,
    months       int,
    series_count int,
    created_at   timestamptz NOT NULL DEFAULT now(),
    started_at   timestamptz,
    finished_at  timestamptz
);
CREATE INDEX runs_dataset ON runs (dataset_id);

CREATE TABLE run_series (
    run_id       bigint NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    measure      text NOT NULL,
    capability   text NOT NULL,
    role         text NOT NULL,
    sector       text NOT NULL,
    organisation text NOT NULL,
    place        text NOT NULL,
    mean         float8[] NOT NULL,
    p10          float8[],
    p50          float8[],
    p90          float8[],
    PRIMARY KEY (run_id, measure, capability, role, sector, organisation, place)
);

CREATE TABLE run_files (
    run_id    bigint NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    file_name text NOT NULL,
    content   bytea NOT NULL,
    PRIMARY KEY (run_id, file_name)
);

CREATE TABLE audit_log (
    id       bigserial PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    username text NOT NULL,
    action   text NOT NULL,
    detail   text NOT NULL DEFAULT ''
);

-- Append only: not even the application may change or remove what happened.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
