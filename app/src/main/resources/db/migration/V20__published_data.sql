-- Import in the web application, from the server's folder of published national files (skillmix.published-data;
-- issue 13). An imported dataset is stored as an upload is (datasets, dataset_files); its
-- import report is kept beside it, in the same transaction, so it can be read again.
CREATE TABLE dataset_import_reports (
    dataset_id bigint PRIMARY KEY REFERENCES datasets (id) ON DELETE CASCADE,
    file_name  text  NOT NULL,
    content    bytea NOT NULL
);
