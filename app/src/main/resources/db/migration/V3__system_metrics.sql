-- System metrics (issue 7): a dataset's metrics.csv rows, stored with the dataset in the same transaction, so the
-- dashboard and the API read them from the database. A stored dataset never changes, and neither do its metrics.
CREATE TABLE system_metrics (
    dataset_id bigint NOT NULL REFERENCES datasets (id),
    metric     text   NOT NULL,
    -- An organisation's ODS code, or the ICB's code for the ICS as a whole.
    org_code   text   NOT NULL,
    -- The first day of the month the figure is for.
    month      date   NOT NULL CHECK (extract(day FROM month) = 1),
    value      float8 NOT NULL,
    source     text   NOT NULL DEFAULT '',
    PRIMARY KEY (dataset_id, metric, org_code, month)
);
