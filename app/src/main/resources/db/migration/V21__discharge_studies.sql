-- A discharge study of an ICB's published daily series (`skillmix discharge`): its settings (the
-- DischargeStudyRequest but the folder, as JSON), the dataset whose places split the ICB (none: the ICB as one)
-- and its files (discharge-fit.txt and discharge-fit.html), stored together or not at all.
CREATE TABLE discharge_studies (
    id         bigserial PRIMARY KEY,
    icb_code   text        NOT NULL,
    dataset_id bigint REFERENCES datasets (id),
    owner      text        NOT NULL,
    settings   jsonb       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX discharge_studies_icb ON discharge_studies (icb_code);

CREATE TABLE discharge_study_files (
    study_id  bigint NOT NULL REFERENCES discharge_studies (id) ON DELETE CASCADE,
    file_name text   NOT NULL,
    content   bytea  NOT NULL,
    PRIMARY KEY (study_id, file_name)
);
